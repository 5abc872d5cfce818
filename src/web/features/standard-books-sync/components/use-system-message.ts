import { useTranslation } from 'react-i18next';
import { localize } from '../../../../shared/messages';
import { sbFailureTexts, type SbStatus } from '../../../../shared/standard-books-sync';
import { formatDateTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';

/**
 * Süsteemi teade: the last result in the user's language and time zone, then a failed save made since (which
 * changed nothing), and what to do when the key no longer opens the saved password. One line each.
 */
export function useSystemMessage(connection: SbStatus['connection'] | undefined): string {
  const { t } = useTranslation('standard-books-sync');
  if (!connection) return '';
  const language = currentLanguage();
  const lines: string[] = [];
  if (connection.result) {
    lines.push(
      t(`connection.result.${connection.result.code}`, { at: formatDateTime(connection.result.at, language) }),
    );
  }
  if (connection.failure) {
    const reason = localize(sbFailureTexts[connection.failure.code], language);
    lines.push(t('connection.failure', { at: formatDateTime(connection.failure.at, language), reason }));
  }
  if (connection.state === 'needs-reconnect') lines.push(t('connection.needsReconnect'));
  return lines.join('\n');
}
