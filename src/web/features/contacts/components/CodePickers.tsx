import { MultiSelect, Select, type ComboboxData } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLookupDropdown } from '../../../lib/use-lookup-dropdown';

interface PickerProps {
  /** The Standard Books field name, used as the input's id */
  id: string;
  label: string;
  data: ComboboxData;
  error?: string;
  disabled?: boolean;
}

/** One code from a register (e.g. Kliendiklass), searchable, Ctrl+Enter opens the list. */
export function CodePicker({ value, onChange, ...props }: PickerProps & { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation('contacts');
  const dropdown = useLookupDropdown();
  return (
    <Select
      {...props}
      {...dropdown}
      value={value === '' ? null : value}
      onChange={(next) => onChange(next ?? '')}
      searchable
      clearable
      nothingFoundMessage="—"
      title={t('card.lookupHint')}
    />
  );
}

/** Several codes in the card's order (e.g. Klassifikaator), searchable, Ctrl+Enter opens the list. */
export function CodesPicker({ value, onChange, ...props }: PickerProps & { value: string[]; onChange: (value: string[]) => void }) {
  const { t } = useTranslation('contacts');
  const dropdown = useLookupDropdown();
  return <MultiSelect {...props} {...dropdown} value={value} onChange={onChange} searchable clearable nothingFoundMessage="—" title={t('card.lookupHint')} />;
}
