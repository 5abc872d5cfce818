import { Avatar, Box, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconKey, IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SessionUser } from '../../../shared/auth';
import { paths } from '../../lib/paths';
import { useLogout } from '../../features/auth/api/logout';
import { ChangeOwnPasswordModal } from '../../features/users/components/ChangeOwnPasswordModal';

export function UserMenu({ user }: { user: SessionUser }) {
  const { t } = useTranslation(['common', 'users']);
  const navigate = useNavigate();
  const logout = useLogout();
  const [passwordOpened, password] = useDisclosure(false);
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <UnstyledButton aria-label={t('userMenu')}>
            <Group gap="xs" wrap="nowrap">
              <Avatar size="sm" name={user.name} color="initials" />
              {/* On a phone the avatar alone stands for the user; the menu names them. */}
              <Box visibleFrom="sm">
                <Text size="sm" fw={500} lh={1.2}>
                  {user.name}
                </Text>
                <Text size="xs" c="dimmed" lh={1.2}>
                  {t(`roles.${user.role}`)}
                </Text>
              </Box>
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            {user.name} · {user.email}
          </Menu.Label>
          <Menu.Item leftSection={<IconKey size={16} />} onClick={password.open}>
            {t('users:ownPassword.open')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconLogout size={16} />}
            onClick={() => logout.mutate(undefined, { onSettled: () => void navigate(paths.login, { replace: true }) })}
          >
            {t('signOut')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ChangeOwnPasswordModal opened={passwordOpened} onClose={password.close} />
    </>
  );
}
