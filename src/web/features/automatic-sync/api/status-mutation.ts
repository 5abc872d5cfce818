import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AutomaticSyncStatus } from '../../../../shared/automatic-sync';
import { automaticSyncKeys } from './keys';

/**
 * A mutation answered with the automation's new status (save, run, resume): it becomes the page's and the banner's
 * status at once. A refusal may come from what this screen has not seen (a job someone started, Smaily
 * deactivated, a pause): the status is asked again.
 */
export function useStatusMutation<Input>(mutationFn: (input: Input) => Promise<AutomaticSyncStatus>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (status) => queryClient.setQueryData(automaticSyncKeys.status(), status),
    onError: () => queryClient.invalidateQueries({ queryKey: automaticSyncKeys.status() }),
  });
}
