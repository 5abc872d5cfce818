import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { dryRunSchema, type PushFilters } from '../../../../shared/push-jobs';
import { api } from '../../../lib/api-client';
import { pushJobKeys } from './keys';

/** What a job with these filters would do, without sending anything. A read, sent as POST for its body. */
export const getDryRun = (filters: PushFilters, signal?: AbortSignal) =>
  api('/push-jobs/dry-run', { method: 'POST', body: filters, schema: dryRunSchema, signal });

export const getDryRunQueryOptions = (filters: PushFilters) =>
  queryOptions({
    queryKey: pushJobKeys.dryRun(filters),
    queryFn: ({ signal }) => getDryRun(filters, signal),
    // While the counts of new filters load, the last ones stay (dimmed) instead of flashing empty.
    placeholderData: keepPreviousData,
  });

export const useDryRun = (filters: PushFilters) => useQuery(getDryRunQueryOptions(filters));
