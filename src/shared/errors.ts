import { z } from 'zod';

/** The one shape of every non-2xx answer: a message for the user and, when fields are at fault, one per field path. */
export const apiErrorSchema = z.object({
  message: z.string(),
  errors: z.record(z.string(), z.string()).optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
