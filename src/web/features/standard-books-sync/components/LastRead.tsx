import { Alert, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../../../shared/messages';
import { sbFailureTexts, sbRegisterKeys, type SbReadSummary } from '../../../../shared/standard-books-sync';
import { formatDateTime } from '../../../lib/format';
import { ScrollableTable } from '../../../lib/components/ScrollableTable';
import classes from '../../../lib/components/stacked-table.module.css';
import { currentLanguage } from '../../../lib/i18n';
import { formatCount, useReadText } from './read-text';

const outcomeColors = { ok: 'green', partial: 'orange', failed: 'red' } as const;
const countColumns = ['read', 'created', 'updated', 'unchanged', 'removed', 'rejected'] as const;

/** The last read: when and how, what it did to each register, what it rejected and why, and where it stopped. */
export function LastRead({ read }: { read: SbReadSummary }) {
  const { t } = useTranslation(['standard-books-sync', 'common']);
  const text = useReadText();
  const language = currentLanguage();
  const by = t(`read.triggers.${read.trigger}`, { name: read.userName ?? t('common:none') });
  const failure = read.failure;
  const reason = failure ? localize(sbFailureTexts[failure.code], language) : '';
  const hidden = read.totals.rejected - read.rejections.length;

  return (
    <Stack gap="sm">
      <Group gap="sm" wrap="wrap">
        <Title order={3} size="h5">
          {t('read.last')}
        </Title>
        <Text size="sm">
          {t('read.lastLine', {
            at: formatDateTime(read.finishedAt, language),
            mode: t(`read.modes.${read.mode}`),
            by,
          })}
        </Text>
        <Badge color={outcomeColors[read.outcome]} variant="light" miw="max-content">
          {t(`read.outcomes.${read.outcome}`)}
        </Badge>
      </Group>
      {failure && (
        <Alert color="red" icon={<IconAlertTriangle />} role="alert">
          {failure.register
            ? t('read.failure', { register: text.register(failure.register), reason })
            : t('read.failureNoRegister', { reason })}
        </Alert>
      )}
      <ScrollableTable minWidth={640} label={t('read.countsLabel')}>
        <Table striped verticalSpacing={4} aria-label={t('read.countsLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('columns.register')}</Table.Th>
              <Table.Th>{t('columns.mode')}</Table.Th>
              {countColumns.map((column) => (
                <Table.Th key={column} ta="right">
                  {t(`columns.${column}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sbRegisterKeys.flatMap((key) => {
              const register = read.registers[key];
              if (!register) return [];
              return [
                <Table.Tr key={key}>
                  <Table.Th scope="row" fw={500}>
                    {text.register(key)}
                  </Table.Th>
                  <Table.Td>
                    {t(`read.modes.${register.mode}`)}
                    {register.sequenceReset && (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        ({t('read.sequenceReset')})
                      </Text>
                    )}
                  </Table.Td>
                  {countColumns.map((column) => (
                    <Table.Td key={column} ta="right">
                      {formatCount(register[column])}
                    </Table.Td>
                  ))}
                </Table.Tr>,
              ];
            })}
          </Table.Tbody>
        </Table>
      </ScrollableTable>
      {read.rejections.length > 0 && (
        <Stack gap={4}>
          <Title order={4} size="h6">
            {t('read.rejections')}
          </Title>
          {/* One block per record on a phone: the reason, the longest part, is read whole. */}
          <Table verticalSpacing={4} aria-label={t('read.rejections')} className={classes.stackOnPhone}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('columns.register')}</Table.Th>
                <Table.Th>{t('columns.code')}</Table.Th>
                <Table.Th>{t('columns.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {read.rejections.map((rejection, index) => (
                <Table.Tr key={`${rejection.register}-${rejection.code}-${index}`}>
                  <Table.Td data-label={t('columns.register')}>{text.register(rejection.register)}</Table.Td>
                  <Table.Td data-label={t('columns.code')}>{rejection.code}</Table.Td>
                  <Table.Td data-label={t('columns.reason')}>{text.rejection(rejection)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {hidden > 0 && (
            <Text size="sm" c="dimmed">
              {t('read.rejectionsShown', {
                shown: formatCount(read.rejections.length),
                total: formatCount(read.totals.rejected),
              })}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
