import { Alert, Button, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PushJob } from '../../../../shared/push-jobs';
import { formatDateTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';

/** One job at a time: the one running is named, with the way to its progress. */
export function RunningJobNotice({ job, onShow }: { job: PushJob; onShow: () => void }) {
  const { t } = useTranslation('push-jobs');
  const name = job.startedBy.name ?? t('system');
  return (
    <Alert color="blue" icon={<IconInfoCircle />} role="note">
      <Text size="sm">
        {t('form.jobRunning', { id: job.id, name, at: formatDateTime(job.startedAt, currentLanguage()) })}
      </Text>
      <Button variant="light" size="xs" mt="xs" onClick={onShow}>
        {t('form.showRunning', { id: job.id })}
      </Button>
    </Alert>
  );
}
