import { AppShell, Box, Burger, Center, Group, Loader, ScrollArea, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { ModalsProvider } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, ScrollRestoration, useLocation, useNavigate } from 'react-router';
import { sessionExpiredEvent } from '../../lib/api-client';
import { QueryError } from '../../lib/components/QueryError';
import { LanguageSwitch } from '../../lib/components/LanguageSwitch';
import { HttpError } from '../../lib/http-error';
import { paths } from '../../lib/paths';
import { getMeQueryOptions } from '../../lib/session/get-me';
import { PausedBanner } from '../../features/automatic-sync/components/PausedBanner';
import { navigation, visibleNavigation } from './navigation';
import { NavigationMenu } from './NavigationMenu';
import { UserMenu } from './UserMenu';

/** The signed-in frame: header, the module menu, and the screen. Without a session it sends to sign-in. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useQuery(getMeQueryOptions());
  const [menuOpened, menu] = useDisclosure();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  useEffect(() => {
    const onExpired = () => {
      queryClient.clear();
      notifications.show({ color: 'yellow', message: t('sessionExpired') });
      void navigate(paths.login, { replace: true, state: { from: window.location.pathname } });
    };
    window.addEventListener(sessionExpiredEvent, onExpired);
    return () => window.removeEventListener(sessionExpiredEvent, onExpired);
  }, [navigate, queryClient, t]);

  if (me.isPending) {
    return (
      <Center mih="100vh">
        <Loader aria-label={t('loading')} />
      </Center>
    );
  }
  if (me.error instanceof HttpError && me.error.status === 401) {
    return <Navigate to={paths.login} replace state={{ from: location.pathname }} />;
  }
  if (me.error) return <QueryError error={me.error} onRetry={() => void me.refetch()} />;

  // Dialogs belong to the signed-in screens: the sign-in page does not load them.
  return (
    <ModalsProvider labels={{ confirm: t('confirm'), cancel: t('cancel') }}>
      <AppShell
        header={{ height: 56 }}
        navbar={{ width: 290, breakpoint: 'sm', collapsed: { mobile: !menuOpened } }}
        padding="md"
      >
        <AppShell.Header>
          <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap">
            {/* On a phone the title is short, so that it, the language and the user keep one line. */}
            <Group gap="sm" wrap="nowrap" miw={0}>
              <Burger
                opened={menuOpened}
                onClick={menu.toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={t('nav.toggle')}
              />
              <Title order={2} fz={{ base: 'md', sm: 'h4' }} lh={1.2} lineClamp={1}>
                <Box component="span" visibleFrom="xs">
                  {t('appName')}
                </Box>
                <Box component="span" hiddenFrom="xs">
                  {t('appNameShort')}
                </Box>
              </Title>
            </Group>
            <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
              <LanguageSwitch />
              <UserMenu user={me.data} />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="xs">
          <ScrollArea>
            <NavigationMenu sections={visibleNavigation(navigation, me.data.role)} onNavigate={menu.close} />
          </ScrollArea>
        </AppShell.Navbar>
        <AppShell.Main>
          {/* A new screen starts at its top (the back link of a card in view); Back returns to where the user was. */}
          <ScrollRestoration />
          {/* Only administrators can resume the automation, and only they may ask for its state. */}
          {me.data.role === 'admin' && <PausedBanner />}
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </ModalsProvider>
  );
}
