import { useTranslation } from 'react-i18next';
import { NotBuiltYet } from '../../../lib/components/NotBuiltYet';

export function SmailyLogPage() {
  const { t } = useTranslation();
  return <NotBuiltYet title={t('nav.smailyLog')} />;
}
