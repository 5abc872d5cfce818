import { queryOptions, useQuery } from '@tanstack/react-query';
import { pushJobSchema, type JobStatus } from '../../../../shared/push-jobs';
import { api } from '../../../lib/api-client';
import { pushJobKeys } from './keys';

/** How often a running job's state is asked for: often enough to look live, cheap for the server (one row). */
export const jobPollMs = 500;

/** The job still changes: its batches are being sent, or a cancel is finishing the one in flight. */
export const isJobActive = (status: JobStatus): boolean => status === 'running' || status === 'cancelling';

export const getPushJob = (id: number, signal?: AbortSignal) => api(`/push-jobs/${id}`, { schema: pushJobSchema, signal });

export const getPushJobQueryOptions = (id: number) =>
  queryOptions({
    queryKey: pushJobKeys.detail(id),
    queryFn: ({ signal }) => getPushJob(id, signal),
    // The progress mechanism: a running job is polled until it ends; an ended job no longer changes.
    refetchInterval: (query) => (query.state.data && isJobActive(query.state.data.status) ? jobPollMs : false),
  });

export const usePushJob = (id: number) => useQuery(getPushJobQueryOptions(id));
