import { Paper, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DryRun } from '../../../../shared/push-jobs';
import { HttpError } from '../../../lib/http-error';
import { dryRunText } from './job-text';

function problem(error: Error): string {
  const fields = error instanceof HttpError ? Object.values(error.fieldErrors) : [];
  return fields.length > 0 ? fields.join('; ') : error.message;
}

/** The dry run of the chosen filters, in words; the last counts stay, dimmed, while new ones load. */
export function DryRunCounts({ dryRun }: { dryRun: UseQueryResult<DryRun> }) {
  const { t } = useTranslation('push-jobs');
  const { data, error, isFetching } = dryRun;
  let text = t('form.counting');
  if (error) text = problem(error);
  else if (data?.matching === 0) text = t('form.noContacts');
  else if (data) text = dryRunText(t, data);
  return (
    <Paper withBorder p="sm" bg="var(--mantine-color-gray-0)">
      <Text size="sm" fw={500} mb={4}>
        {t('form.countsLabel')}
      </Text>
      <Text size="sm" role="status" aria-busy={isFetching} c={error ? 'red' : isFetching ? 'dimmed' : undefined}>
        {text}
      </Text>
    </Paper>
  );
}
