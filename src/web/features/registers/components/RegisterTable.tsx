import { ActionIcon, Badge, Group, Table, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isTypedKind, type RegisterEntry, type RegisterKind } from '../../../../shared/registers';
import stacked from '../../../lib/components/stacked-table.module.css';
import { moveBetweenRowsOnArrows } from '../../../lib/grid-keys';

interface RegisterTableProps {
  kind: RegisterKind;
  entries: readonly RegisterEntry[];
  /** A type code → its name, for classifications and objects */
  typeNames?: ReadonlyMap<string, string>;
  onEdit: (entry: RegisterEntry) => void;
  onDelete: (entry: RegisterEntry) => void;
}

/** A register's entries; one read from Standard Books is marked and has no edit or delete (it changes only there). */
export function RegisterTable({ kind, entries, typeNames, onEdit, onDelete }: RegisterTableProps) {
  const { t } = useTranslation('registers');
  return (
    <Table striped highlightOnHover verticalSpacing="xs" className={stacked.stackOnPhone}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={160}>{t('fields.code')}</Table.Th>
          <Table.Th>{t('fields.name')}</Table.Th>
          {typeNames && isTypedKind(kind) && <Table.Th>{t(`fields.typeCode.${kind}`)}</Table.Th>}
          <Table.Th w={180}>
            <VisuallyHidden>{t('actions')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      {/* ArrowDown and ArrowUp move to the same button of the next or previous row. */}
      <Table.Tbody onKeyDown={moveBetweenRowsOnArrows}>
        {entries.map((entry) => (
          <Table.Tr
            key={entry.code}
            onDoubleClick={entry.source === 'standard-books' ? undefined : () => onEdit(entry)}
          >
            <Table.Td data-label={t('fields.code')}>{entry.code}</Table.Td>
            <Table.Td data-label={t('fields.name')}>{entry.name}</Table.Td>
            {typeNames && isTypedKind(kind) && (
              <Table.Td title={typeNames.get(entry.typeCode ?? '')} data-label={t(`fields.typeCode.${kind}`)}>
                {entry.typeCode} {typeNames.has(entry.typeCode ?? '') && `— ${typeNames.get(entry.typeCode ?? '')}`}
              </Table.Td>
            )}
            <Table.Td>
              {entry.source === 'standard-books' ? (
                <Group justify="flex-end">
                  <Badge variant="light" title={t('fromStandardBooksHint')}>
                    {t('fromStandardBooks')}
                  </Badge>
                </Group>
              ) : (
                <Group gap={4} wrap="nowrap" justify="flex-end">
                  <ActionIcon
                    variant="subtle"
                    aria-label={t('editEntry', { code: entry.code })}
                    onClick={() => onEdit(entry)}
                  >
                    <IconPencil size={16} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('deleteEntry', { code: entry.code })}
                    onClick={() => onDelete(entry)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
