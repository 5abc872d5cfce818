import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ScrollableTable } from '../../../lib/components/ScrollableTable';
import type { SbRegisterMark } from '../../../../shared/standard-books-sync';
import { formatDateTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useReadText } from './read-text';

/** Where each register stands: its name on the server, the stored sequence, and when it was last read. */
export function RegisterMarks({ marks }: { marks: readonly SbRegisterMark[] }) {
  const { t } = useTranslation(['standard-books-sync', 'common']);
  const text = useReadText();
  const language = currentLanguage();
  const when = (at: string | null) => (at ? formatDateTime(at, language) : t('common:none'));
  return (
    <ScrollableTable minWidth={560} label={t('marks')}>
      <Table verticalSpacing={4} aria-label={t('marks')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.register')}</Table.Th>
            <Table.Th>{t('columns.sequence')}</Table.Th>
            <Table.Th>{t('columns.readAt')}</Table.Th>
            <Table.Th>{t('columns.fullReadAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {marks.map((mark) => (
            <Table.Tr key={mark.register}>
              <Table.Th scope="row" fw={500}>
                {text.register(mark.register)}{' '}
                <Text span size="xs" c="dimmed">
                  ({mark.name})
                </Text>
              </Table.Th>
              <Table.Td>{mark.sequence ?? t('common:none')}</Table.Td>
              <Table.Td>{when(mark.readAt)}</Table.Td>
              <Table.Td>{when(mark.fullReadAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollableTable>
  );
}
