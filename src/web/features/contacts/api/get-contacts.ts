import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { contactListSchema, type ContactListQuery } from '../../../../shared/contacts';
import { api } from '../../../lib/api-client';
import { contactKeys } from './keys';

export const getContacts = (query: ContactListQuery, signal?: AbortSignal) =>
  api('/contacts', { query: { ...query }, schema: contactListSchema, signal });

export const getContactsQueryOptions = (query: ContactListQuery) =>
  queryOptions({
    queryKey: contactKeys.list(query),
    queryFn: ({ signal }) => getContacts(query, signal),
    // While the next page or search loads, the table keeps showing the last one instead of flashing empty.
    placeholderData: keepPreviousData,
  });

export const useContacts = (query: ContactListQuery) => useQuery(getContactsQueryOptions(query));
