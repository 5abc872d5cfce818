import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SmailyState } from '../../../../shared/smaily-account';
import { ActivationHint } from './ActivationHint';

/** Why nothing can be pushed now, and where to fix it; nothing when Smaily is active (or not known yet). */
export function SmailyStateNotice({ state }: { state: SmailyState | undefined }) {
  const { t } = useTranslation('push-jobs');
  if (state === undefined || state === 'active') return null;
  return (
    <Alert
      color="orange"
      icon={<IconAlertTriangle />}
      title={t(state === 'inactive' ? 'smaily.inactive' : 'smaily.needsReactivation')}
    >
      <ActivationHint context="smaily" />
    </Alert>
  );
}
