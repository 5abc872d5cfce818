import { Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet, useNavigation } from 'react-router';

/** Every screen: while the next one's code loads, the current one stays and a loader says so. */
export function RootLayout() {
  const { t } = useTranslation();
  const navigation = useNavigation();
  return (
    <>
      {navigation.state === 'loading' && (
        <Loader size="sm" aria-label={t('loading')} style={{ position: 'fixed', top: 16, right: 16, zIndex: 1000 }} />
      )}
      <Outlet />
    </>
  );
}
