import { EmptyState } from '@mantine/core';
import { IconTools } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from './PageTitle';

/** The honest state of a screen whose feature has not landed yet: it says so and shows nothing made up. */
export function NotBuiltYet({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={title} />
      <EmptyState icon={<IconTools />} title={t('notBuiltYet.title')} description={t('notBuiltYet.description')} />
    </>
  );
}
