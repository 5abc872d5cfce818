import { useMutation, useQueryClient } from '@tanstack/react-query';
import { savedMappingSchema, type Mapping, type SavedMapping } from '../../../../shared/smaily-fields';
import { api } from '../../../lib/api-client';
import { smailyFieldsKeys } from './keys';

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
