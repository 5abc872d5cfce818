import { queryOptions, useQuery } from '@tanstack/react-query';
import { sbContactOriginSchema } from '../../../../shared/standard-books-sync';
import { api } from '../../../lib/api-client';
import { contactKeys } from './keys';

export const getContactOrigin = (code: string) =>
  api(`/contacts/${encodeURIComponent(code)}/standard-books`, { schema: sbContactOriginSchema });

export const getContactOriginQueryOptions = (code: string) =>
  queryOptions({ queryKey: contactKeys.origin(code), queryFn: () => getContactOrigin(code) });

/** Whether the contact came from Standard Books, and whether Standard Books still has it. */
export const useContactOrigin = (code: string) => useQuery(getContactOriginQueryOptions(code));
