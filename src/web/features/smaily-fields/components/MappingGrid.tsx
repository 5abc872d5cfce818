import { Box, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { MappingDraft } from '../../../../shared/smaily-fields';
import type { Lookups } from '../../../../shared/registers';
import { smailyEmailField } from '../../../../shared/smaily-field-name';
import stacked from '../../../lib/components/stacked-table.module.css';
import { moveToNextCellOnEnter } from '../../../lib/grid-keys';
import { DeletedRowNotice, type DeletedRow } from './DeletedRowNotice';
import { MappingRowCells } from './MappingRowCells';

type Row = MappingDraft['rows'][number];

const emptyRow: Row = { smailyField: '', contactField: '', valueKind: 'value', typeCode: null };

/**
 * The rows of Smaily päringu väljad: one per Smaily field, added and deleted here, saved together. Enter moves
 * from cell to cell (and on from the last cell to Lisa rida); a deleted row can be taken back.
 */
export function MappingGrid({ lookups }: { lookups: Lookups | undefined }) {
  const { t } = useTranslation('smaily-fields');
  const { control, formState, getValues } = useFormContext<MappingDraft>();
  const { fields, append, remove, insert } = useFieldArray({ control, name: 'rows' });
  const gridError = formState.errors.rows?.root?.message ?? formState.errors.rows?.message;
  const [deleted, setDeleted] = useState<DeletedRow<Row> | null>(null);
  const addRowButton = useRef<HTMLButtonElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);

  // The focus was on the row's delete button, which is gone: it goes to the way back.
  useEffect(() => {
    if (deleted) undoButton.current?.focus();
  }, [deleted]);

  const removeRow = (index: number) => {
    setDeleted({ index, row: getValues(`rows.${index}`) });
    remove(index);
  };
  const undo = () => {
    if (!deleted) return;
    insert(deleted.index, deleted.row, { focusName: `rows.${deleted.index}.smailyField` });
    setDeleted(null);
  };

  return (
    <>
      {/* Sideways scrolling where the screen is narrower than the columns; on a phone a block per row instead. */}
      <Box style={{ overflowX: 'auto' }}>
        <Table
          verticalSpacing={6}
          horizontalSpacing="xs"
          layout="fixed"
          miw={{ base: 0, sm: 1000 }}
          className={stacked.stackOnPhone}
          onKeyDown={(event) => moveToNextCellOnEnter(event, () => addRowButton.current?.focus())}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={44}>{t('columns.row')}</Table.Th>
              <Table.Th>{t('columns.smailyField')}</Table.Th>
              {/* Wide enough for the longest value, e.g. "Exclude from mass e-mail (NoMailPosting)". */}
              <Table.Th w={350}>{t('columns.contactField')}</Table.Th>
              <Table.Th w={150}>{t('columns.valueKind')}</Table.Th>
              <Table.Th w={290}>{t('columns.typeCode')}</Table.Th>
              <Table.Th w={48}>
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
                onRemove={() => removeRow(index)}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      {gridError && (
        <Text c="red.9" size="sm" role="alert" mt="xs">
          {gridError}
        </Text>
      )}
      {deleted && (
        <DeletedRowNotice deleted={deleted} onUndo={undo} onClose={() => setDeleted(null)} undoRef={undoButton} />
      )}
      <Group mt="sm">
        <Button
          ref={addRowButton}
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() => append(emptyRow, { focusName: `rows.${fields.length}.smailyField` })}
        >
          {t('addRow')}
        </Button>
      </Group>
    </>
  );
}
