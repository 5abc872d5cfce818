import { z } from 'zod';

/**
 * A list's state in the address (search, filters, sort, page), read and written by one schema: a zod object
 * whose every field reads one key's text. Addresses are typed, pasted and shared, so each key is read on its
 * own — a bad or hostile value costs only itself and falls back to its default — and only the schema's keys are
 * read at all.
 */
export type ListParamsSchema = z.ZodObject;
export type ListState<S extends ListParamsSchema> = z.output<S>;

/** Pages beyond this are read as this one; the list then shows its last page (PagedFooter). */
export const maxListPage = 1_000_000;

/** A page number: digits, clamped into 1…maxListPage; anything else is not a page. */
export const pageParam = z
  .string()
  .regex(/^-?\d{1,32}$/)
  .transform((value) => Math.min(maxListPage, Math.max(1, Number(value))));

export function parseListParams<S extends ListParamsSchema>(
  schema: S,
  defaults: ListState<S>,
  params: URLSearchParams,
): ListState<S> {
  const state: Record<string, unknown> = { ...defaults };
  const fields: Record<string, z.ZodType> = schema.shape;
  for (const [key, field] of Object.entries(fields)) {
    const raw = params.get(key);
    if (raw === null) continue;
    const parsed = field.safeParse(raw);
    if (parsed.success && parsed.data !== undefined && parsed.data !== '') state[key] = parsed.data;
  }
  return state as ListState<S>;
}

/** The address of a state: only the schema's keys, in its order, and none that is empty or at its default. */
export function formatListParams<S extends ListParamsSchema>(
  schema: S,
  defaults: Partial<ListState<S>>,
  state: Partial<ListState<S>>,
): URLSearchParams {
  const params = new URLSearchParams();
  const values = state as Record<string, unknown>;
  const defaultValues = defaults as Record<string, unknown>;
  for (const key of Object.keys(schema.shape)) {
    const value = values[key];
    // A list's state is texts and numbers; undefined and "" mean "none".
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    if (value === '' || value === defaultValues[key]) continue;
    params.set(key, String(value));
  }
  return params;
}

/** A change to a list: anything but the page itself starts again from the first page. */
export function changeListState<T extends Record<string, unknown>>(state: T, changes: Partial<T>, defaults: T): T {
  const next = { ...state, ...changes };
  if ('page' in defaults && !('page' in changes)) return { ...next, page: defaults.page };
  return next;
}
