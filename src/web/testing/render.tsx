import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render as testingLibraryRender } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createAppTheme, cssVariablesResolver } from '../app/theme';
import { changeLanguage, i18n } from '../lib/i18n';

interface RenderOptions {
  /** The address the screen is rendered at, e.g. /contacts/card/100001 */
  path?: string;
  /** The route pattern the element is mounted on, e.g. /contacts/card/:code */
  route?: string;
}

/**
 * Renders a screen as the app does — Mantine (test env: no transitions), a fresh QueryClient without retries,
 * modals, notifications and a router — in Estonian.
 */
export function renderScreen(element: ReactElement, { path = '/', route = path }: RenderOptions = {}) {
  void changeLanguage('et');
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter(
    [
      { path: route, element },
      { path: '*', element: <div data-testid="navigated-away" /> },
    ],
    { initialEntries: [path] },
  );
  const result = testingLibraryRender(
    <MantineProvider
      theme={createAppTheme(i18n.getFixedT('et', 'common'))}
      cssVariablesResolver={cssVariablesResolver}
      env="test"
    >
      <QueryClientProvider client={queryClient}>
        <ModalsProvider>
          <Notifications />
          <RouterProvider router={router} />
        </ModalsProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
  return { ...result, router, queryClient };
}
