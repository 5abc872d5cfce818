import { modals } from '@mantine/modals';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConfirmableReason, PushResult } from '../../../../shared/contact-push';
import { usePushContact } from '../api/push-contact';

/**
 * Edasta Smaily'sse with its questions: when the server asks (a closed contact, an e-mail an earlier contact
 * carries), the user confirms that reason and the push is sent again with it. The last outcome stays on the
 * card until the next push.
 */
export function useSmailyPush(code: string) {
  const { t } = useTranslation(['contacts', 'common']);
  const mutation = usePushContact();
  const [result, setResult] = useState<PushResult | null>(null);

  const push = (confirm: ConfirmableReason[] = []) => {
    setResult(null);
    mutation.mutate(
      { code, confirm },
      {
        onSuccess: (answer) => {
          if (answer.outcome !== 'needs-confirmation') {
            setResult(answer);
            return;
          }
          const reason = answer.reason;
          modals.openConfirmModal({
            title: t(`push.confirm.${reason}.title`),
            children: t(`push.confirm.${reason}.body`, { code, other: answer.duplicateOf ?? '' }),
            labels: { confirm: t('push.confirm.send'), cancel: t('common:cancel') },
            onConfirm: () => push([...confirm, reason]),
          });
        },
      },
    );
  };

  return { push, result, error: mutation.error, pending: mutation.isPending };
}
