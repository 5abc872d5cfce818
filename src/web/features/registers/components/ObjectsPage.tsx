import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../lib/components/PageTitle';
import { RegisterTabs } from './RegisterTabs';

/** Objektid with their types: at most one object of each type per contact. */
export function ObjectsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('nav.objects')} />
      <RegisterTabs entries="objects" types="objectTypes" />
    </>
  );
}
