import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../shared/contacts';
import { isValidEmail } from '../../../../shared/email';
import { useCurrentUser } from '../../../lib/session/get-me';
import { useContactConsent, useForgetContact } from '../api/contact-consent';

/**
 * Unusta Smailys for the card's operations menu: for administrators only (null for anyone else), asked for
 * with the saved e-mail named and the warning that it cannot be undone; the server gets the e-mail confirmed.
 * Its own reasons not to be offered; the menu adds those it shares with Edasta Smaily'sse.
 */
export function useForgetAction(contact: Contact) {
  const { t } = useTranslation(['contacts', 'common']);
  const user = useCurrentUser();
  const forgotten = useContactConsent(contact.Code).data?.forgotten;
  const mutation = useForgetContact();
  if (user?.role !== 'admin') return null;

  const email = contact.eMail;
  const disabledReason = !isValidEmail(email)
    ? t('push.disabled.noValidEmail')
    : forgotten
      ? t('push.disabled.forgotten')
      : null;

  const forget = () =>
    modals.openConfirmModal({
      title: t('forget.title', { email }),
      children: t('forget.body', { email }),
      labels: { confirm: t('forget.confirm'), cancel: t('common:cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        mutation.mutate(
          { code: contact.Code, email },
          {
            onSuccess: (result) => notifications.show({ color: 'green', message: t('forget.done', result) }),
            onError: (error) => notifications.show({ color: 'red', title: t('forget.failed'), message: error.message }),
          },
        ),
    });

  return { forget, disabledReason, pending: mutation.isPending };
}
