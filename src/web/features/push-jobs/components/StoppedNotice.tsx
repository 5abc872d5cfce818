import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PushJob } from '../../../../shared/push-jobs';
import { smailyHost, type SmailyStatus } from '../../../../shared/smaily-account';
import { formatDateTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { ActivationHint } from './ActivationHint';
import { formatCount } from './job-text';

/** Why Smaily stopped the job, where the account is fixed, and whether Jätka can go on now. */
export function StoppedNotice({ job, status }: { job: PushJob; status: SmailyStatus | undefined }) {
  const { t } = useTranslation('push-jobs');
  const params = { notSent: formatCount(job.counts.notSent), address: smailyHost(job.subdomain) };
  const reactivated =
    status?.state === 'active' &&
    status.activatedAt !== null &&
    job.finishedAt !== null &&
    status.activatedAt > job.finishedAt;
  return (
    <Stack gap={6}>
      <Text size="sm">{t(`stopped.${job.stopReason ?? 'other'}`, params)}</Text>
      {reactivated ? (
        <Text size="sm" fw={500}>
          {t('stopped.reactivated', { at: formatDateTime(status.activatedAt, currentLanguage()) })}
        </Text>
      ) : (
        <ActivationHint context="stopped" />
      )}
      {status && status.state !== 'active' && (
        <Text size="sm" c="dimmed">
          {t('stopped.resumeDisabled')}
        </Text>
      )}
    </Stack>
  );
}
