import { Button, Center, Group, Loader, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isActiveJobStatus } from '../../../../shared/push-jobs';
import { usePushJob } from '../api/get-push-job';
import { JobProgress } from './JobProgress';
import { FailureAlert } from './FailureAlert';
import { JobSummary, type JobViewActions } from './JobSummary';

/** One job in the dialog: its live progress while it runs, its summary once it has ended. */
export function JobView({ jobId, onClose, onNewPush, onShowJob }: JobViewActions & { jobId: number }) {
  const { t } = useTranslation(['push-jobs', 'common']);
  const job = usePushJob(jobId);
  // A failed poll keeps the last state on screen (the app's query cache tells about it); only a job never loaded is an error here.
  if (job.data) {
    return isActiveJobStatus(job.data.status) ? (
      <JobProgress job={job.data} onClose={onClose} />
    ) : (
      <JobSummary job={job.data} onClose={onClose} onNewPush={onNewPush} onShowJob={onShowJob} />
    );
  }
  if (job.error) {
    return (
      <Stack gap="md">
        <FailureAlert title={t('summary.loadFailed')} message={job.error.message} />
        <Group justify="flex-end">
          <Button onClick={onNewPush} data-autofocus>
            {t('summary.newPush')}
          </Button>
          <Button variant="default" onClick={onClose}>
            {t('common:close')}
          </Button>
        </Group>
      </Stack>
    );
  }
  return (
    <Center py="xl">
      <Loader aria-label={t('common:loading')} />
    </Center>
  );
}
