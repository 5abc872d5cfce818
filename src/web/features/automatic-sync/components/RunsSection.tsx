import { Alert, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle, IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AutomaticSyncStatus } from '../../../../shared/automatic-sync';
import { formLevelError } from '../../../lib/server-errors';
import { useRunAutomaticSync } from '../api/run-automatic-sync';
import { LastRun } from './LastRun';
import { useTallinnTime } from './tallinn-time';

/** Järgmine käivitus, Viimane käivitus with its outcome, and Käivita kohe (in the server's words when refused). */
export function RunsSection({ status }: { status: AutomaticSyncStatus }) {
  const { t } = useTranslation('automatic-sync');
  const tallinnTime = useTallinnTime();
  const run = useRunAutomaticSync();
  const refusal = formLevelError(run.error);
  let next: string;
  if (status.nextRunAt) next = tallinnTime(status.nextRunAt);
  else if (status.paused) next = t('runs.nextPaused');
  else next = t('runs.nextOff');

  return (
    <Paper withBorder p="md">
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('runs.title')}
        </Title>
        {/* Announced politely as it changes: the page follows a run's job while it sends. */}
        <Table variant="vertical" layout="fixed" aria-label={t('runs.label')} aria-live="polite">
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row" w="38%">
                {t('runs.next')}
              </Table.Th>
              <Table.Td>{next}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('runs.last')}</Table.Th>
              <Table.Td>
                <LastRun run={status.lastRun} />
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        {status.wholeSelectionDue && (
          <Alert color="blue" icon={<IconInfoCircle />}>
            {t('runs.wholeSelectionDue')}
          </Alert>
        )}
        {refusal && (
          <Alert color="red" icon={<IconAlertTriangle />} title={t('runs.runFailed')} role="alert">
            {refusal}
          </Alert>
        )}
        <Group gap="sm" wrap="nowrap" align="center">
          <Button
            leftSection={<IconPlayerPlay size={16} />}
            loading={run.isPending}
            onClick={() => run.mutate(undefined)}
            style={{ flexShrink: 0 }}
          >
            {t('runs.runNow')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('runs.runNowHint')}
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}
