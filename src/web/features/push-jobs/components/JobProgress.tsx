import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconPlayerStop } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PushJob } from '../../../../shared/push-jobs';
import { formLevelError } from '../../../lib/server-errors';
import { useCancelPushJob } from '../api/cancel-push-job';
import { FailureAlert } from './FailureAlert';
import { JobCounts } from './JobCounts';
import { JobHeading } from './JobHeading';
import { formatCount } from './job-text';

/** A running job: its counts as they move, Katkesta (asked first), and the reminder that closing is fine. */
export function JobProgress({ job, onClose }: { job: PushJob; onClose: () => void }) {
  const { t } = useTranslation(['push-jobs', 'common']);
  const cancel = useCancelPushJob();
  const cancelling = job.status === 'cancelling';
  const askCancel = () =>
    modals.openConfirmModal({
      title: t('cancel.title'),
      children: <Text size="sm">{t('cancel.body', { pending: formatCount(job.counts.pending) })}</Text>,
      labels: { confirm: t('cancel.confirm'), cancel: t('cancel.keep') },
      confirmProps: { color: 'red' },
      onConfirm: () => cancel.mutate(job.id),
    });

  return (
    <Stack gap="md">
      <JobHeading job={job} />
      <JobCounts counts={job.counts} live />
      <Text size="sm" c="dimmed">
        {t('progress.batches', {
          acknowledged: formatCount(job.batches.acknowledged),
          total: formatCount(job.batches.total),
        })}
      </Text>
      {cancelling ? (
        <Alert color="gray">{t('progress.cancelling')}</Alert>
      ) : (
        <Text size="sm">{t('progress.closable')}</Text>
      )}
      <FailureAlert title={t('summary.actionFailed')} message={formLevelError(cancel.error)} />
      <Group justify="flex-end">
        <Button
          variant="light"
          color="red"
          leftSection={<IconPlayerStop size={16} />}
          onClick={askCancel}
          disabled={cancelling}
          loading={cancel.isPending}
        >
          {t('cancel.button')}
        </Button>
        <Button variant="default" onClick={onClose}>
          {t('common:close')}
        </Button>
      </Group>
    </Stack>
  );
}
