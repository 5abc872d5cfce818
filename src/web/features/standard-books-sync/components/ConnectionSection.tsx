import { Badge, Button, Group, Paper, Stack, Table, Text, Textarea, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SbConnectionState, SbStatus } from '../../../../shared/standard-books-sync';
import { formatDateTime } from '../../../lib/format';
import classes from '../../../lib/components/stacked-table.module.css';
import { currentLanguage } from '../../../lib/i18n';
import { useSystemMessage } from './use-system-message';

const stateColors: Record<SbConnectionState, string> = {
  connected: 'green',
  'not-connected': 'gray',
  'needs-reconnect': 'orange',
};

interface ConnectionSectionProps {
  connection: SbStatus['connection'];
  onEdit: () => void;
  onDeactivate: () => void;
}

/** The stored connection (never its password): its state, where it points, who saved it, and Süsteemi teade. */
export function ConnectionSection({ connection, onEdit, onDeactivate }: ConnectionSectionProps) {
  const { t } = useTranslation(['standard-books-sync', 'common']);
  const systemMessage = useSystemMessage(connection);
  const none = t('common:none');
  return (
    <Paper withBorder p="md">
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('connection.title')}
        </Title>
        {/* One block on a phone, so that Muuda ühendust and Deaktiveeri are on the screen. */}
        <Table verticalSpacing="xs" aria-label={t('connection.label')} className={classes.stackOnPhone}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('connection.state')}</Table.Th>
              <Table.Th>{t('connection.address')}</Table.Th>
              <Table.Th>{t('connection.companyNo')}</Table.Th>
              <Table.Th>{t('connection.username')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('connection.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr>
              <Table.Td data-label={t('connection.state')}>
                <Badge color={stateColors[connection.state]} variant="light" miw="max-content">
                  {t(`connection.states.${connection.state}`)}
                </Badge>
              </Table.Td>
              <Table.Td data-label={t('connection.address')} style={{ wordBreak: 'break-all' }}>
                {connection.address ?? none}
              </Table.Td>
              <Table.Td data-label={t('connection.companyNo')}>{connection.companyNo ?? none}</Table.Td>
              <Table.Td data-label={t('connection.username')}>{connection.username ?? none}</Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end" wrap="wrap">
                  <Button size="xs" onClick={onEdit}>
                    {connection.address === null ? t('connection.connect') : t('connection.change')}
                  </Button>
                  {connection.address !== null && (
                    <Button size="xs" variant="default" color="red" onClick={onDeactivate}>
                      {t('connection.deactivate')}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        {connection.connectedAt && connection.connectedBy && (
          <Text size="sm" c="dimmed">
            {t('connection.connectedBy', {
              name: connection.connectedBy,
              at: formatDateTime(connection.connectedAt, currentLanguage()),
            })}
          </Text>
        )}
        {/* As tall as its text once wrapped (a failure's reason takes lines of its own on a phone). */}
        <Textarea
          label={t('connection.systemMessage')}
          value={systemMessage}
          readOnly
          autosize
          minRows={1}
          styles={{ input: { resize: 'none' } }}
        />
      </Stack>
    </Paper>
  );
}
