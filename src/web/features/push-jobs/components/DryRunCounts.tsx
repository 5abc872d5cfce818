import { Paper, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DryRun } from '../../../../shared/push-jobs';
import { HttpError } from '../../../lib/http-error';
import { formatCount, skippedReasonsText } from './job-text';

function problem(error: Error): string {
  const fields = error instanceof HttpError ? Object.values(error.fieldErrors) : [];
  return fields.length > 0 ? fields.join('; ') : error.message;
}

/** "Jäetakse vahele: 32 (suletud 8, e-postita 13, …)", "Edastatakse: 268 (neist loobununa 5)": one per line. */
function Count({ label, value, detail }: { label: string; value: number; detail?: string }) {
  return (
    <Text component="li" size="sm">
      {label}: <strong>{formatCount(value)}</strong>
      {detail && ` (${detail})`}
    </Text>
  );
}

/** The dry run of the chosen filters as labelled numbers; the last counts stay, dimmed, while new ones load. */
export function DryRunCounts({ dryRun }: { dryRun: UseQueryResult<DryRun> }) {
  const { t } = useTranslation('push-jobs');
  const { data, error, isFetching } = dryRun;
  const labelId = useId();
  let content = <Text size="sm">{t('form.counting')}</Text>;
  if (error)
    content = (
      <Text size="sm" c="red.9">
        {problem(error)}
      </Text>
    );
  else if (data?.matching === 0) content = <Text size="sm">{t('form.noContacts')}</Text>;
  else if (data) {
    const reasons = skippedReasonsText(t, data.skipped);
    content = (
      <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
        <Count label={t('counts.matching')} value={data.matching} />
        <Count
          label={t('counts.toSend')}
          value={data.toSend}
          detail={data.unsubscribed > 0 ? t('counts.unsubscribed', { n: formatCount(data.unsubscribed) }) : undefined}
        />
        <Count label={t('counts.skipped')} value={data.matching - data.toSend} detail={reasons || undefined} />
      </Stack>
    );
  }
  return (
    <Paper withBorder p="sm" bg="var(--mantine-color-gray-0)">
      <Text size="sm" fw={500} mb={4} id={labelId}>
        {t('form.countsLabel')}
      </Text>
      <div
        role="status"
        aria-labelledby={labelId}
        aria-busy={isFetching}
        style={{ opacity: isFetching && !error ? 0.6 : 1 }}
      >
        {content}
      </div>
    </Paper>
  );
}
