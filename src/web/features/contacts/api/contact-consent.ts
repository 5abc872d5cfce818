import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { contactConsentSchema, forgetResultSchema, smailyViewSchema } from '../../../../shared/consent';
import { api } from '../../../lib/api-client';
import { contactKeys } from './keys';

const contactPath = (code: string) => `/contacts/${encodeURIComponent(code)}`;

/** The card's consent trail: Smaily's unsubscribe, a conflict, whether the e-mail is forgotten. */
export const getContactConsent = (code: string) =>
  api(`${contactPath(code)}/consent`, { schema: contactConsentSchema });

export const getContactConsentQueryOptions = (code: string) =>
  queryOptions({ queryKey: contactKeys.consent(code), queryFn: () => getContactConsent(code) });

export const useContactConsent = (code: string) => useQuery(getContactConsentQueryOptions(code));

/** What Smaily holds for the contact, asked when the user asks: one call to Smaily each time. */
export const getSmailyView = (code: string) => api(`${contactPath(code)}/smaily/view`, { schema: smailyViewSchema });

export const getSmailyViewQueryOptions = (code: string) =>
  queryOptions({ queryKey: contactKeys.smailyView(code), queryFn: () => getSmailyView(code), staleTime: Infinity });

export const useSmailyView = (code: string, asked: boolean) =>
  useQuery({ ...getSmailyViewQueryOptions(code), enabled: asked });

export const forgetContact = ({ code, email }: { code: string; email: string }) =>
  api(`${contactPath(code)}/forget`, { method: 'POST', body: { email }, schema: forgetResultSchema });

export function useForgetContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: forgetContact,
    onSettled: (_result, _error, { code }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: contactKeys.consent(code) }),
        queryClient.invalidateQueries({ queryKey: contactKeys.smailyView(code) }),
      ]),
  });
}
