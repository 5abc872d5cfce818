import { queryOptions, useQuery } from '@tanstack/react-query';
import { contactSchema } from '../../../../shared/contacts';
import { api } from '../../../lib/api-client';
import { contactKeys } from './keys';

export const getContact = (code: string) => api(`/contacts/${encodeURIComponent(code)}`, { schema: contactSchema });

export const getContactQueryOptions = (code: string) =>
  queryOptions({ queryKey: contactKeys.detail(code), queryFn: () => getContact(code) });

export const useContact = (code: string | undefined) =>
  useQuery({ ...getContactQueryOptions(code ?? ''), enabled: code !== undefined });
