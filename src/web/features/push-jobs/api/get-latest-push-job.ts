import { queryOptions, useQuery } from '@tanstack/react-query';
import { latestPushJobSchema } from '../../../../shared/push-jobs';
import { api } from '../../../lib/api-client';
import { pushJobKeys } from './keys';

/** The running job if any, else the newest; `{ job: null }` before the first job. */
export const getLatestPushJob = (signal?: AbortSignal) =>
  api('/push-jobs/latest', { schema: latestPushJobSchema, signal });

export const getLatestPushJobQueryOptions = () =>
  queryOptions({ queryKey: pushJobKeys.latest, queryFn: ({ signal }) => getLatestPushJob(signal) });

export const useLatestPushJob = () => useQuery(getLatestPushJobQueryOptions());
