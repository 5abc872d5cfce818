import { useMutation, useQueryClient } from '@tanstack/react-query';
import { smailyStatusSchema, type SmailyStatus } from '../../../../shared/smaily-account';
import { api } from '../../../lib/api-client';
import { smailyStatusKeys } from '../../../lib/smaily-status/get-smaily-status';

export const deactivateSmaily = (): Promise<SmailyStatus> =>
  api('/smaily/activation', { method: 'DELETE', schema: smailyStatusSchema });

export function useDeactivateSmaily() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deactivateSmaily,
    onSuccess: (status) => queryClient.setQueryData(smailyStatusKeys.all, status),
  });
}
