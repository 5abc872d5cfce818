import { ActionIcon, NativeSelect, Select, Table, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  allowsDescription,
  allowsType,
  typedFields,
  valueKinds,
  type MappingDraft,
} from '../../../../shared/smaily-fields';
import type { Lookups } from '../../../../shared/registers';
import { useLookupDropdown } from '../../../lib/use-lookup-dropdown';
import { codeOption } from '../../../lib/lookups/code-options';
import { ContactFieldCell } from './ContactFieldCell';
import { SmailyFieldCell } from './SmailyFieldCell';

interface MappingRowCellsProps {
  index: number;
  /** The e-mail row: it cannot be deleted and its fields cannot change */
  locked: boolean;
  lookups: Lookups | undefined;
  onRemove: () => void;
}

/** One row of the grid; Tüüp and Objekti/Klassifikaatori tüüp are enabled only where the contact field has them. */
export function MappingRowCells({ index, locked, lookups, onRemove }: MappingRowCellsProps) {
  const { t } = useTranslation('smaily-fields');
  const { control, formState } = useFormContext<MappingDraft>();
  const contactField = useWatch({ control, name: `rows.${index}.contactField` });
  const typeDropdown = useLookupDropdown();
  const errors = formState.errors.rows?.[index];
  const row = index + 1;
  const cellLabel = (column: 'smailyField' | 'contactField' | 'valueKind' | 'typeCode') =>
    t('cell', { column: t(`columns.${column}`), row });
  const types = allowsType(contactField) ? (lookups?.[typedFields[contactField]] ?? []) : [];
  // On a phone each row is a block and each cell says which column it is.
  const column = (name: 'row' | 'smailyField' | 'contactField' | 'valueKind' | 'typeCode') => ({
    'data-label': t(`columns.${name}`),
  });

  return (
    <Table.Tr>
      <Table.Td {...column('row')}>
        <Text size="sm" c="dimmed">
          {row}
        </Text>
      </Table.Td>
      <Table.Td {...column('smailyField')}>
        <SmailyFieldCell index={index} label={cellLabel('smailyField')} locked={locked} />
      </Table.Td>
      <Table.Td {...column('contactField')}>
        <ContactFieldCell index={index} label={cellLabel('contactField')} locked={locked} />
      </Table.Td>
      <Table.Td {...column('valueKind')}>
        <Controller
          control={control}
          name={`rows.${index}.valueKind`}
          render={({ field }) => (
            <NativeSelect
              ref={field.ref}
              aria-label={cellLabel('valueKind')}
              data={valueKinds.map((kind) => ({ value: kind, label: t(`valueKinds.${kind}`) }))}
              value={field.value}
              onChange={(event) => field.onChange(event.currentTarget.value)}
              onBlur={field.onBlur}
              disabled={locked || !allowsDescription(contactField)}
              error={errors?.valueKind?.message}
            />
          )}
        />
      </Table.Td>
      <Table.Td {...column('typeCode')}>
        <Controller
          control={control}
          name={`rows.${index}.typeCode`}
          render={({ field }) => (
            <Select
              {...typeDropdown}
              ref={field.ref}
              aria-label={cellLabel('typeCode')}
              placeholder={allowsType(contactField) ? t('anyType') : undefined}
              data={types.map(codeOption)}
              value={field.value === '' ? null : field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              searchable
              clearable
              openOnFocus={false}
              disabled={locked || !allowsType(contactField)}
              comboboxProps={{ width: 320, position: 'bottom-end' }}
              error={errors?.typeCode?.message}
            />
          )}
        />
      </Table.Td>
      <Table.Td>
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t('deleteRow', { row })}
          title={locked ? t('emailRowLocked') : t('deleteRow', { row })}
          disabled={locked}
          onClick={onRemove}
          // Ctrl+Enter opens a list in the cell before; arriving here by Tab, it must not delete the row.
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) event.preventDefault();
          }}
        >
          <IconTrash size={16} />
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  );
}
