import { queryOptions, useQuery } from '@tanstack/react-query';
import { setupStatusSchema } from '../../../../shared/auth';
import { api } from '../../../lib/api-client';
import { authKeys } from './keys';

export const getSetupStatus = () => api('/auth/setup', { schema: setupStatusSchema });

export const getSetupStatusQueryOptions = () => queryOptions({ queryKey: authKeys.setup, queryFn: getSetupStatus });

export const useSetupStatus = () => useQuery(getSetupStatusQueryOptions());
