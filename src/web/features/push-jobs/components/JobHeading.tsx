import { Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PushJob } from '../../../../shared/push-jobs';
import { smailyHost } from '../../../../shared/smaily-account';
import { formatDateTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useSelectionText } from './job-text';

/**
 * "Töö nr 12", what it selects and who started it. The heading takes the focus when the dialog changes view, so
 * that Escape and Tab keep working and a screen reader announces the new view.
 */
export function JobHeading({ job }: { job: PushJob }) {
  const { t } = useTranslation('push-jobs');
  const selection = useSelectionText();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Stack gap={2}>
      <Title order={2} size="h4" ref={heading} tabIndex={-1} data-autofocus style={{ outline: 'none' }}>
        {t('jobNumber', { id: job.id })} · {t(`status.${job.status}`)}
      </Title>
      <Text size="sm">{selection(job.filters, job.resendOf)}</Text>
      <Text size="sm" c="dimmed">
        {t('jobMeta', {
          name: job.startedBy.name ?? t('system'),
          at: formatDateTime(job.startedAt, currentLanguage()),
          address: smailyHost(job.subdomain),
        })}
      </Text>
    </Stack>
  );
}
