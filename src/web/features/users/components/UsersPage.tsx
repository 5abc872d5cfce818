import { ActionIcon, Badge, Button, Menu, Table, Text, VisuallyHidden } from '@mantine/core';
import classes from '../../../lib/components/stacked-table.module.css';
import { useDisclosure } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconDots, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../shared/auth';
import { PageTitle } from '../../../lib/components/PageTitle';
import { QueryError } from '../../../lib/components/QueryError';
import { formatDateTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useCurrentUser } from '../../../lib/session/get-me';
import { useUpdateUser, useUsers } from '../api/users-api';
import { CreateUserModal, ResetPasswordModal } from './UserFormModal';

/** Kasutajad: administrators manage who may sign in and with which role. */
export function UsersPage() {
  const { t } = useTranslation(['users', 'common']);
  const me = useCurrentUser();
  const users = useUsers();
  const update = useUpdateUser();
  const [createOpened, createModal] = useDisclosure();
  const [resetting, setResetting] = useState<User | null>(null);

  const change = (user: User, changes: Parameters<typeof update.mutate>[0]['changes'], done: string) =>
    update.mutate(
      { id: user.id, changes },
      {
        onSuccess: () => notifications.show({ color: 'green', message: done }),
        onError: (error) => notifications.show({ color: 'red', message: error.message }),
      },
    );

  const confirmDeactivate = (user: User) =>
    modals.openConfirmModal({
      title: t('deactivate.title'),
      children: t('deactivate.body', { name: user.name }),
      labels: { confirm: t('deactivate.confirm'), cancel: t('common:cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => change(user, { active: false }, t('deactivate.done', { name: user.name })),
    });

  return (
    <>
      <PageTitle
        title={t('common:nav.users')}
        actions={
          <Button leftSection={<IconUserPlus size={16} />} onClick={createModal.open}>
            {t('create.open')}
          </Button>
        }
      />
      {users.error && <QueryError error={users.error} onRetry={() => void users.refetch()} />}
      {users.data && (
        <Table striped verticalSpacing="xs" className={classes.stackOnPhone}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('fields.name')}</Table.Th>
              <Table.Th>{t('fields.email')}</Table.Th>
              <Table.Th>{t('fields.role')}</Table.Th>
              <Table.Th>{t('fields.state')}</Table.Th>
              <Table.Th>{t('fields.createdAt')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.data.map((user) => (
              <Table.Tr key={user.id}>
                <Table.Td data-label={t('fields.name')}>
                  {user.name}
                  {user.id === me?.id && (
                    <Text span c="dimmed" size="sm">
                      {' '}
                      ({t('you')})
                    </Text>
                  )}
                </Table.Td>
                <Table.Td data-label={t('fields.email')} style={{ overflowWrap: 'anywhere' }}>
                  {user.email}
                </Table.Td>
                <Table.Td data-label={t('fields.role')}>{t(`common:roles.${user.role}`)}</Table.Td>
                <Table.Td data-label={t('fields.state')}>
                  <Badge color={user.active ? 'green' : 'gray'} variant="light">
                    {user.active ? t('active') : t('inactive')}
                  </Badge>
                </Table.Td>
                <Table.Td data-label={t('fields.createdAt')}>
                  {formatDateTime(user.createdAt, currentLanguage())}
                </Table.Td>
                <Table.Td>
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <ActionIcon variant="subtle" aria-label={t('actionsFor', { name: user.name })}>
                        <IconDots size={16} />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      {user.role === 'user' ? (
                        <Menu.Item
                          onClick={() => change(user, { role: 'admin' }, t('roleChanged', { name: user.name }))}
                        >
                          {t('makeAdmin')}
                        </Menu.Item>
                      ) : (
                        <Menu.Item
                          onClick={() => change(user, { role: 'user' }, t('roleChanged', { name: user.name }))}
                        >
                          {t('makeUser')}
                        </Menu.Item>
                      )}
                      <Menu.Item onClick={() => setResetting(user)}>{t('reset.open')}</Menu.Item>
                      {user.active ? (
                        // red.9: Mantine draws a menu item's colour in its shade 6, 3.3:1 on white.
                        <Menu.Item color="red.9" onClick={() => confirmDeactivate(user)}>
                          {t('deactivate.open')}
                        </Menu.Item>
                      ) : (
                        <Menu.Item onClick={() => change(user, { active: true }, t('activated', { name: user.name }))}>
                          {t('activate')}
                        </Menu.Item>
                      )}
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <CreateUserModal opened={createOpened} onClose={createModal.close} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </>
  );
}
