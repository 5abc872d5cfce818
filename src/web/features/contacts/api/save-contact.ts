import { useMutation, useQueryClient } from '@tanstack/react-query';
import { contactSchema, type Contact, type ContactInput } from '../../../../shared/contacts';
import { api } from '../../../lib/api-client';
import { contactKeys } from './keys';

/** Creates a contact (no code yet saved) or replaces the fields of an existing one. */
export const saveContact = ({
  existingCode,
  input,
}: {
  existingCode?: string;
  input: ContactInput;
}): Promise<Contact> =>
  existingCode === undefined
    ? api('/contacts', { method: 'POST', body: input, schema: contactSchema })
    : api(`/contacts/${encodeURIComponent(existingCode)}`, { method: 'PUT', body: input, schema: contactSchema });

export function useSaveContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveContact,
    onSuccess: (contact) => {
      queryClient.setQueryData(contactKeys.detail(contact.Code), contact);
      return queryClient.invalidateQueries({ queryKey: contactKeys.lists });
    },
  });
}
