import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sbStatusSchema, type SbReadMode, type SbStatus } from '../../../../shared/standard-books-sync';
import { api } from '../../../lib/api-client';
import { sbKeys } from './keys';

export const startSbRead = (mode: SbReadMode): Promise<SbStatus> =>
  api('/standard-books/reads', { method: 'POST', body: { mode }, schema: sbStatusSchema });

/** The answer already shows the read running, so the status query starts following it at once. */
export function useStartSbRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startSbRead,
    onSuccess: (status) => queryClient.setQueryData(sbKeys.status(), status),
  });
}
