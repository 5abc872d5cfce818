import { Alert, Button, Fieldset, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconDeviceFloppy } from '@tabler/icons-react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AutomaticSyncSettings } from '../../../../shared/automatic-sync';
import { CodeSelectField } from '../../../lib/components/CodeSelectField';
import { classificationOptions, customerClassOptions } from '../../../lib/lookups/code-options';
import { useLookups } from '../../../lib/lookups/get-lookups';
import { applyServerErrors, formLevelError } from '../../../lib/server-errors';
import { useUnsavedChangesGuard } from '../../../lib/use-unsaved-changes-guard';
import { useSaveAutomaticSync } from '../api/save-automatic-sync';
import { ScheduleField } from './ScheduleField';
import { formValuesOf, settingsResolver, type SettingsFormValues } from './settings-form';

const fieldNames = ['enabled', 'schedule', 'dailyAt', 'filters'] as const;

/** On or off, when, and which contacts; saved together with Salvesta. A refused save keeps what was typed. */
export function SettingsForm({ saved }: { saved: AutomaticSyncSettings }) {
  const { t } = useTranslation(['automatic-sync', 'common']);
  const lookups = useLookups().data;
  const save = useSaveAutomaticSync();
  const { control, handleSubmit, reset, setError, formState } = useForm<
    SettingsFormValues,
    unknown,
    AutomaticSyncSettings
  >({ resolver: settingsResolver, defaultValues: formValuesOf(saved) });
  useUnsavedChangesGuard(formState.isDirty && !formState.isSubmitting);

  const submit = handleSubmit((settings) =>
    save.mutate(settings, {
      onSuccess: (status) => {
        reset(formValuesOf(status.settings));
        notifications.show({ color: 'green', message: t('settings.saved') });
      },
      onError: (error) => applyServerErrors(error, setError, fieldNames),
    }),
  );

  return (
    <Paper withBorder p="md">
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('settings.label')}>
        <Stack gap="md">
          <Title order={2} size="h4">
            {t('settings.title')}
          </Title>
          <Controller
            control={control}
            name="enabled"
            render={({ field: { value, onChange, ...field } }) => (
              // Mantine's switch keeps its own checked state: it is told the form's value, not registered.
              <Switch
                {...field}
                checked={value}
                onChange={(event) => onChange(event.currentTarget.checked)}
                label={t('settings.enabled')}
                description={t('settings.enabledHint')}
              />
            )}
          />
          <ScheduleField control={control} />
          <Fieldset
            variant="unstyled"
            legend={t('settings.selection')}
            // Drawn as the other fields' labels (Sagedus), with its hint right under it.
            styles={{
              legend: {
                fontWeight: 'var(--mantine-font-weight-medium)',
                fontSize: 'var(--mantine-font-size-sm)',
                marginBottom: 0,
              },
            }}
          >
            <Stack gap="xs">
              <Text size="xs" c="dimmed">
                {t('settings.selectionHint')}
              </Text>
              <CodeSelectField
                control={control}
                name="filters.custCat"
                label={t('settings.customerClass')}
                placeholder={t('settings.anyCustomerClass')}
                data={customerClassOptions(lookups)}
              />
              <CodeSelectField
                control={control}
                name="filters.classification"
                label={t('settings.classification')}
                placeholder={t('settings.anyClassification')}
                data={classificationOptions(lookups)}
              />
            </Stack>
          </Fieldset>
          {formLevelError(save.error) && (
            <Alert color="red" icon={<IconAlertTriangle />} title={t('settings.saveFailed')} role="alert">
              {formLevelError(save.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} leftSection={<IconDeviceFloppy size={16} />}>
              {t('common:save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
