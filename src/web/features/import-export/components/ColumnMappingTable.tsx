import { Select, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { importFields, type ImportTarget, type MappingProblem } from '../../../../shared/import-export';
import { currentLanguage } from '../../../lib/i18n';

interface ColumnMappingTableProps {
  target: ImportTarget;
  header: readonly string[];
  /** The first data row, to show what each column holds */
  sample: readonly string[];
  mapping: readonly (string | null)[];
  problems: ReadonlyMap<number, MappingProblem>;
  onChange: (column: number, field: string | null) => void;
  disabled?: boolean;
}

/** One row per column of the file, with the field it goes to (matched by name, changeable, or left out). */
export function ColumnMappingTable({
  target,
  header,
  sample,
  mapping,
  problems,
  onChange,
  disabled,
}: ColumnMappingTableProps) {
  const { t } = useTranslation('import-export');
  const language = currentLanguage();
  const options = importFields[target].map((field) => ({
    value: field.name,
    label: `${field.label[language]} (${field.name})`,
  }));
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('mapping.column')}</Table.Th>
            <Table.Th>{t('mapping.sample')}</Table.Th>
            <Table.Th w={320}>{t('mapping.field')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {header.map((column, index) => (
            <Table.Tr key={`${index}-${column}`}>
              <Table.Td fw={500}>{column}</Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed" lineClamp={1} maw={260}>
                  {sample[index]}
                </Text>
              </Table.Td>
              <Table.Td>
                <Select
                  aria-label={t('mapping.fieldFor', { column })}
                  data={options}
                  value={mapping[index] ?? null}
                  onChange={(value) => onChange(index, value)}
                  placeholder={t('mapping.notImported')}
                  error={problems.get(index) === 'duplicateField' ? t('mapping.duplicateField') : undefined}
                  searchable
                  clearable
                  disabled={disabled}
                  size="xs"
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
