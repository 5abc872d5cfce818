import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { contactFields } from '../../../../shared/contact-fields';
import { allowsDescription, type MappingDraft } from '../../../../shared/smaily-fields';
import { useFieldLabel } from '../../../lib/use-field-label';
import { useLookupDropdown } from '../../../lib/use-lookup-dropdown';

interface ContactFieldCellProps {
  index: number;
  label: string;
  locked: boolean;
}

/**
 * Kontakti väli: a contact-card field, picked from the shared field list shown as "E-post (eMail)". The list
 * opens on typing or Ctrl+Enter (not on mere focus, so that Tab walks through the grid); arrows and Enter pick.
 */
export function ContactFieldCell({ index, label, locked }: ContactFieldCellProps) {
  const { t } = useTranslation('smaily-fields');
  const fieldLabel = useFieldLabel();
  const dropdown = useLookupDropdown();
  const { control, setValue } = useFormContext<MappingDraft>();
  const options = useMemo(
    () => contactFields.map(({ name }) => ({ value: name, label: `${fieldLabel(name)} (${name})` })),
    [fieldLabel],
  );

  // Tüüp and the type follow the field: Kirjeldus stays only where it exists, and types differ per field.
  const followField = (contactField: string) => {
    if (!allowsDescription(contactField)) setValue(`rows.${index}.valueKind`, 'value', { shouldDirty: true });
    setValue(`rows.${index}.typeCode`, null, { shouldDirty: true });
  };

  return (
    <Controller
      control={control}
      name={`rows.${index}.contactField`}
      render={({ field, fieldState }) => (
        <Select
          {...dropdown}
          ref={field.ref}
          name={field.name}
          aria-label={label}
          title={t('lookupHint')}
          placeholder={t('contactFieldPlaceholder')}
          data={options}
          value={field.value === '' ? null : field.value}
          onChange={(next) => {
            if (next === null || next === field.value) return;
            field.onChange(next);
            followField(next);
          }}
          onBlur={field.onBlur}
          searchable
          openOnFocus={false}
          allowDeselect={false}
          readOnly={locked}
          variant={locked ? 'filled' : 'default'}
          comboboxProps={{ width: 360, position: 'bottom-start' }}
          nothingFoundMessage={t('noFieldFound')}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}
