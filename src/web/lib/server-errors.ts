import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { HttpError } from './http-error';

/**
 * Puts the server's field messages on their fields. Returns true when it placed any, so that the caller shows
 * a toast only for what no field shows.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly string[],
): boolean {
  if (!(error instanceof HttpError)) return false;
  let placed = false;
  for (const [path, message] of Object.entries(error.fieldErrors)) {
    const root = path.split('.')[0] ?? path;
    if (!fields.includes(root)) continue;
    setError(path as FieldPath<T>, { type: 'server', message }, { shouldFocus: !placed });
    placed = true;
  }
  return placed;
}

/** The message of a failure that no field shows (a network error, or a refusal without field errors). */
export function formLevelError(error: unknown): string | null {
  if (!error) return null;
  if (error instanceof HttpError && Object.keys(error.fieldErrors).length > 0) return null;
  return error instanceof Error ? error.message : 'Unknown error';
}
