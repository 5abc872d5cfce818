import { Center, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../lib/components/PageTitle';
import { QueryError } from '../../../lib/components/QueryError';
import { useAutomaticSync } from '../api/get-automatic-sync';
import { PausedNotice } from './PausedNotice';
import { RunsSection } from './RunsSection';
import { SettingsForm } from './SettingsForm';

/** Kliendihaldus › Seadistused › Smaily automaatne edastus (administrators): the schedule, and its runs. */
export function AutomaticSyncPage() {
  const { t } = useTranslation(['automatic-sync', 'common']);
  const status = useAutomaticSync({ follow: true });

  return (
    <>
      <PageTitle title={t('common:nav.automaticSync')} />
      {status.isPending && (
        <Center p="xl">
          <Loader aria-label={t('common:loading')} />
        </Center>
      )}
      {status.error && <QueryError error={status.error} onRetry={() => void status.refetch()} />}
      {status.data && (
        <Stack gap="md" maw={1200}>
          <Text size="sm" maw={760}>
            {t('intro')}
          </Text>
          {status.data.paused && <PausedNotice paused={status.data.paused} />}
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {/* The form keeps what was typed while the status is polled; it takes the saved settings once. */}
            <SettingsForm saved={status.data.settings} />
            <RunsSection status={status.data} />
          </SimpleGrid>
        </Stack>
      )}
    </>
  );
}
