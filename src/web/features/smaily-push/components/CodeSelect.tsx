import { Select, type ComboboxData } from '@mantine/core';
import { useController, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { StartPushJobInput } from '../../../../shared/push-jobs';
import { useLookupDropdown } from '../../../lib/use-lookup-dropdown';

interface CodeSelectProps {
  control: Control<StartPushJobInput>;
  name: 'custCat' | 'classification';
  label: string;
  /** Shown when nothing is chosen: what "no filter" means */
  placeholder: string;
  data: ComboboxData;
  /** Takes the focus when the dialog opens */
  autoFocus?: boolean;
}

/** One optional filter code (Kliendiklass, Kliendi klassifikaator): searchable, clearable, Ctrl+Enter opens the list. */
export function CodeSelect({ control, name, autoFocus = false, ...props }: CodeSelectProps) {
  const { t } = useTranslation('smaily-push');
  const {
    field: { ref, value = '', onChange, onBlur },
    fieldState,
  } = useController({ control, name });
  const dropdown = useLookupDropdown();
  return (
    <Select
      {...props}
      {...dropdown}
      ref={ref}
      value={value === '' ? null : value}
      onChange={(next) => onChange(next ?? '')}
      onBlur={onBlur}
      // Deleting the text clears the choice: the keyboard's way, as the clear button is for the mouse.
      onSearchChange={(search) => {
        if (search === '' && value !== '') onChange('');
      }}
      error={fieldState.error?.message}
      searchable
      clearable
      // Standard Books opens the list on Ctrl+Enter, a click or typing; focus alone leaves the counts in sight.
      openOnFocus={false}
      nothingFoundMessage="—"
      title={t('form.lookupHint')}
      data-autofocus={autoFocus || undefined}
    />
  );
}
