import { Alert, Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AutomaticSyncStatus } from '../../../../shared/automatic-sync';
import { formLevelError } from '../../../lib/server-errors';
import { useResumeAutomaticSync } from '../api/resume-automatic-sync';
import { useTallinnTime } from './tallinn-time';

type Pause = NonNullable<AutomaticSyncStatus['paused']>;

/** On the settings page: why the automation stopped itself, what to fix, and Jätka once it is fixed. */
export function PausedNotice({ paused }: { paused: Pause }) {
  const { t } = useTranslation('automatic-sync');
  const tallinnTime = useTallinnTime();
  const resume = useResumeAutomaticSync();
  const refusal = formLevelError(resume.error);

  return (
    <Alert color="red" icon={<IconAlertTriangle />} title={t('paused.title')} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          {t(`paused.reasons.${paused.reason}`)} {t('paused.since', { at: tallinnTime(paused.since) })}
        </Text>
        {paused.detail && <Text size="sm">{t('paused.detail', { detail: paused.detail })}</Text>}
        <Text size="sm">{t(`paused.help.${paused.reason}`)}</Text>
        {refusal && (
          <Text size="sm" fw={500}>
            {t('paused.resumeFailed')}: {refusal}
          </Text>
        )}
        <Button
          color="red"
          leftSection={<IconPlayerPlay size={16} />}
          loading={resume.isPending}
          onClick={() =>
            resume.mutate(undefined, {
              onSuccess: () => notifications.show({ color: 'green', message: t('paused.resumed') }),
            })
          }
        >
          {t('paused.resume')}
        </Button>
      </Stack>
    </Alert>
  );
}
