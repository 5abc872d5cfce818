import { toNestErrors } from '@hookform/resolvers';
import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { fieldMessages } from './schema-messages';

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
    return { values: {}, errors: toNestErrors(fieldMessages(result.error.issues), options) };
  };
}
