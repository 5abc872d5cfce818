import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sbStatusSchema, type SbConnectionInput, type SbStatus } from '../../../../shared/standard-books-sync';
import { api } from '../../../lib/api-client';
import { sbKeys } from './keys';

export const saveSbConnection = (input: SbConnectionInput): Promise<SbStatus> =>
  api('/standard-books/connection', { method: 'PUT', body: input, schema: sbStatusSchema });

/** A refusal is remembered too (Süsteemi teade says it), so both outcomes refresh the status. */
export function useSaveSbConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveSbConnection,
    onSuccess: (status) => queryClient.setQueryData(sbKeys.status(), status),
    onError: () => queryClient.invalidateQueries({ queryKey: sbKeys.status() }),
  });
}
