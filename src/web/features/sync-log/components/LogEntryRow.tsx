import { ActionIcon, Badge, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncLogEntry } from '../../../../shared/sync-log';
import { formatDateTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useDescribeDetails } from './describe-details';
import { EntrySubject } from './EntrySubject';

const outcomeColors: Record<string, string> = {
  ok: 'green',
  failed: 'red',
  skipped: 'yellow',
  'not-sent': 'gray',
  partial: 'orange',
  cancelled: 'gray',
};

export const logColumnCount = 8;

/** One entry: the facts in columns, its notable details as labelled lines, and all of them on request. */
export function LogEntryRow({ entry }: { entry: SyncLogEntry }) {
  const { t } = useTranslation(['sync-log', 'common']);
  const [expanded, { toggle }] = useDisclosure(false);
  const detailsId = useId();
  const lines = useDescribeDetails(entry.kind)(entry.details);
  const notable = lines.filter((line) => line.notable);
  const smailyAnswer = [entry.smailyCode, entry.smailyMessage].filter((part) => part !== null).join(' ');

  return (
    <>
      <Table.Tr>
        <Table.Td>
          {lines.length > 0 && (
            <ActionIcon
              variant="subtle"
              size="sm"
              onClick={toggle}
              aria-expanded={expanded}
              aria-controls={detailsId}
              aria-label={t(expanded ? 'hideDetails' : 'showDetails')}
            >
              {expanded ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
            </ActionIcon>
          )}
        </Table.Td>
        <Table.Td style={{ whiteSpace: 'nowrap' }} data-label={t('columns.at')}>
          {formatDateTime(entry.at, currentLanguage())}
        </Table.Td>
        <Table.Td data-label={t('columns.user')}>{entry.userName ?? t('system')}</Table.Td>
        <Table.Td data-label={t('columns.kind')}>{t(`kinds.${entry.kind}`, { defaultValue: entry.kind })}</Table.Td>
        <Table.Td data-label={t('columns.subject')}>
          <EntrySubject entry={entry} />
        </Table.Td>
        <Table.Td data-label={t('columns.outcome')}>
          {/* A badge clips its label; max-content keeps the column wide enough for the whole word. */}
          <Badge color={outcomeColors[entry.outcome] ?? 'gray'} variant="light" miw="max-content">
            {t(`outcomes.${entry.outcome}`, { defaultValue: entry.outcome })}
          </Badge>
        </Table.Td>
        <Table.Td data-label={t('columns.smaily')}>{smailyAnswer || t('common:none')}</Table.Td>
        <Table.Td data-label={t('columns.details')}>
          {/* One labelled line per fact, wrapped within a width of its own rather than widening the table. */}
          <Stack component="ul" gap={2} maw={360} m={0} p={0} style={{ listStyle: 'none' }}>
            {notable.map((line) => (
              <Text key={line.key} component="li" size="sm">
                <Text span size="sm" fw={500}>
                  {line.label}:
                </Text>{' '}
                {line.value}
              </Text>
            ))}
          </Stack>
        </Table.Td>
      </Table.Tr>
      {expanded && (
        <Table.Tr id={detailsId}>
          <Table.Td />
          <Table.Td colSpan={logColumnCount - 1}>
            <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px' }}>
              {lines.map((line) => (
                <div key={line.key} style={{ display: 'contents' }}>
                  <Text component="dt" size="sm" fw={500}>
                    {line.label}
                  </Text>
                  <Text component="dd" size="sm" m={0}>
                    {line.value}
                  </Text>
                </div>
              ))}
            </dl>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
