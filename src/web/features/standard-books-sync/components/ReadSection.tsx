import { Alert, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDatabaseImport, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SbReadMode, SbStatus } from '../../../../shared/standard-books-sync';
import { useStartSbRead } from '../api/start-read';
import { LastRead } from './LastRead';
import { useReadText } from './read-text';
import { RegisterMarks } from './RegisterMarks';

/** "Loe Standard Booksist" and "Täielik lugemine", the read running now, the last one and the registers' marks. */
export function ReadSection({ status }: { status: SbStatus }) {
  const { t } = useTranslation('standard-books-sync');
  const text = useReadText();
  const start = useStartSbRead();
  const { running, last } = status.read;
  const connected = status.connection.state === 'connected';
  const read = (mode: SbReadMode) =>
    start.mutate(mode, {
      onSuccess: () => notifications.show({ color: 'blue', message: t('read.started') }),
      onError: (error) => notifications.show({ color: 'red', message: error.message }),
    });
  const busy = running !== null || start.isPending;

  return (
    <Paper withBorder p="md">
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('read.title')}
        </Title>
        <Text size="sm">{t('read.help', { time: status.read.dailyFullReadAt })}</Text>
        <Group gap="sm">
          <Button
            leftSection={<IconDatabaseImport size={16} />}
            disabled={!connected || busy}
            loading={start.isPending && start.variables === 'incremental'}
            onClick={() => read('incremental')}
          >
            {t('read.start')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} />}
            disabled={!connected || busy}
            loading={start.isPending && start.variables === 'full'}
            onClick={() => read('full')}
          >
            {t('read.full')}
          </Button>
        </Group>
        {!connected && (
          <Text size="sm" c="dimmed">
            {t('read.notConnected')}
          </Text>
        )}
        {/* Announced politely as it changes: the page follows a running read every second. */}
        <div role="status" aria-live="polite">
          {running && (
            <Alert color="blue" icon={<Loader size="sm" />}>
              <Text size="sm" fw={500}>
                {running.register
                  ? t('read.running', {
                      mode: t(`read.modes.${running.mode}`),
                      register: text.register(running.register),
                    })
                  : t('read.runningStart', { mode: t(`read.modes.${running.mode}`) })}
              </Text>
              <Text size="sm">{text.progress(running.totals)}</Text>
            </Alert>
          )}
        </div>
        {last ? <LastRead read={last} /> : <Text size="sm">{t('read.none')}</Text>}
        <Stack gap={4}>
          <Title order={3} size="h5">
            {t('marks')}
          </Title>
          <RegisterMarks marks={status.read.registers} />
        </Stack>
      </Stack>
    </Paper>
  );
}
