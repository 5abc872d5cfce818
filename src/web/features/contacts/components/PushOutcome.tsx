import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PushResult } from '../../../../shared/contact-push';
import { formatDateTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useContactSmailyState } from '../api/push-contact';

/** What the last Edasta Smaily'sse did, and when Smaily last accepted this contact. */
export function PushOutcome({ code, result, error }: { code: string; result: PushResult | null; error: Error | null }) {
  const { t } = useTranslation('contacts');
  const state = useContactSmailyState(code);
  const language = currentLanguage();
  const lastSentAt = state.data?.lastSentAt;
  return (
    <>
      {result?.outcome === 'sent' && (
        <Alert color="green" role="status" mb="sm">
          {result.unsubscribed
            ? t(`push.sentUnsubscribed.${result.unsubscribed}`, { at: formatDateTime(result.at, language) })
            : t('push.sent', { at: formatDateTime(result.at, language) })}
        </Alert>
      )}
      {result?.outcome === 'not-sent' && (
        <Alert color="yellow" role="status" mb="sm">
          {t(`push.notSent.${result.reason}`, {
            cause: result.cause ? t(`push.consentCause.${result.cause}`) : '',
          })}
        </Alert>
      )}
      {result?.outcome === 'failed' && (
        <Alert color="red" role="alert" mb="sm">
          {t(`push.failed.${result.reason}`, { code: result.smailyCode ?? '', message: result.smailyMessage ?? '' })}
        </Alert>
      )}
      {error && (
        <Alert color="red" role="alert" mb="sm">
          {error.message}
        </Alert>
      )}
      <Text size="sm" c="dimmed" mb="sm">
        {lastSentAt ? t('push.lastSent', { at: formatDateTime(lastSentAt, language) }) : t('push.neverSent')}
      </Text>
    </>
  );
}
