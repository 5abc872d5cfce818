import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { contactSmailyStateSchema, pushResultSchema, type ConfirmableReason } from '../../../../shared/contact-push';
import { api } from '../../../lib/api-client';
import { contactKeys } from './keys';

export const pushContact = ({ code, confirm }: { code: string; confirm: ConfirmableReason[] }) =>
  api(`/contacts/${encodeURIComponent(code)}/push`, { method: 'POST', body: { confirm }, schema: pushResultSchema });

export const getContactSmailyState = (code: string) =>
  api(`/contacts/${encodeURIComponent(code)}/smaily`, { schema: contactSmailyStateSchema });

export const getContactSmailyStateQueryOptions = (code: string) =>
  queryOptions({ queryKey: contactKeys.smaily(code), queryFn: () => getContactSmailyState(code) });

export const useContactSmailyState = (code: string) => useQuery(getContactSmailyStateQueryOptions(code));

export function usePushContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: pushContact,
    // A push reads the contact's consent from Smaily first: its trail may have changed too.
    onSuccess: (_result, { code }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: contactKeys.smaily(code) }),
        queryClient.invalidateQueries({ queryKey: contactKeys.consent(code) }),
      ]),
  });
}
