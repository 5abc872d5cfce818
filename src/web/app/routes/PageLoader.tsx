import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** While a screen's code is on its way (the first load of the app). */
export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center mih="100vh">
      <Loader aria-label={t('loading')} />
    </Center>
  );
}
