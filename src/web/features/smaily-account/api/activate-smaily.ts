import { useMutation, useQueryClient } from '@tanstack/react-query';
import { smailyStatusSchema, type ActivationInput, type SmailyStatus } from '../../../../shared/smaily-account';
import { api } from '../../../lib/api-client';
import { smailyStatusKeys } from '../../../lib/smaily-status/get-smaily-status';

export const activateSmaily = (input: ActivationInput): Promise<SmailyStatus> =>
  api('/smaily/activation', { method: 'POST', body: input, schema: smailyStatusSchema });

/** Every answer, a refusal included, may have changed the status (a failure is remembered), so both refresh it. */
export function useActivateSmaily() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: activateSmaily,
    onSuccess: (status) => queryClient.setQueryData(smailyStatusKeys.all, status),
    onError: () => queryClient.invalidateQueries({ queryKey: smailyStatusKeys.all }),
  });
}
