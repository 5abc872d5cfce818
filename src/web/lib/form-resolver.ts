import { toNestErrors } from '@hookform/resolvers';
import type { FieldError, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { describeIssue } from '../../shared/messages';
import { currentLanguage } from './i18n';

/**
 * react-hook-form's resolver for a shared zod schema, with messages from the shared catalog in the user's
 * language — the same words the server would answer with for the same mistake.
 */
export function sharedSchemaResolver<Schema extends z.ZodType<FieldValues, FieldValues>>(
  schema: Schema,
): Resolver<z.input<Schema>, unknown, z.output<Schema>> {
  return async (values, _context, options) => {
    const result = await schema.safeParseAsync(values);
    if (result.success) return { values: result.data, errors: {} };
    const errors: Record<string, FieldError> = {};
    for (const issue of result.error.issues) {
      const path = issue.path.join('.');
      const params = 'params' in issue ? (issue.params as Record<string, string | number> | undefined) : undefined;
      errors[path] ??= { type: issue.code, message: describeIssue({ ...issue, params }, currentLanguage()) };
    }
    return { values: {}, errors: toNestErrors(errors, options) };
  };
}
