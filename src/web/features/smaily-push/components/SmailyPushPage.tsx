import { useTranslation } from 'react-i18next';
import { NotBuiltYet } from '../../../lib/components/NotBuiltYet';

export function SmailyPushPage() {
  const { t } = useTranslation();
  return <NotBuiltYet title={t('nav.smailyPush')} />;
}
