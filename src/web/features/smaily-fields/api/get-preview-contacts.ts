import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { contactListSchema } from '../../../../shared/contacts';
import { api } from '../../../lib/api-client';
import { smailyFieldsKeys } from './keys';

const pageSize = 20;

/** The first contacts that match what the user typed in the preview's contact picker. */
export const getPreviewContacts = (search: string, signal?: AbortSignal) =>
  api('/contacts', { query: { search, pageSize }, schema: contactListSchema, signal });

export const getPreviewContactsQueryOptions = (search: string) =>
  queryOptions({
    queryKey: smailyFieldsKeys.previewContacts(search),
    queryFn: ({ signal }) => getPreviewContacts(search, signal),
    placeholderData: keepPreviousData,
  });

export const usePreviewContacts = (search: string) => useQuery(getPreviewContactsQueryOptions(search));
