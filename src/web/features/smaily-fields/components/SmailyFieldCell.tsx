import { Button, Stack, TextInput } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { MappingDraft } from '../../../../shared/smaily-fields';
import { toSmailyFieldName } from '../../../../shared/smaily-field-name';

interface SmailyFieldCellProps {
  index: number;
  /** Accessible name of the input, e.g. "Smaily väli, rida 3" */
  label: string;
  /** The e-mail row: its name cannot change */
  locked: boolean;
}

/** Smaily väli: free text; when it is not a valid name, the normalised one ("Äriala nimi" → ariala_nimi) is offered. */
export function SmailyFieldCell({ index, label, locked }: SmailyFieldCellProps) {
  const { t } = useTranslation('smaily-fields');
  const { register, setValue, trigger, formState } = useFormContext<MappingDraft>();
  const name = `rows.${index}.smailyField` as const;
  const typed = useWatch<MappingDraft, typeof name>({ name });
  const suggestion = toSmailyFieldName(typed);
  const offered = !locked && suggestion !== '' && suggestion !== typed;
  const hintId = `smaily-field-hint-${index}`;
  const error = formState.errors.rows?.[index]?.smailyField?.message;
  // After a save the form checks each edit itself; a cell loaded broken (see MappingForm) is checked here.
  const loadedBroken = error !== undefined && !formState.isSubmitted;
  const recheck = formState.isSubmitted || loadedBroken;

  const accept = () => setValue(name, suggestion, { shouldDirty: true, shouldValidate: recheck });
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (offered && event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      accept();
    }
  };

  return (
    <Stack gap={2} align="flex-start">
      <TextInput
        w="100%"
        aria-label={label}
        aria-describedby={offered ? hintId : undefined}
        readOnly={locked}
        variant={locked ? 'filled' : 'default'}
        title={locked ? t('emailRowLocked') : undefined}
        error={error}
        autoComplete="off"
        spellCheck={false}
        onKeyDown={onKeyDown}
        {...register(name, {
          onChange: () => {
            if (loadedBroken) void trigger(name);
          },
        })}
      />
      {offered && (
        <Button id={hintId} variant="subtle" size="compact-xs" title={t('suggestionHint')} onClick={accept}>
          {t('suggestion', { name: suggestion })}
        </Button>
      )}
    </Stack>
  );
}
