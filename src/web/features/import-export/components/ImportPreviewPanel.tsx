import { Group, List, Pagination, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  importFields,
  type ImportPreview,
  type ImportRejectedRow,
  type ImportTarget,
} from '../../../../shared/import-export';
import { formatNumber } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';

const pageSize = 25;

function Count({ label, value, color }: { label: string; value: number; color?: string }) {
  return (
    <Paper withBorder p="sm" role="group" aria-label={label}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text size="xl" fw={700} c={color}>
        {formatNumber(value, currentLanguage())}
      </Text>
    </Paper>
  );
}

/** Each problem of a rejected row, its field named: "Kliendiklass: Sellist kliendiklassi pole". */
function useReasons(target: ImportTarget): (row: ImportRejectedRow) => string[] {
  const language = currentLanguage();
  const labelOf = (name: string) => importFields[target].find((field) => field.name === name)?.label[language] ?? name;
  return (row) =>
    row.problems.map((problem) => (problem.field ? `${labelOf(problem.field)}: ${problem.message}` : problem.message));
}

/** What a confirmed import would do: counts, and every rejected row with its line in the file and the reason. */
export function ImportPreviewPanel({ target, preview }: { target: ImportTarget; preview: ImportPreview }) {
  const { t } = useTranslation('import-export');
  const reasons = useReasons(target);
  const [page, setPage] = useState(1);
  const rows = preview.rejectedRows.slice((page - 1) * pageSize, page * pageSize);
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Count label={t('preview.create')} value={preview.create} color="green.8" />
        <Count label={t('preview.update')} value={preview.update} color="blue.8" />
        <Count label={t('preview.unchanged')} value={preview.unchanged} />
        <Count
          label={t('preview.rejected')}
          value={preview.rejected}
          color={preview.rejected > 0 ? 'red.8' : undefined}
        />
      </SimpleGrid>
      {preview.rejected > 0 && (
        <>
          <Title order={3} size="h5">
            {t('preview.rejectedTitle')}
          </Title>
          {preview.rejectedRows.length < preview.rejected && (
            <Text size="sm" c="dimmed">
              {t('preview.rejectedFirst', {
                shown: formatNumber(preview.rejectedRows.length, currentLanguage()),
                total: formatNumber(preview.rejected, currentLanguage()),
              })}
            </Text>
          )}
          <Table striped verticalSpacing={4} aria-label={t('preview.rejectedTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={80}>{t('preview.line')}</Table.Th>
                <Table.Th w={160}>{t('preview.code')}</Table.Th>
                <Table.Th>{t('preview.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.line}>
                  <Table.Td>{row.line}</Table.Td>
                  <Table.Td>{row.code}</Table.Td>
                  <Table.Td>
                    {/* Every problem of the row, one per line. */}
                    <List size="sm" listStyleType="none">
                      {reasons(row).map((reason) => (
                        <List.Item key={reason}>{reason}</List.Item>
                      ))}
                    </List>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {preview.rejectedRows.length > pageSize && (
            <Group justify="flex-end">
              <Pagination
                total={Math.ceil(preview.rejectedRows.length / pageSize)}
                value={page}
                onChange={setPage}
                size="sm"
                aria-label={t('preview.pagination')}
              />
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
