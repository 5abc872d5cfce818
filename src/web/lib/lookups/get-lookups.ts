import { queryOptions, useQuery } from '@tanstack/react-query';
import { lookupsSchema, type Lookups } from '../../../shared/registers';
import { api } from '../api-client';

export const lookupsKeys = {
  all: ['lookups'] as const,
};

export const getLookups = (): Promise<Lookups> => api('/lookups', { schema: lookupsSchema });

export const getLookupsQueryOptions = () =>
  queryOptions({ queryKey: lookupsKeys.all, queryFn: getLookups, staleTime: 30_000 });

/** Customer classes, classifications, objects and their types, for code pickers and descriptions. */
export function useLookups() {
  return useQuery(getLookupsQueryOptions());
}
