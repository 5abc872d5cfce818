import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLookupDropdown } from '../../../lib/use-lookup-dropdown';
import { usePreviewContacts } from '../api/get-preview-contacts';

interface PreviewContactPickerProps {
  value: string | null;
  onChange: (code: string | null) => void;
}

const contactLabel = (contact: { Code: string; Name: string }) => `${contact.Code} ${contact.Name}`;

/** Searches the whole register on the server (code, name or e-mail) and offers the first matches. */
export function PreviewContactPicker({ value, onChange }: PreviewContactPickerProps) {
  const { t } = useTranslation(['smaily-fields', 'common']);
  const dropdown = useLookupDropdown();
  const [search, setSearch] = useState('');
  const [selectedLabel, setSelectedLabel] = useState('');
  // The input shows the chosen contact's label; that text is not a search.
  const [debounced] = useDebouncedValue(search === selectedLabel ? '' : search.trim(), 250);
  const contacts = usePreviewContacts(debounced);
  const options = (contacts.data?.items ?? []).map((contact) => ({
    value: contact.Code,
    label: contactLabel(contact),
  }));

  return (
    <Select
      {...dropdown}
      label={t('preview.pickContact')}
      placeholder={t('preview.pickPlaceholder')}
      title={t('lookupHint')}
      data={options}
      value={value}
      onChange={(code, option) => {
        setSelectedLabel(option?.label ?? '');
        onChange(code);
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server has already filtered by code, name and e-mail; a label filter would drop e-mail matches.
      filter={({ options: all }) => all}
      clearable
      nothingFoundMessage={contacts.isFetching ? t('common:loading') : t('preview.noContacts')}
    />
  );
}
