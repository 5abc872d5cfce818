import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { mappingSchema, type Mapping } from '../../../../shared/smaily-fields';
import { api } from '../../../lib/api-client';
import { smailyFieldsKeys } from './keys';

/**
 * The grid as stored, and whether the automatic sync's next run now sends its whole selection (said only while
 * the automation is on). As the server's route declares it; it belongs in src/shared/smaily-fields.ts.
 */
const savedMappingSchema = mappingSchema.extend({ automaticSyncWholeSelectionDue: z.boolean().optional() });
export type SavedMapping = z.infer<typeof savedMappingSchema>;

/** Saves the whole grid. */
export const saveMapping = (mapping: Mapping): Promise<SavedMapping> =>
  api('/smaily-fields', { method: 'PUT', body: mapping, schema: savedMappingSchema });

export function useSaveMapping() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveMapping,
    onSuccess: ({ rows }) => queryClient.setQueryData(smailyFieldsKeys.mapping, { rows }),
  });
}
