import { Anchor, Badge, Group, Table, Text, UnstyledButton } from '@mantine/core';
import { IconMailOff, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ContactListItem } from '../../../../shared/contacts';
import { moveBetweenRowsOnArrows } from '../../../lib/grid-keys';
import { paths } from '../../../lib/paths';
import { useFieldLabel } from '../../../lib/use-field-label';
import { StandardBooksBadge } from './StandardBooksBadge';

interface ContactsTableProps {
  items: readonly ContactListItem[];
  sort: 'code' | '-code';
  onSortChange: (sort: 'code' | '-code') => void;
  /** Runs before a card opens: the register settles its search, so that "back" returns to what was typed */
  beforeOpen: () => void;
}

export function ContactsTable({ items, sort, onSortChange, beforeOpen }: ContactsTableProps) {
  const { t } = useTranslation('contacts');
  const label = useFieldLabel();
  const navigate = useNavigate();
  const ascending = sort === 'code';
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th aria-sort={ascending ? 'ascending' : 'descending'}>
              <UnstyledButton
                onClick={() => onSortChange(ascending ? '-code' : 'code')}
                aria-label={ascending ? t('register.sortDescending') : t('register.sortAscending')}
              >
                <Group gap={4} wrap="nowrap">
                  <Text fw={700} size="sm">
                    {label('Code')}
                  </Text>
                  {ascending ? <IconSortAscending size={16} /> : <IconSortDescending size={16} />}
                </Group>
              </UnstyledButton>
            </Table.Th>
            <Table.Th>{label('Name')}</Table.Th>
            <Table.Th>{label('eMail')}</Table.Th>
            <Table.Th>{label('CustCat')}</Table.Th>
            <Table.Th>{label('Classification')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        {/* ArrowDown and ArrowUp move from a row's code to the next or previous one. */}
        <Table.Tbody onKeyDown={moveBetweenRowsOnArrows}>
          {items.map((contact) => (
            <Table.Tr
              key={contact.Code}
              onClick={() => {
                beforeOpen();
                void navigate(paths.contact(contact.Code));
              }}
              style={{ cursor: 'pointer' }}
            >
              <Table.Td>
                {/* The link makes each row reachable by Tab and Enter; the row click is a mouse convenience. */}
                <Anchor
                  component={Link}
                  to={paths.contact(contact.Code)}
                  onClick={(event) => {
                    event.stopPropagation();
                    beforeOpen();
                  }}
                >
                  {contact.Code}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <span>{contact.Name}</span>
                  {contact.blockedFlag && (
                    <Badge size="xs" color="gray" variant="outline">
                      {t('register.closed')}
                    </Badge>
                  )}
                  <StandardBooksBadge contact={contact} />
                  {contact.NoMailPosting && <IconMailOff size={16} aria-label={t('register.noMassMail')} role="img" />}
                </Group>
              </Table.Td>
              <Table.Td>{contact.eMail}</Table.Td>
              <Table.Td title={contact.CustCatName ?? undefined}>{contact.CustCat}</Table.Td>
              <Table.Td>{contact.Classification.join(', ')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
