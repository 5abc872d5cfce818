import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AutomaticSyncStatus } from '../../../../shared/automatic-sync';
import { formatNumber } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { paths } from '../../../lib/paths';
import { useTallinnTime } from './tallinn-time';

type Run = NonNullable<AutomaticSyncStatus['lastRun']>;

/** When the last run was, and what it did in words; a run that started a job links to it in the jobs list. */
export function LastRun({ run }: { run: Run | null }) {
  const { t } = useTranslation('automatic-sync');
  const tallinnTime = useTallinnTime();
  if (!run) return <Text size="sm">{t('runs.lastNone')}</Text>;
  const count = (value: number) => formatNumber(value, currentLanguage());

  let outcome;
  if (run.outcome === 'job' && run.job) {
    const { job } = run;
    outcome = (
      <>
        <Anchor
          component={Link}
          to={paths.smailyPushJob(job.id)}
          size="sm"
          aria-label={t('runs.openJob', { id: job.id })}
        >
          {t('runs.job', { id: job.id })}
        </Anchor>{' '}
        —{' '}
        {t('runs.jobCounts', {
          status: t(`runs.jobStatus.${job.status}`),
          sent: count(job.counts.sent),
          skipped: count(job.counts.skipped),
          failed: count(job.counts.failed),
          notSent: count(job.counts.notSent),
        })}
      </>
    );
  } else if (run.outcome === 'nothing-to-send' && run.nothingSince) {
    outcome = t('runs.outcomes.nothing-to-send-since', { since: tallinnTime(run.nothingSince) });
  } else if (run.outcome !== 'job') {
    outcome = t(`runs.outcomes.${run.outcome}`);
  }

  return (
    <Text size="sm">
      {tallinnTime(run.at)}
      {outcome && <br />}
      {outcome}
    </Text>
  );
}
