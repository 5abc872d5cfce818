import { useMutation, useQueryClient } from '@tanstack/react-query';
import { mappingSchema, type Mapping } from '../../../../shared/smaily-fields';
import { api } from '../../../lib/api-client';
import { smailyFieldsKeys } from './keys';

/** Saves the whole grid; the answer is the grid as stored. */
export const saveMapping = (mapping: Mapping): Promise<Mapping> =>
  api('/smaily-fields', { method: 'PUT', body: mapping, schema: mappingSchema });

export function useSaveMapping() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveMapping,
    onSuccess: (saved) => queryClient.setQueryData(smailyFieldsKeys.mapping, saved),
  });
}
