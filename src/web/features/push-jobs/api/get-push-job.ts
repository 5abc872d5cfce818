import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { isActiveJobStatus, pushJobSchema } from '../../../../shared/push-jobs';
import { api } from '../../../lib/api-client';
import { pushJobKeys } from './keys';

/** How often a running job's state is asked for: often enough to look live, cheap for the server (one row). */
export const jobPollMs = 500;

/** The job still changes: its batches are being sent, or a cancel is finishing the one in flight. */

export const getPushJob = (id: number, signal?: AbortSignal) =>
  api(`/push-jobs/${id}`, { schema: pushJobSchema, signal });

export const getPushJobQueryOptions = (id: number) =>
  queryOptions({
    queryKey: pushJobKeys.detail(id),
    queryFn: ({ signal }) => getPushJob(id, signal),
    // The progress mechanism: a running job is polled until it ends; an ended job no longer changes.
    refetchInterval: (query) => (query.state.data && isActiveJobStatus(query.state.data.status) ? jobPollMs : false),
  });

export function usePushJob(id: number) {
  const queryClient = useQueryClient();
  const job = useQuery(getPushJobQueryOptions(id));
  const status = job.data?.status;
  // Seen to end here first: the list behind the dialog (which polls more slowly) and "latest" catch up now.
  useEffect(() => {
    if (status && !isActiveJobStatus(status)) {
      void queryClient.invalidateQueries({ queryKey: pushJobKeys.lists });
      void queryClient.invalidateQueries({ queryKey: pushJobKeys.latest });
    }
  }, [status, queryClient]);
  return job;
}
