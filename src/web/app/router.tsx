import type { ComponentType } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { paths } from '../lib/paths';
import { MovedPage } from './routes/MovedPage';
import { PageLoader } from './routes/PageLoader';
import { RouteError } from './routes/RouteError';
import { RequireAdmin } from './shell/RequireAdmin';
import { RootLayout } from './shell/RootLayout';

/** A screen whose code is loaded when it is first visited, so the sign-in page carries none of the others. */
const screen = (load: () => Promise<ComponentType>): Pick<RouteObject, 'lazy'> => ({
  lazy: async () => ({ Component: await load() }),
});

/** A settings screen: only an administrator sees it (the server refuses its API to others anyway). */
const adminScreen = (load: () => Promise<ComponentType>): Pick<RouteObject, 'lazy'> => ({
  lazy: async () => {
    const Screen = await load();
    return {
      element: (
        <RequireAdmin>
          <Screen />
        </RequireAdmin>
      ),
    };
  },
});

export function createRouter() {
  return createBrowserRouter([
    {
      element: <RootLayout />,
      errorElement: <RouteError />,
      hydrateFallbackElement: <PageLoader />,
      children: [
        {
          path: paths.login,
          ...screen(async () => (await import('../features/auth/components/LoginPage')).LoginPage),
        },
        {
          path: paths.setup,
          ...screen(async () => (await import('../features/auth/components/SetupPage')).SetupPage),
        },
        {
          ...screen(async () => (await import('./shell/AppLayout')).AppLayout),
          children: [
            {
              // Inside the frame: a screen that fails to load leaves the menu in place.
              errorElement: <RouteError />,
              children: [
                { index: true, element: <Navigate to={paths.contacts} replace /> },
                {
                  path: paths.contacts,
                  ...screen(async () => (await import('../features/contacts/components/ContactsPage')).ContactsPage),
                },
                {
                  path: paths.newContact,
                  ...screen(
                    async () => (await import('../features/contacts/components/ContactCardPage')).ContactCardPage,
                  ),
                },
                {
                  path: paths.contactPattern,
                  ...screen(
                    async () => (await import('../features/contacts/components/ContactCardPage')).ContactCardPage,
                  ),
                },
                {
                  path: paths.importExport,
                  ...screen(
                    async () =>
                      (await import('../features/import-export/components/ImportExportPage')).ImportExportPage,
                  ),
                },
                {
                  path: paths.customerClasses,
                  ...screen(
                    async () =>
                      (await import('../features/registers/components/CustomerClassesPage')).CustomerClassesPage,
                  ),
                },
                {
                  path: paths.classifications,
                  ...screen(
                    async () =>
                      (await import('../features/registers/components/ClassificationsPage')).ClassificationsPage,
                  ),
                },
                {
                  path: paths.objects,
                  ...screen(async () => (await import('../features/registers/components/ObjectsPage')).ObjectsPage),
                },
                {
                  path: paths.smailyPush,
                  ...screen(async () => (await import('../features/push-jobs/components/PushJobsPage')).PushJobsPage),
                },
                {
                  path: paths.syncLog,
                  ...screen(async () => (await import('../features/sync-log/components/SyncLogPage')).SyncLogPage),
                },
                { path: paths.movedSmailyLog, element: <MovedPage to={paths.syncLog} /> },
                {
                  path: paths.smailyFields,
                  ...adminScreen(
                    async () =>
                      (await import('../features/smaily-fields/components/SmailyFieldsPage')).SmailyFieldsPage,
                  ),
                },
                {
                  path: paths.eServices,
                  ...adminScreen(
                    async () => (await import('../features/smaily-account/components/EServicesPage')).EServicesPage,
                  ),
                },
                {
                  path: paths.standardBooks,
                  ...adminScreen(
                    async () =>
                      (await import('../features/standard-books-sync/components/StandardBooksPage')).StandardBooksPage,
                  ),
                },
                {
                  path: paths.users,
                  ...adminScreen(async () => (await import('../features/users/components/UsersPage')).UsersPage),
                },
                { path: '*', ...screen(async () => (await import('./routes/NotFoundPage')).NotFoundPage) },
              ],
            },
          ],
        },
      ],
    },
  ]);
}
