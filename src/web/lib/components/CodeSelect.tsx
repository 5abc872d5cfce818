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
  /** Shows the codes, legible and reachable by Tab, with no way to change them (no list, no clear button) */
  readOnly?: boolean;
  /** 'filled' gives a read-only field its look */
  variant?: 'default' | 'filled';
  inputRef?: Ref<HTMLInputElement>;
  onBlur?: () => void;
  /** Takes the focus when a dialog opens */
  autoFocus?: boolean;
  /** Width, e.g. of a filter beside others */
  w?: number;
}

/**
 * What a read-only choice field (Select, MultiSelect) needs besides Mantine's readOnly: Mantine opens its
 * (hidden) list on a click all the same, which would announce the field as expanded, and its chevron would
 * promise a list.
 */
export const readOnlyChoiceProps = { dropdownOpened: false, 'aria-readonly': true, rightSection: null } as const;

/** The list's keys and hint for a field that can change, or none for a read-only one. */
function useChoiceList(readOnly: boolean | undefined) {
  const { t } = useTranslation();
  const dropdown = useLookupDropdown();
  return readOnly ? readOnlyChoiceProps : { ...dropdown, title: t('lookupHint') };
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
  const list = useChoiceList(props.readOnly);
  return (
    <Select
      {...props}
      {...list}
      ref={inputRef}
      value={value === '' ? null : value}
      onChange={(next) => onChange(next ?? '')}
      onSearchChange={(search) => {
        if (search === '' && value !== '' && !props.readOnly) onChange('');
      }}
      searchable
      clearable
      openOnFocus={false}
      nothingFoundMessage="—"
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
  const list = useChoiceList(props.readOnly);
  return (
    <MultiSelect
      {...props}
      {...list}
      ref={inputRef}
      value={value}
      onChange={onChange}
      searchable
      clearable
      openOnFocus={false}
      nothingFoundMessage="—"
      data-autofocus={autoFocus || undefined}
    />
  );
}
