import { Anchor, Text } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../lib/paths';
import { useCurrentUser } from '../../../lib/session/get-me';

interface ActivationHintProps {
  /** `smaily`: activate it to push at all; `stopped`: activate it again, then resume */
  context: 'smaily' | 'stopped';
}

/** Where Smaily is (re-)activated: an administrator gets the link, a kasutaja is told whom to ask. */
export function ActivationHint({ context }: ActivationHintProps) {
  const { t } = useTranslation('push-jobs');
  const admin = useCurrentUser()?.role === 'admin';
  if (!admin) return <Text size="sm">{t(`${context}.whereUser`)}</Text>;
  return (
    <Text size="sm">
      <Trans
        t={t}
        i18nKey={`${context}.whereAdmin`}
        components={{ page: <Anchor component={Link} to={paths.eServices} size="sm" /> }}
      />
    </Text>
  );
}
