import { queryOptions, useQuery } from '@tanstack/react-query';
import { smailyStatusSchema } from '../../../../shared/smaily-account';
import { api } from '../../../lib/api-client';
import { eServicesKeys } from './keys';

export const getSmailyStatus = () => api('/smaily/status', { schema: smailyStatusSchema });

export const getSmailyStatusQueryOptions = () =>
  queryOptions({ queryKey: eServicesKeys.smailyStatus, queryFn: getSmailyStatus });

export const useSmailyStatus = () => useQuery(getSmailyStatusQueryOptions());
