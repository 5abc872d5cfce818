import { Box, Button, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useEffect } from 'react';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { findMappingProblems, type Mapping, type MappingDraft } from '../../../../shared/smaily-fields';
import { PageTitle } from '../../../lib/components/PageTitle';
import { useLookups } from '../../../lib/lookups/get-lookups';
import { applyServerErrors } from '../../../lib/server-errors';
import { useUnsavedChangesGuard } from '../../../lib/use-unsaved-changes-guard';
import { useSaveMapping } from '../api/save-mapping';
import { MappingGrid } from './MappingGrid';
import classes from './MappingForm.module.css';
import { mappingResolver } from './mapping-resolver';
import { PayloadPreview } from './PayloadPreview';

const formId = 'smaily-fields-form';

/** The grid as one form, saved as one unit, with the preview of what it would send beside it. */
export function MappingForm({ saved }: { saved: Mapping }) {
  const { t } = useTranslation(['smaily-fields', 'common']);
  const lookups = useLookups();
  const save = useSaveMapping();
  const form = useForm<MappingDraft, unknown, Mapping>({
    resolver: mappingResolver(lookups.data),
    defaultValues: saved,
  });
  const { formState, handleSubmit, reset, setError, trigger } = form;
  useUnsavedChangesGuard(formState.isDirty && !formState.isSubmitting);
  // A grid saved under an older rule (e.g. `3_klass`, before names had to start with a letter or _) shows its
  // errors on their cells as it opens: pushes refuse to start until it is fixed.
  useEffect(() => {
    if (Object.keys(findMappingProblems(saved.rows)).length > 0) void trigger();
  }, [saved, trigger]);

  const submit = handleSubmit(async (mapping) => {
    try {
      const { rows, automaticSyncWholeSelectionDue } = await save.mutateAsync(mapping);
      reset({ rows });
      notifications.show({
        color: 'green',
        message: automaticSyncWholeSelectionDue ? t('savedWholeSelectionDue') : t('saved'),
      });
    } catch (error) {
      if (!applyServerErrors(error, setError, ['rows'])) {
        notifications.show({
          color: 'red',
          title: t('common:saveFailed'),
          message: error instanceof Error ? error.message : String(error),
        });
      }
    }
  });
  useHotkeys([['mod+S', () => void submit()]], []);

  return (
    <FormProvider {...form}>
      <PageTitle
        title={t('common:nav.smailyFields')}
        actions={
          <Button
            type="submit"
            form={formId}
            loading={save.isPending}
            leftSection={<IconDeviceFloppy size={16} />}
            title="Ctrl+S"
          >
            {t('common:save')}
          </Button>
        }
      />
      <Text c="dimmed" size="sm" mb="md" maw={720}>
        {t('intro')}
      </Text>
      {/* Side by side where the grid's whole values still fit beside the preview; otherwise the preview follows. */}
      <div className={classes.layout}>
        <Box flex={1} miw={0}>
          <form id={formId} onSubmit={(event) => void submit(event)} noValidate aria-label={t('grid')}>
            <MappingGrid lookups={lookups.data} />
          </form>
        </Box>
        <div className={classes.preview}>
          <PayloadPreview lookups={lookups.data} />
        </div>
      </div>
    </FormProvider>
  );
}
