import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PushJob } from '../../../../shared/push-jobs';
import { smailyStatusKeys } from '../../../lib/smaily-status/get-smaily-status';
import { pushJobKeys } from './keys';

/**
 * A mutation answered with a job's new state (start, cancel, resume, re-send): that state becomes the job's
 * detail, and the list and "latest" are refreshed; the mutation stays pending until they are. A refusal may
 * come from what this screen has not seen yet (a job someone started, Smaily deactivated): that is refreshed too,
 * and so are the dry run's counts.
 */
export function useJobMutation<Input>(mutationFn: (input: Input) => Promise<PushJob>) {
  const queryClient = useQueryClient();
  const refreshJobs = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: pushJobKeys.lists }),
      queryClient.invalidateQueries({ queryKey: pushJobKeys.latest }),
    ]);
  return useMutation({
    mutationFn,
    onSuccess: (job) => {
      queryClient.setQueryData(pushJobKeys.detail(job.id), job);
      return refreshJobs();
    },
    onError: () =>
      Promise.all([
        refreshJobs(),
        queryClient.invalidateQueries({ queryKey: pushJobKeys.details }),
        queryClient.invalidateQueries({ queryKey: smailyStatusKeys.all }),
        // A start that read Smaily's unsubscribers (or forgot contacts) before it was refused changed the counts.
        queryClient.invalidateQueries({ queryKey: pushJobKeys.dryRuns }),
      ]),
  });
}
