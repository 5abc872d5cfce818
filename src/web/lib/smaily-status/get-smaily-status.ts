import { queryOptions, useQuery } from '@tanstack/react-query';
import { smailyStatusSchema } from '../../../shared/smaily-account';
import { api } from '../api-client';

/** Whether Smaily is connected: E-teenuste seadistused shows it, and pushing screens enable themselves by it. */
export const smailyStatusKeys = {
  all: ['smaily-status'] as const,
};

export const getSmailyStatus = () => api('/smaily/status', { schema: smailyStatusSchema });

export const getSmailyStatusQueryOptions = () =>
  queryOptions({ queryKey: smailyStatusKeys.all, queryFn: getSmailyStatus });

export const useSmailyStatus = () => useQuery(getSmailyStatusQueryOptions());
