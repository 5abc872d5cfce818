import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { smailyLogPageSchema, type SmailyLogQuery } from '../../../../shared/smaily-log';
import { api } from '../../../lib/api-client';
import { smailyLogKeys } from './keys';

export const getSmailyLog = (query: SmailyLogQuery, signal?: AbortSignal) =>
  api('/smaily-log', { query: { ...query }, schema: smailyLogPageSchema, signal });

export const getSmailyLogQueryOptions = (query: SmailyLogQuery) =>
  queryOptions({
    queryKey: smailyLogKeys.list(query),
    queryFn: ({ signal }) => getSmailyLog(query, signal),
    // While the next page or filter loads, the table keeps the last one instead of flashing empty.
    placeholderData: keepPreviousData,
  });

export const useSmailyLog = (query: SmailyLogQuery) => useQuery(getSmailyLogQueryOptions(query));
