import { queryOptions, useQuery } from '@tanstack/react-query';
import { registerEntryListSchema, registerPathSegment, type RegisterKind } from '../../../../shared/registers';
import { api } from '../../../lib/api-client';
import { registerKeys } from './keys';

export const getRegisterEntries = (kind: RegisterKind) =>
  api(`/registers/${registerPathSegment[kind]}`, { schema: registerEntryListSchema });

export const getRegisterEntriesQueryOptions = (kind: RegisterKind) =>
  queryOptions({ queryKey: registerKeys.list(kind), queryFn: () => getRegisterEntries(kind) });

export const useRegisterEntries = (kind: RegisterKind) => useQuery(getRegisterEntriesQueryOptions(kind));
