import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../shared/contacts';
import { isValidEmail } from '../../../../shared/email';
import { useCurrentUser } from '../../../lib/session/get-me';
import { useSmailyStatus } from '../../../lib/smaily-status/get-smaily-status';
import { useContactConsent, useForgetContact } from '../api/contact-consent';

/**
 * Unusta Smailys for the card's operations menu: for administrators only (null for anyone else), asked for
 * with the saved e-mail named and the warning that it cannot be undone; the server gets the e-mail confirmed.
 */
export function useForgetAction(contact: Contact, dirty: boolean) {
  const { t } = useTranslation(['contacts', 'common']);
  const user = useCurrentUser();
  const state = useSmailyStatus().data?.state;
  const forgotten = useContactConsent(contact.Code).data?.forgotten;
  const mutation = useForgetContact();
  if (user?.role !== 'admin') return null;

  const email = contact.eMail;
  const disabledReason =
    state === 'inactive'
      ? t('push.disabled.inactive')
      : state === 'needs-reactivation'
        ? t('push.disabled.needsReactivation')
        : dirty
          ? t('push.disabled.dirty')
          : !isValidEmail(email)
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
