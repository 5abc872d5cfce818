import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../lib/components/QueryError';
import { useMapping } from '../api/get-mapping';
import { MappingForm } from './MappingForm';

/** Smaily päringu väljad (Kliendihaldus › Seadistused): the field-mapping grid and its preview. */
export function SmailyFieldsPage() {
  const { t } = useTranslation(['smaily-fields', 'common']);
  const mapping = useMapping();

  if (mapping.isPending) {
    return (
      <Center p="xl">
        <Loader aria-label={t('common:loading')} />
      </Center>
    );
  }
  if (mapping.error) return <QueryError error={mapping.error} onRetry={() => void mapping.refetch()} />;
  return <MappingForm saved={mapping.data} />;
}
