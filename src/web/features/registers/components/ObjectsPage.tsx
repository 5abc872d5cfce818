import { useTranslation } from 'react-i18next';
import { NotBuiltYet } from '../../../lib/components/NotBuiltYet';

export function ObjectsPage() {
  const { t } = useTranslation();
  return <NotBuiltYet title={t('nav.objects')} />;
}
