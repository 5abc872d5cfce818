import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconDownload, IconPlayerPlay, IconRepeat } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PushJob } from '../../../../shared/push-jobs';
import { formatDate } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { formLevelError } from '../../../lib/server-errors';
import { getSmailyStatusQueryOptions } from '../../../lib/smaily-status/get-smaily-status';
import { pushJobReportUrl } from '../api/download-report';
import { useResendPushJob } from '../api/resend-push-job';
import { useResumePushJob } from '../api/resume-push-job';
import { FailureAlert } from './FailureAlert';
import { JobCounts } from './JobCounts';
import { JobFacts } from './JobFacts';
import { JobHeading } from './JobHeading';
import { formatCount } from './job-text';
import { StoppedNotice } from './StoppedNotice';

const outcomeColors = {
  completed: 'green',
  completedWithFailures: 'orange',
  cancelled: 'gray',
  stopped: 'red',
} as const;

/** What the dialog lets a job's views do besides the job's own actions. */
export interface JobViewActions {
  /** Sulge; a running job goes on */
  onClose: () => void;
  /** Uus edastus: back to the määramisaken */
  onNewPush: () => void;
  /** Show another job (the re-send just started) */
  onShowJob: (jobId: number) => void;
}

/** An ended job: how it ended, its counts and facts, the report, and what can be done about the rest. */
export function JobSummary({ job, onClose, onNewPush, onShowJob }: JobViewActions & { job: PushJob }) {
  const { t } = useTranslation(['push-jobs', 'common']);
  // Re-activation happens on another screen, maybe in another tab: coming back to this one asks again.
  const status = useQuery({ ...getSmailyStatusQueryOptions(), refetchOnWindowFocus: true }).data;
  const resume = useResumePushJob();
  const resend = useResendPushJob();
  const stopped = job.status === 'stopped';
  const outcome = stopped
    ? 'stopped'
    : job.status === 'cancelled'
      ? 'cancelled'
      : job.counts.failed > 0
        ? 'completedWithFailures'
        : 'completed';
  const unsent = job.counts.failed + job.counts.notSent;
  // Resuming, re-sending and the report need the per-contact rows, which retention may have deleted.
  const whole = job.detailsDeletedAt === null;
  // A stopped job is resumed; re-sending is for one that cannot be (e.g. the Smaily address has changed since).
  const offerResend = whole && unsent > 0 && (!stopped || resume.isError);

  return (
    <Stack gap="md">
      <JobHeading job={job} />
      <Alert
        color={outcomeColors[outcome]}
        title={t(`summary.${outcome}`)}
        icon={stopped ? <IconAlertTriangle /> : undefined}
      >
        {stopped && <StoppedNotice job={job} status={status} />}
      </Alert>
      <JobCounts counts={job.counts} />
      <JobFacts job={job} />
      {!whole && (
        <Text size="sm" c="dimmed">
          {t('summary.detailsDeleted', { date: formatDate(job.detailsDeletedAt, currentLanguage()) })}
        </Text>
      )}
      <FailureAlert title={t('summary.actionFailed')} message={formLevelError(resume.error ?? resend.error)} />
      <Group justify="space-between">
        <Group gap="xs">
          {whole && (
            <Button
              component="a"
              href={pushJobReportUrl(job.id)}
              download
              variant="light"
              leftSection={<IconDownload size={16} />}
            >
              {t('summary.report')}
            </Button>
          )}
          {offerResend && (
            <Button
              variant="light"
              leftSection={<IconRepeat size={16} />}
              loading={resend.isPending}
              onClick={() => resend.mutate(job.id, { onSuccess: (next) => onShowJob(next.id) })}
            >
              {t('summary.resend', { n: formatCount(unsent) })}
            </Button>
          )}
        </Group>
        <Group gap="xs">
          {stopped && whole && (
            <Button
              leftSection={<IconPlayerPlay size={16} />}
              disabled={status?.state !== 'active'}
              loading={resume.isPending}
              onClick={() => resume.mutate(job.id)}
            >
              {t('stopped.resume')}
            </Button>
          )}
          <Button variant="default" onClick={onNewPush}>
            {t('summary.newPush')}
          </Button>
          <Button variant="default" onClick={onClose}>
            {t('common:close')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
