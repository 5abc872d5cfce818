import { queryOptions, useQuery } from '@tanstack/react-query';
import { sbStatusSchema } from '../../../../shared/standard-books-sync';
import { api } from '../../../lib/api-client';
import { sbKeys } from './keys';

export const getSbStatus = () => api('/standard-books/status', { schema: sbStatusSchema });

/** While a read runs, the page follows it every second. */
export const getSbStatusQueryOptions = (pollMs = 1000) =>
  queryOptions({
    queryKey: sbKeys.status(),
    queryFn: getSbStatus,
    refetchInterval: (query) => (query.state.data?.read.running ? pollMs : false),
  });

export const useSbStatus = (pollMs?: number) => useQuery(getSbStatusQueryOptions(pollMs));
