import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useContactConsent } from '../api/contact-consent';

/**
 * What Smaily has said of this contact's e-mail: that the person unsubscribed there (when, and since when we
 * know), a conflict with a "Ära koosta massmaile" cleared here after that, and whether the address is forgotten.
 */
export function ConsentTrail({ code }: { code: string }) {
  const { t } = useTranslation('contacts');
  const consent = useContactConsent(code).data;
  const language = currentLanguage();
  if (!consent) return null;
  const { smailyUnsubscribe: unsubscribe, conflict, forgotten } = consent;
  const learned = unsubscribe && formatDate(unsubscribe.learnedAt, language);
  return (
    <>
      {unsubscribe && (
        <Text size="sm" mb="sm">
          {unsubscribe.unsubscribedAt
            ? t('consent.unsubscribed', { at: formatDateTime(unsubscribe.unsubscribedAt, language), learned })
            : t('consent.unsubscribedNoMoment', { learned })}
        </Text>
      )}
      {conflict && (
        <Alert color="yellow" icon={<IconAlertTriangle />} title={t('consent.conflictTitle')} mb="sm">
          {t('consent.conflict', { changed: formatDateTime(consent.noMailPostingChangedAt, language) })}
        </Alert>
      )}
      {forgotten && (
        <Alert color="gray" mb="sm">
          {forgotten.by
            ? t('consent.forgotten', { at: formatDateTime(forgotten.at, language), by: forgotten.by })
            : t('consent.forgottenBySomeone', { at: formatDateTime(forgotten.at, language) })}
        </Alert>
      )}
    </>
  );
}
