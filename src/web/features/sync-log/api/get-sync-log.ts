import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { syncLogPageSchema, type SyncLogQuery } from '../../../../shared/sync-log';
import { api } from '../../../lib/api-client';
import { syncLogKeys } from './keys';

export const getSyncLog = (query: SyncLogQuery, signal?: AbortSignal) =>
  api('/sync-log', { query: { ...query }, schema: syncLogPageSchema, signal });

export const getSyncLogQueryOptions = (query: SyncLogQuery) =>
  queryOptions({
    queryKey: syncLogKeys.list(query),
    queryFn: ({ signal }) => getSyncLog(query, signal),
    // While the next page or filter loads, the table keeps the last one instead of flashing empty.
    placeholderData: keepPreviousData,
  });

export const useSyncLog = (query: SyncLogQuery) => useQuery(getSyncLogQueryOptions(query));
