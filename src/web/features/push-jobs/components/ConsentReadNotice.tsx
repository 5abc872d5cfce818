import { Button, Group, Stack, Text } from '@mantine/core';
import { IconCloudDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DryRun } from '../../../../shared/push-jobs';
import { formatDateTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { formLevelError } from '../../../lib/server-errors';
import { useCurrentUser } from '../../../lib/session/get-me';
import { useReadConsent } from '../api/read-consent';
import { FailureAlert } from './FailureAlert';
import { formatCount } from './job-text';

/**
 * When Smaily's unsubscribers were last read (a start reads them again), and for administrators "Too Smailyst
 * loobujad", which reads them now so that the counts above are up to date before Käivita.
 */
export function ConsentReadNotice({ dryRun, disabled }: { dryRun: DryRun | undefined; disabled: boolean }) {
  const { t } = useTranslation('push-jobs');
  const admin = useCurrentUser()?.role === 'admin';
  const read = useReadConsent();
  const readAt = dryRun?.consentReadAt;
  const summary = read.data;
  return (
    <Stack gap={6}>
      <Text size="sm" c="dimmed">
        {readAt ? t('consent.readAt', { at: formatDateTime(readAt, currentLanguage()) }) : t('consent.neverRead')}
      </Text>
      {admin && (
        <Group gap="sm">
          <Button
            variant="default"
            size="xs"
            leftSection={<IconCloudDownload size={14} />}
            loading={read.isPending}
            disabled={disabled}
            onClick={() => read.mutate()}
          >
            {t('consent.read')}
          </Button>
          {summary && (
            <Text size="sm" role="status">
              {t('consent.readDone', {
                read: formatCount(summary.read),
                new: formatCount(summary.new),
                resubscribed: formatCount(summary.resubscribed),
                conflicts: formatCount(summary.conflicts),
                notHeld: formatCount(summary.notHeld),
              })}
            </Text>
          )}
        </Group>
      )}
      <FailureAlert title={t('consent.readFailed')} message={formLevelError(read.error)} />
    </Stack>
  );
}
