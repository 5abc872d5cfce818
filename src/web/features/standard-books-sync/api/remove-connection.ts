import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sbStatusSchema, type SbStatus } from '../../../../shared/standard-books-sync';
import { api } from '../../../lib/api-client';
import { sbKeys } from './keys';

export const removeSbConnection = (): Promise<SbStatus> =>
  api('/standard-books/connection', { method: 'DELETE', schema: sbStatusSchema });

export function useRemoveSbConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeSbConnection,
    onSuccess: (status) => queryClient.setQueryData(sbKeys.status(), status),
  });
}
