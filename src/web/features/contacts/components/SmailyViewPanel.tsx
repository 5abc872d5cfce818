import { Alert, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SmailyView } from '../../../../shared/consent';
import { QueryError } from '../../../lib/components/QueryError';
import { formatDateTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useSmailyView } from '../api/contact-consent';

function ViewResult({ view }: { view: SmailyView }) {
  const { t } = useTranslation('contacts');
  const language = currentLanguage();
  switch (view.kind) {
    case 'found': {
      const since = view.since && formatDateTime(view.since, language);
      const state = view.subscribed
        ? since
          ? t('smailyView.subscribed', { since })
          : t('smailyView.subscribedNoMoment')
        : since
          ? t('smailyView.unsubscribed', { since })
          : t('smailyView.unsubscribedNoMoment');
      return (
        <Stack gap="xs">
          <Text size="sm" fw={500}>
            {view.email} · {state}
          </Text>
          {view.fields.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('smailyView.noFields')}
            </Text>
          ) : (
            <Table withTableBorder striped fz="sm" aria-label={t('smailyView.fields')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('smailyView.field')}</Table.Th>
                  <Table.Th>{t('smailyView.value')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {view.fields.map((field) => (
                  <Table.Tr key={field.name}>
                    <Table.Td>{field.name}</Table.Td>
                    <Table.Td>{field.value}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      );
    }
    case 'unknown':
      return <Text size="sm">{t('smailyView.unknown', { code: view.smailyCode })}</Text>;
    case 'not-read':
      return <Text size="sm">{t(`smailyView.notRead.${view.reason}`)}</Text>;
    case 'failed':
      return (
        <Alert color="red" p="xs">
          {t(`smailyView.failed.${view.reason}`, { code: view.smailyCode ?? '', message: view.smailyMessage ?? '' })}
        </Alert>
      );
  }
}

/**
 * Smaily's view of the contact, read when the user asks (one call to Smaily, through the app's rate limit) and
 * read again on the next click: never stored, never changing anything.
 */
export function SmailyViewPanel({ code }: { code: string }) {
  const { t } = useTranslation('contacts');
  const titleId = useId();
  const [asked, setAsked] = useState(false);
  const view = useSmailyView(code, asked);
  const read = () => (asked ? void view.refetch() : setAsked(true));
  return (
    <Stack gap="xs" mb="sm" align="flex-start">
      {/* Not disabled while it reads: the focus stays on the button for the next read. */}
      <Button variant="default" size="xs" leftSection={<IconEye size={14} />} onClick={read}>
        {view.data ? t('smailyView.refresh') : t('smailyView.show')}
      </Button>
      {asked && (
        <Paper withBorder p="sm" w="100%" component="section" aria-labelledby={titleId} aria-busy={view.isFetching}>
          <Title order={2} size="h5" id={titleId} mb="xs">
            {t('smailyView.title')}
          </Title>
          <div role="status">
            {view.isFetching ? (
              <Text size="sm">{t('smailyView.reading')}</Text>
            ) : view.error ? (
              <QueryError error={view.error} onRetry={() => void view.refetch()} />
            ) : (
              view.data && <ViewResult view={view.data} />
            )}
          </div>
        </Paper>
      )}
    </Stack>
  );
}
