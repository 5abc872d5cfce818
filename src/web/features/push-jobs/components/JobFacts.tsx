import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PushJob } from '../../../../shared/push-jobs';
import { formatDateTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { durationText, formatCount, skippedReasonsText } from './job-text';

/** The summary's facts: why contacts were skipped, when the job ran and how long it took. */
export function JobFacts({ job }: { job: PushJob }) {
  const { t } = useTranslation('push-jobs');
  const language = currentLanguage();
  const facts: [string, string][] = [
    [t('summary.total'), formatCount(job.counts.total)],
    ...(job.counts.skipped > 0
      ? [
          [
            t('progress.skipped'),
            t('summary.skippedReasons', {
              n: formatCount(job.counts.skipped),
              reasons: skippedReasonsText(t, job.skippedByReason),
            }),
          ] as [string, string],
        ]
      : []),
    [t('summary.startedAt'), formatDateTime(job.startedAt, language)],
    [t('summary.finishedAt'), formatDateTime(job.finishedAt, language)],
    [t('summary.duration'), durationText(t, job)],
  ];
  return (
    <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px' }}>
      {facts.map(([label, value]) => (
        <div key={label} style={{ display: 'contents' }}>
          <Text component="dt" size="sm" fw={500}>
            {label}
          </Text>
          <Text component="dd" size="sm" m={0}>
            {value}
          </Text>
        </div>
      ))}
    </dl>
  );
}
