import { ColorSwatch, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JobCounts as Counts } from '../../../../shared/push-jobs';
import { formatCount } from './job-text';

// One colour per outcome, in the order a contact's outcome is read in the report.
const outcomes = [
  { key: 'sent', color: 'green.7' },
  { key: 'skipped', color: 'yellow.5' },
  { key: 'failed', color: 'red.7' },
  { key: 'notSent', color: 'gray.5' },
] as const;

interface JobCountsProps {
  counts: Counts;
  /** The job runs: say how much is done (an ended job's every contact has its outcome) */
  live?: boolean;
}

/** The bar of outcomes so far, how much is done, and each count in numbers. */
export function JobCounts({ counts, live = false }: JobCountsProps) {
  const { t } = useTranslation('push-jobs');
  const done = counts.total - counts.pending;
  const percent = counts.total === 0 ? 100 : Math.floor((done / counts.total) * 100);
  const processed = t('progress.processed', { done: formatCount(done), total: formatCount(counts.total), percent });
  return (
    <Stack gap="xs">
      {/* One progress bar for assistive technology; its coloured parts are only a picture of the counts. */}
      <Progress.Root
        size="xl"
        role="progressbar"
        aria-label={t('progress.label')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={processed}
      >
        {outcomes.map(({ key, color }) =>
          counts[key] > 0 && counts.total > 0 ? (
            <Progress.Section key={key} value={(counts[key] / counts.total) * 100} color={color} withAria={false} />
          ) : null,
        )}
      </Progress.Root>
      {live && (
        <Text size="sm" fw={500}>
          {processed}
        </Text>
      )}
      <Group gap="lg">
        {outcomes.map(({ key, color }) => (
          <Group key={key} gap={6} wrap="nowrap">
            <ColorSwatch
              color={`var(--mantine-color-${color.replace('.', '-')})`}
              size={12}
              withShadow={false}
              aria-hidden
            />
            <Text size="sm">
              {t(`progress.${key}`)} <strong>{formatCount(counts[key])}</strong>
            </Text>
          </Group>
        ))}
        {counts.pending > 0 && (
          <Text size="sm" c="dimmed">
            {t('progress.pending')} <strong>{formatCount(counts.pending)}</strong>
          </Text>
        )}
      </Group>
    </Stack>
  );
}
