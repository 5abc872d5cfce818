import { Button, Checkbox, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../../../shared/messages';
import { sbWriteOwnFailureTexts, type SbWriteBackFailure } from '../../../../shared/standard-books-master';
import { sbFailureTexts } from '../../../../shared/standard-books-sync';
import { QueryError } from '../../../lib/components/QueryError';
import { formatDateTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useRunSbWriteBack, useSbWriteBack, useSetSbWriteBack } from '../api/master';

function failureText({ failure, apiCode }: SbWriteBackFailure): string {
  const language = currentLanguage();
  const text =
    failure === 'not-written' || failure === 'not-in-standard-books'
      ? localize(sbWriteOwnFailureTexts[failure], language)
      : localize(sbFailureTexts[failure], language);
  return apiCode ? `${text} (${apiCode})` : text;
}

/** Kirjuta Smaily loobumised Standard Booksi: the setting, what waits, and what failed (retried with the next read). */
export function WriteBackSection({ connected }: { connected: boolean }) {
  const { t } = useTranslation(['standard-books-sync', 'common']);
  const status = useSbWriteBack();
  const set = useSetSbWriteBack();
  const run = useRunSbWriteBack();
  const onError = (error: Error) => notifications.show({ color: 'red', message: error.message });
  const data = status.data;

  return (
    <Paper withBorder p="md">
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('writeBack.title')}
        </Title>
        <Text size="sm">{t('writeBack.help')}</Text>
        {status.isPending && <Loader aria-label={t('common:loading')} />}
        {status.error && <QueryError error={status.error} onRetry={() => void status.refetch()} />}
        {data && (
          <>
            <Checkbox
              label={t('writeBack.toggle')}
              checked={data.enabled}
              disabled={set.isPending}
              onChange={(event) => set.mutate(event.currentTarget.checked, { onError })}
            />
            <Group gap="sm">
              <Text size="sm">{t('writeBack.pending', { count: data.pending })}</Text>
              {data.enabled && data.pending > 0 && (
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconSend size={14} />}
                  disabled={!connected}
                  loading={run.isPending}
                  onClick={() =>
                    run.mutate(undefined, {
                      onSuccess: () => notifications.show({ color: 'green', message: t('writeBack.ran') }),
                      onError,
                    })
                  }
                >
                  {t('writeBack.runNow')}
                </Button>
              )}
            </Group>
            {data.failures.length > 0 && (
              <Stack gap={4}>
                <Title order={3} size="h5">
                  {t('writeBack.failures')}
                </Title>
                <Table withTableBorder verticalSpacing={4}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('writeBack.columns.code')}</Table.Th>
                      <Table.Th>{t('writeBack.columns.attempts')}</Table.Th>
                      <Table.Th>{t('writeBack.columns.lastAttempt')}</Table.Th>
                      <Table.Th>{t('writeBack.columns.failure')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.failures.map((failure) => (
                      <Table.Tr key={failure.code}>
                        <Table.Td>{failure.code}</Table.Td>
                        <Table.Td>{failure.attempts}</Table.Td>
                        <Table.Td>{formatDateTime(failure.lastAttemptAt, currentLanguage())}</Table.Td>
                        <Table.Td>{failureText(failure)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Stack>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
