import { useTranslation } from 'react-i18next';
import { activationFailureTexts, type SmailyStatus } from '../../../../shared/smaily-account';
import { localize } from '../../../../shared/messages';
import { formatDateTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';

/**
 * Süsteemi teade: the last result in the user's language and time zone, e.g. "Registreerimine õnnestus
 * 28.11.2026 15:40", then a failed attempt made since (which changed nothing), and what to do when the key no
 * longer opens the saved password. One line each.
 */
export function useSystemMessage(status: SmailyStatus | undefined): string {
  const { t } = useTranslation('smaily-account');
  if (!status) return '';
  const language = currentLanguage();
  const lines: string[] = [];
  if (status.result) lines.push(t(`result.${status.result.code}`, { at: formatDateTime(status.result.at, language) }));
  if (status.failure) {
    const reason = localize(activationFailureTexts[status.failure.code], language);
    lines.push(t('failure', { at: formatDateTime(status.failure.at, language), reason }));
  }
  if (status.state === 'needs-reactivation') lines.push(t('needsReactivation'));
  return lines.join('\n');
}
