import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../lib/session/get-me';

/** Settings screens: a kasutaja who follows a link sees why it is closed (the server refuses the API anyway). */
export function RequireAdmin({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  if (user?.role !== 'admin') {
    return (
      <Alert color="yellow" role="alert">
        {t('forbidden')}
      </Alert>
    );
  }
  return children;
}
