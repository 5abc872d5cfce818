import { MultiSelect, Select, type ComboboxData } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useLookupDropdown } from '../use-lookup-dropdown';

export interface CodeSelectBaseProps {
  /** The input's id, e.g. the Standard Books field name */
  id?: string;
  label: string;
  data: ComboboxData;
  error?: string;
  /** Shown when nothing is chosen */
  placeholder?: string;
  disabled?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  onBlur?: () => void;
  /** Takes the focus when a dialog opens */
  autoFocus?: boolean;
  /** Width, e.g. of a filter beside others */
  w?: number;
}

/**
 * A code from a register (Kliendiklass, Klassifikaator…) the Standard Books way: searchable, Ctrl+Enter, a click
 * or typing opens the list (focus alone does not), and deleting the text clears the choice — the keyboard's
 * way, since the clear button is for the mouse. The empty string means "none".
 */
export function CodeSelect({
  value,
  onChange,
  inputRef,
  autoFocus,
  ...props
}: CodeSelectBaseProps & { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const dropdown = useLookupDropdown();
  return (
    <Select
      {...props}
      {...dropdown}
      ref={inputRef}
      value={value === '' ? null : value}
      onChange={(next) => onChange(next ?? '')}
      onSearchChange={(search) => {
        if (search === '' && value !== '') onChange('');
      }}
      searchable
      clearable
      openOnFocus={false}
      nothingFoundMessage="—"
      title={t('lookupHint')}
      data-autofocus={autoFocus || undefined}
    />
  );
}

/** Several codes in the order chosen (a card's Klassifikaator, Objektid); the same keys as CodeSelect. */
export function CodesSelect({
  value,
  onChange,
  inputRef,
  autoFocus,
  ...props
}: CodeSelectBaseProps & { value: string[]; onChange: (value: string[]) => void }) {
  const { t } = useTranslation();
  const dropdown = useLookupDropdown();
  return (
    <MultiSelect
      {...props}
      {...dropdown}
      ref={inputRef}
      value={value}
      onChange={onChange}
      searchable
      clearable
      openOnFocus={false}
      nothingFoundMessage="—"
      title={t('lookupHint')}
      data-autofocus={autoFocus || undefined}
    />
  );
}
