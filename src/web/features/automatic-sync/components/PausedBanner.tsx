import { Alert, Anchor, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { paths } from '../../../lib/paths';
import { useAutomaticSync } from '../api/get-automatic-sync';

/**
 * Every page of an administrator, while the automation has stopped itself: why, and where to resume it. The
 * settings page says it itself, with Jätka. The app shell mounts this for administrators only.
 */
export function PausedBanner() {
  const { t } = useTranslation('automatic-sync');
  const { pathname } = useLocation();
  const paused = useAutomaticSync().data?.paused;
  if (!paused || pathname === paths.automaticSync) return null;
  return (
    <Alert color="red" icon={<IconAlertTriangle />} title={t('paused.title')} role="alert" mb="md">
      <Text size="sm">
        {t(`paused.reasons.${paused.reason}`)}{' '}
        <Anchor component={Link} to={paths.automaticSync} size="sm" fw={500}>
          {t('paused.open')}
        </Anchor>
      </Text>
    </Alert>
  );
}
