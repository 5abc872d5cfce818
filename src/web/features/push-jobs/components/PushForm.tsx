import { Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isActiveJobStatus, startPushJobSchema, type StartPushJobInput } from '../../../../shared/push-jobs';
import { CodeSelectField } from '../../../lib/components/CodeSelectField';
import { sharedSchemaResolver } from '../../../lib/form-resolver';
import { useLookups } from '../../../lib/lookups/get-lookups';
import { applyServerErrors, formLevelError } from '../../../lib/server-errors';
import { useCurrentUser } from '../../../lib/session/get-me';
import { useSmailyStatus } from '../../../lib/smaily-status/get-smaily-status';
import { useDryRun } from '../api/get-dry-run';
import { useLatestPushJob } from '../api/get-latest-push-job';
import { useStartPushJob } from '../api/start-push-job';
import { ConsentReadNotice } from './ConsentReadNotice';
import { DryRunCounts } from './DryRunCounts';
import { confirmForgetClosed, ForgetClosedOption } from './ForgetClosedOption';
import { FailureAlert } from './FailureAlert';
import { classificationOptions, customerClassOptions } from '../../../lib/lookups/code-options';
import { chosenFilters } from '../../../lib/push-filters';
import { RunningJobNotice } from './RunningJobNotice';
import { SmailyStateNotice } from './SmailyStateNotice';

const resolver = sharedSchemaResolver(startPushJobSchema);
const fieldNames = ['custCat', 'classification', 'confirmAll'] as const;

interface PushFormProps {
  /** The server started a job (this one, or one someone has running): show it */
  onShowJob: (jobId: number) => void;
  onClose: () => void;
}

/** The määramisaken: Kliendiklass, Kliendi klassifikaator, what they select, and Käivita. */
export function PushForm({ onShowJob, onClose }: PushFormProps) {
  const { t } = useTranslation(['push-jobs', 'common']);
  const lookups = useLookups().data;
  const smailyState = useSmailyStatus().data?.state;
  const latest = useLatestPushJob().data?.job;
  const runningJob = latest && isActiveJobStatus(latest.status) ? latest : null;
  const start = useStartPushJob();
  const admin = useCurrentUser()?.role === 'admin';
  const [forgetClosed, setForgetClosed] = useState(false);
  const { control, register, handleSubmit, setError, setFocus, formState } = useForm<StartPushJobInput>({
    resolver,
    defaultValues: { custCat: '', classification: '', confirmAll: false },
  });
  // The dialog may have opened on something else (a loader, a job): Kliendiklass is where the user starts.
  useEffect(() => setFocus('custCat'), [setFocus]);
  const [custCat, classification, confirmAll] = useWatch({
    control,
    name: ['custCat', 'classification', 'confirmAll'],
  });
  const filters = chosenFilters({ custCat, classification });
  const everyone = !filters.custCat && !filters.classification;
  const dryRun = useDryRun(filters);
  const counted = dryRun.isPlaceholderData ? undefined : dryRun.data;
  // Enter and Käivita run only what the user has seen counted, with Smaily ready and nothing else running;
  // otherwise they say why, so Käivita only looks disabled (a disabled button would make Enter do nothing).
  const whyNot =
    smailyState !== 'active'
      ? t('form.notRunnable.smaily')
      : runningJob
        ? t('form.notRunnable.running')
        : counted === undefined
          ? t('form.notRunnable.counting')
          : counted.matching === 0
            ? t('form.notRunnable.noContacts')
            : null;
  const canRun = whyNot === null && (!everyone || confirmAll === true);
  // Said when Enter or Käivita is pressed, and only while it is still the reason.
  const [refusal, setRefusal] = useState<string | null>(null);

  const toForget = admin && forgetClosed ? (counted?.closedToForget ?? 0) : 0;

  const submit = handleSubmit((values) => {
    if (whyNot !== null) {
      setRefusal(whyNot);
      return;
    }
    if (!canRun) {
      setError('confirmAll', { type: 'required', message: t('form.confirmAllRequired') }, { shouldFocus: true });
      return;
    }
    const run = () =>
      start.mutate(
        {
          ...chosenFilters(values),
          ...(everyone && { confirmAll: true }),
          ...(toForget > 0 && { forgetClosed: { count: toForget } }),
        },
        { onSuccess: (job) => onShowJob(job.id), onError: (error) => applyServerErrors(error, setError, fieldNames) },
      );
    // Forgetting cannot be undone: it is asked for again, naming how many.
    if (toForget > 0) confirmForgetClosed(t, toForget, run);
    else run();
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        <SmailyStateNotice state={smailyState} />
        {runningJob && <RunningJobNotice job={runningJob} onShow={() => onShowJob(runningJob.id)} />}
        <Text size="sm">{t('form.intro')}</Text>
        <CodeSelectField
          control={control}
          name="custCat"
          label={t('form.customerClass')}
          placeholder={t('form.anyCustomerClass')}
          data={customerClassOptions(lookups)}
          autoFocus
        />
        <CodeSelectField
          control={control}
          name="classification"
          label={t('form.classification')}
          placeholder={t('form.anyClassification')}
          data={classificationOptions(lookups)}
        />
        <DryRunCounts dryRun={dryRun} />
        <ConsentReadNotice dryRun={counted} disabled={smailyState !== 'active'} />
        {admin && (
          <ForgetClosedOption count={counted?.closedToForget ?? 0} checked={forgetClosed} onChange={setForgetClosed} />
        )}
        {everyone && (
          <Checkbox
            label={t('form.confirmAll')}
            description={t('form.confirmAllHint')}
            error={formState.errors.confirmAll?.message}
            {...register('confirmAll')}
          />
        )}
        <FailureAlert title={t('form.startFailed')} message={formLevelError(start.error)} />
        {refusal !== null && refusal === whyNot && (
          <Text size="sm" c="red.9" role="alert">
            {refusal}
          </Text>
        )}
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onClose}>
            {t('common:cancel')}
          </Button>
          <Button
            type="submit"
            leftSection={<IconPlayerPlay size={16} />}
            data-disabled={!canRun || undefined}
            aria-disabled={!canRun}
            loading={start.isPending}
          >
            {t('form.run')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
