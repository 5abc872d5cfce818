import { Box, Group, Select, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { syncLogKinds, syncLogOutcomes, syncLogQuerySchema } from '../../../../shared/sync-log';
import { PagedFooter } from '../../../lib/components/PagedFooter';
import stacked from '../../../lib/components/stacked-table.module.css';
import { PageTitle } from '../../../lib/components/PageTitle';
import { QueryError } from '../../../lib/components/QueryError';
import { pageParam, type ListState } from '../../../lib/list-search-params';
import { useListSearchParams } from '../../../lib/use-list-search-params';
import { useSyncLog } from '../api/get-sync-log';
import { LogEntryRow } from './LogEntryRow';

const pageSize = 50;
// Filters and page live in the address: a reload, or going back from a contact card, shows the same page.
const logParams = syncLogQuerySchema.pick({ kind: true, outcome: true }).extend({ page: pageParam });
const logDefaults: ListState<typeof logParams> = { page: 1 };

/** Sünkroniseerimise logi (Kliendihaldus): every activation, mapping change, push and change of a user, newest first, with who did it. */
export function SyncLogPage() {
  const { t } = useTranslation(['sync-log', 'common']);
  const [filters, update] = useListSearchParams(logParams, logDefaults);
  const log = useSyncLog({ ...filters, pageSize });
  const data = log.data;

  return (
    <>
      <PageTitle title={t('common:nav.syncLog')} />
      <Group align="flex-end" mb="md" gap="sm">
        <Select
          label={t('filters.kind')}
          placeholder={t('common:all')}
          data={syncLogKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          value={filters.kind ?? null}
          onChange={(value) => update({ kind: value ?? undefined })}
          clearable
          w={240}
        />
        <Select
          label={t('filters.outcome')}
          placeholder={t('common:all')}
          data={syncLogOutcomes.map((outcome) => ({ value: outcome, label: t(`outcomes.${outcome}`) }))}
          value={filters.outcome ?? null}
          onChange={(value) => update({ outcome: value ?? undefined })}
          clearable
          w={200}
        />
      </Group>

      {log.error && <QueryError error={log.error} onRetry={() => void log.refetch()} />}
      {data && data.total === 0 && (
        <Text c="dimmed">{filters.kind || filters.outcome ? t('noMatches') : t('empty')}</Text>
      )}
      {data && data.total > 0 && (
        <Stack gap="sm">
          {/* Sideways scrolling where the screen is narrower than the columns; on a phone a block per entry. */}
          <Box style={{ overflowX: 'auto' }}>
            <Table
              striped
              verticalSpacing="xs"
              aria-label={t('common:nav.syncLog')}
              miw={{ base: 0, sm: 900 }}
              className={stacked.stackOnPhone}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={40}>
                    <VisuallyHidden>{t('columns.expand')}</VisuallyHidden>
                  </Table.Th>
                  <Table.Th>{t('columns.at')}</Table.Th>
                  <Table.Th>{t('columns.user')}</Table.Th>
                  <Table.Th>{t('columns.kind')}</Table.Th>
                  <Table.Th>{t('columns.subject')}</Table.Th>
                  <Table.Th>{t('columns.outcome')}</Table.Th>
                  <Table.Th>{t('columns.smaily')}</Table.Th>
                  <Table.Th>{t('columns.details')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((entry) => (
                  <LogEntryRow key={entry.id} entry={entry} />
                ))}
              </Table.Tbody>
            </Table>
          </Box>
          <PagedFooter
            total={data.total}
            page={filters.page}
            pageSize={pageSize}
            onPageChange={(page) => update({ page })}
            label={t('pagination')}
          />
        </Stack>
      )}
    </>
  );
}
