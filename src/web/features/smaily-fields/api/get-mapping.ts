import { queryOptions, useQuery } from '@tanstack/react-query';
import { mappingSchema } from '../../../../shared/smaily-fields';
import { api } from '../../../lib/api-client';
import { smailyFieldsKeys } from './keys';

export const getMapping = () => api('/smaily-fields', { schema: mappingSchema });

export const getMappingQueryOptions = () => queryOptions({ queryKey: smailyFieldsKeys.mapping, queryFn: getMapping });

export const useMapping = () => useQuery(getMappingQueryOptions());
