import { Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { MappingDraft } from '../../../../shared/smaily-fields';
import type { Lookups } from '../../../../shared/registers';
import { smailyEmailField } from '../../../../shared/smaily-field-name';
import { MappingRowCells } from './MappingRowCells';

const emptyRow: MappingDraft['rows'][number] = {
  smailyField: '',
  contactField: '',
  valueKind: 'value',
  typeCode: null,
};

/** The rows of Smaily päringu väljad: one per Smaily field, added and deleted here, saved together. */
export function MappingGrid({ lookups }: { lookups: Lookups | undefined }) {
  const { t } = useTranslation('smaily-fields');
  const { control, formState } = useFormContext<MappingDraft>();
  const { fields, append, remove } = useFieldArray({ control, name: 'rows' });
  const gridError = formState.errors.rows?.root?.message ?? formState.errors.rows?.message;

  return (
    <>
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing={6} horizontalSpacing="xs" layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={32}>{t('columns.row')}</Table.Th>
              <Table.Th>{t('columns.smailyField')}</Table.Th>
              <Table.Th>{t('columns.contactField')}</Table.Th>
              <Table.Th w={130}>{t('columns.valueKind')}</Table.Th>
              <Table.Th w={190}>{t('columns.typeCode')}</Table.Th>
              <Table.Th w={40}>
                <VisuallyHidden>{t('columns.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {fields.map((field, index) => (
              <MappingRowCells
                key={field.id}
                index={index}
                // The e-mail row as loaded: Smaily's key, so it stays (a new row typed "email" is not it).
                locked={field.smailyField === smailyEmailField && field.contactField === 'eMail'}
                lookups={lookups}
                onRemove={() => remove(index)}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {gridError && (
        <Text c="red.8" size="sm" role="alert" mt="xs">
          {gridError}
        </Text>
      )}
      <Group mt="sm">
        <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => append(emptyRow)}>
          {t('addRow')}
        </Button>
      </Group>
    </>
  );
}
