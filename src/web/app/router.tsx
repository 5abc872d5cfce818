import { createBrowserRouter, Navigate } from 'react-router';
import { paths } from '../lib/paths';
import { LoginPage } from '../features/auth/components/LoginPage';
import { SetupPage } from '../features/auth/components/SetupPage';
import { ContactCardPage } from '../features/contacts/components/ContactCardPage';
import { ContactsPage } from '../features/contacts/components/ContactsPage';
import { EServicesPage } from '../features/smaily-account/components/EServicesPage';
import { StandardBooksPage } from '../features/standard-books-sync/components/StandardBooksPage';
import { ImportExportPage } from '../features/import-export/components/ImportExportPage';
import { ClassificationsPage } from '../features/registers/components/ClassificationsPage';
import { CustomerClassesPage } from '../features/registers/components/CustomerClassesPage';
import { ObjectsPage } from '../features/registers/components/ObjectsPage';
import { SmailyFieldsPage } from '../features/smaily-fields/components/SmailyFieldsPage';
import { SyncLogPage } from '../features/sync-log/components/SyncLogPage';
import { PushJobsPage } from '../features/push-jobs/components/PushJobsPage';
import { UsersPage } from '../features/users/components/UsersPage';
import { MovedPage } from './routes/MovedPage';
import { NotFoundPage } from './routes/NotFoundPage';
import { AppLayout } from './shell/AppLayout';
import { RequireAdmin } from './shell/RequireAdmin';

export function createRouter() {
  return createBrowserRouter([
    { path: paths.login, element: <LoginPage /> },
    { path: paths.setup, element: <SetupPage /> },
    {
      element: <AppLayout />,
      children: [
        { index: true, element: <Navigate to={paths.contacts} replace /> },
        { path: paths.contacts, element: <ContactsPage /> },
        { path: paths.newContact, element: <ContactCardPage /> },
        { path: paths.contactPattern, element: <ContactCardPage /> },
        { path: paths.importExport, element: <ImportExportPage /> },
        { path: paths.customerClasses, element: <CustomerClassesPage /> },
        { path: paths.classifications, element: <ClassificationsPage /> },
        { path: paths.objects, element: <ObjectsPage /> },
        { path: paths.smailyPush, element: <PushJobsPage /> },
        { path: paths.syncLog, element: <SyncLogPage /> },
        { path: paths.movedSmailyLog, element: <MovedPage to={paths.syncLog} /> },
        {
          path: paths.smailyFields,
          element: (
            <RequireAdmin>
              <SmailyFieldsPage />
            </RequireAdmin>
          ),
        },
        {
          path: paths.eServices,
          element: (
            <RequireAdmin>
              <EServicesPage />
            </RequireAdmin>
          ),
        },
        {
          path: paths.standardBooks,
          element: (
            <RequireAdmin>
              <StandardBooksPage />
            </RequireAdmin>
          ),
        },
        {
          path: paths.users,
          element: (
            <RequireAdmin>
              <UsersPage />
            </RequireAdmin>
          ),
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
