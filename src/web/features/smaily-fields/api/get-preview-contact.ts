import { queryOptions, useQuery } from '@tanstack/react-query';
import { contactSchema } from '../../../../shared/contacts';
import { api } from '../../../lib/api-client';
import { smailyFieldsKeys } from './keys';

/** The whole card of the contact the preview shows. */
export const getPreviewContact = (code: string) =>
  api(`/contacts/${encodeURIComponent(code)}`, { schema: contactSchema });

export const getPreviewContactQueryOptions = (code: string) =>
  queryOptions({ queryKey: smailyFieldsKeys.previewContact(code), queryFn: () => getPreviewContact(code) });

export const usePreviewContact = (code: string | null) =>
  useQuery({ ...getPreviewContactQueryOptions(code ?? ''), enabled: code !== null });
