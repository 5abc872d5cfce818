import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../lib/components/PageTitle';
import { RegisterSection } from './RegisterSection';

/** Kliendiklassid: one customer class per contact (CUVc.CustCat). */
export function CustomerClassesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('nav.customerClasses')} />
      <RegisterSection kind="customerClasses" />
    </>
  );
}
