import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { isActiveJobStatus, pushJobListSchema } from '../../../../shared/push-jobs';
import { api } from '../../../lib/api-client';
import { pushJobKeys } from './keys';

const listPollMs = 2000;

/** The jobs, newest first, a page at a time. */
export const getPushJobs = (page: number, pageSize: number, signal?: AbortSignal) =>
  api('/push-jobs', { query: { page, pageSize }, schema: pushJobListSchema, signal });

export const getPushJobsQueryOptions = (page: number, pageSize: number) =>
  queryOptions({
    queryKey: pushJobKeys.list(page, pageSize),
    queryFn: ({ signal }) => getPushJobs(page, pageSize, signal),
    placeholderData: keepPreviousData,
    // With the dialog closed, the list is where a running job's counts move.
    refetchInterval: (query) =>
      query.state.data?.items.some((job) => isActiveJobStatus(job.status)) ? listPollMs : false,
  });

export const usePushJobs = (page: number, pageSize: number) => useQuery(getPushJobsQueryOptions(page, pageSize));
