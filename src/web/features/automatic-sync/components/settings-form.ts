import type { Resolver } from 'react-hook-form';
import type { z } from 'zod';
import {
  automaticSyncSettingsSchema,
  defaultAutomaticSyncSettings,
  type AutomaticSyncSettings,
} from '../../../../shared/automatic-sync';
import { sharedSchemaResolver } from '../../../lib/form-resolver';
import { chosenFilters } from '../../../lib/push-filters';

/** The form as typed: a cleared Kliendiklass or Kliendi klassifikaator is "" until it is sent. */
export type SettingsFormValues = z.input<typeof automaticSyncSettingsSchema>;

export const formValuesOf = (settings: AutomaticSyncSettings): SettingsFormValues => ({
  ...settings,
  filters: { custCat: settings.filters.custCat ?? '', classification: settings.filters.classification ?? '' },
});

const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;
const schemaResolver = sharedSchemaResolver(automaticSyncSettingsSchema);

/**
 * The shared schema's resolver over what is sent: no empty filters, and a time typed for "Iga päev" but left
 * behind when another frequency was chosen does not block the save (the field is not even shown then).
 */
export const settingsResolver: Resolver<SettingsFormValues, unknown, AutomaticSyncSettings> = (
  values,
  context,
  options,
) => {
  const dailyAt = values.dailyAt.trim();
  return schemaResolver(
    {
      ...values,
      dailyAt:
        values.schedule === 'daily' || timePattern.test(dailyAt) ? dailyAt : defaultAutomaticSyncSettings.dailyAt,
      filters: chosenFilters(values.filters),
    },
    context,
    options,
  );
};
