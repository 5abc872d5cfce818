import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../lib/components/PageTitle';
import { RegisterTabs } from './RegisterTabs';

/** Klassifikaatorid with their types: a contact may carry several classifications. */
export function ClassificationsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('nav.classifications')} />
      <RegisterTabs entries="classifications" types="classificationTypes" />
    </>
  );
}
