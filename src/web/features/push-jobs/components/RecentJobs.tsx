import { ActionIcon, Anchor, Badge, Group, Pagination, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { JobStatus } from '../../../../shared/push-jobs';
import { QueryError } from '../../../lib/components/QueryError';
import { formatDate, formatDateTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { paths } from '../../../lib/paths';
import { pushJobReportUrl } from '../api/download-report';
import { usePushJobs } from '../api/get-push-jobs';
import { formatCount, useSelectionText } from './job-text';

const pageSize = 10;

const statusColors: Record<JobStatus, string> = {
  running: 'blue',
  cancelling: 'gray',
  completed: 'green',
  cancelled: 'gray',
  stopped: 'red',
};

/** The page behind the dialog: the latest jobs, each opening its progress or summary in the dialog. */
export function RecentJobs({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation('push-jobs');
  const [page, setPage] = useState(1);
  const jobs = usePushJobs(page, pageSize);
  const selection = useSelectionText();
  const data = jobs.data;

  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('page.recent')}
      </Title>
      {jobs.error && <QueryError error={jobs.error} onRetry={() => void jobs.refetch()} />}
      {data?.total === 0 && <Text c="dimmed">{t('page.empty')}</Text>}
      {data && data.total > 0 && (
        <>
          <Table.ScrollContainer minWidth={900}>
            <Table striped verticalSpacing="xs" aria-label={t('page.recent')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('columns.job')}</Table.Th>
                  <Table.Th>{t('columns.startedAt')}</Table.Th>
                  <Table.Th>{t('columns.startedBy')}</Table.Th>
                  <Table.Th>{t('columns.selection')}</Table.Th>
                  <Table.Th>{t('columns.status')}</Table.Th>
                  <Table.Th ta="right">{t('columns.sent')}</Table.Th>
                  <Table.Th ta="right">{t('columns.skipped')}</Table.Th>
                  <Table.Th ta="right">{t('columns.failed')}</Table.Th>
                  <Table.Th ta="right">{t('columns.notSent')}</Table.Th>
                  <Table.Th>{t('columns.report')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((job) => (
                  <Table.Tr key={job.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Anchor
                        component={Link}
                        to={paths.smailyPushJob(job.id)}
                        onClick={onOpen}
                        size="sm"
                        aria-label={t('openJob', { id: job.id })}
                      >
                        {t('jobNumber', { id: job.id })}
                      </Anchor>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatDateTime(job.startedAt, currentLanguage())}
                    </Table.Td>
                    <Table.Td>{job.startedBy.name ?? t('system')}</Table.Td>
                    <Table.Td>{selection(job.filters, job.resendOf)}</Table.Td>
                    <Table.Td>
                      <Badge color={statusColors[job.status]} variant="light" miw="max-content">
                        {t(`status.${job.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">{formatCount(job.counts.sent)}</Table.Td>
                    <Table.Td ta="right">{formatCount(job.counts.skipped)}</Table.Td>
                    <Table.Td ta="right">{formatCount(job.counts.failed)}</Table.Td>
                    <Table.Td ta="right">{formatCount(job.counts.notSent)}</Table.Td>
                    <Table.Td>
                      {job.detailsDeletedAt === null ? (
                        <ActionIcon
                          component="a"
                          href={pushJobReportUrl(job.id)}
                          download
                          variant="subtle"
                          aria-label={t('downloadReportOf', { id: job.id })}
                        >
                          <IconDownload size={16} />
                        </ActionIcon>
                      ) : (
                        <Text
                          size="sm"
                          c="dimmed"
                          title={t('reportDeletedOn', { date: formatDate(job.detailsDeletedAt, currentLanguage()) })}
                        >
                          {t('reportDeleted')}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {data.total > pageSize && (
            <Group justify="flex-end">
              <Pagination
                total={Math.ceil(data.total / pageSize)}
                value={page}
                onChange={setPage}
                aria-label={t('page.pagination')}
                siblings={1}
              />
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
