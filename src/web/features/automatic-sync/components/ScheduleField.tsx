import { Radio, Stack, TextInput } from '@mantine/core';
import { useController, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { automaticSyncSchedules } from '../../../../shared/automatic-sync';
import type { SettingsFormValues } from './settings-form';

/** Sagedus: every 15 minutes, every hour, or every day at a time typed under it (Tallinn time). */
export function ScheduleField({ control }: { control: Control<SettingsFormValues> }) {
  const { t } = useTranslation('automatic-sync');
  const { field: schedule } = useController({ control, name: 'schedule' });
  const { field: dailyAt, fieldState: dailyAtState } = useController({ control, name: 'dailyAt' });

  return (
    <Stack gap="xs">
      <Radio.Group label={t('settings.schedule')} value={schedule.value} onChange={schedule.onChange}>
        <Stack gap="xs" mt={6}>
          {automaticSyncSchedules.map((value) => (
            <Radio key={value} value={value} label={t(`settings.schedules.${value}`)} />
          ))}
        </Stack>
      </Radio.Group>
      {/* Asked only for "Iga päev kell", right under it, so that it reads as the end of that choice. */}
      {schedule.value === 'daily' && (
        <TextInput
          {...dailyAt}
          label={t('settings.dailyAt')}
          description={t('settings.dailyAtHint')}
          placeholder="03:30"
          maxLength={5}
          w={220}
          ml={28}
          inputMode="numeric"
          autoComplete="off"
          error={dailyAtState.error && t('settings.dailyAtInvalid')}
        />
      )}
    </Stack>
  );
}
