import { useTranslation } from 'react-i18next';
import { tallinnTimeZone } from '../../../../shared/tallinn-time';
import { formatDateTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';

/** The schedule is kept in Tallinn time, so its moments are shown in it too, saying so: "01.12.2026 16:00 (Tallinna aeg)". */
export function useTallinnTime(): (iso: string) => string {
  const { t } = useTranslation('automatic-sync');
  return (iso) => t('tallinnTime', { at: formatDateTime(iso, currentLanguage(), tallinnTimeZone) });
}
