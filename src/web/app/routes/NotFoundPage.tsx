import { Button, EmptyState, Title } from '@mantine/core';
import { IconMapOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../lib/paths';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <EmptyState
      icon={<IconMapOff />}
      title={
        <Title order={1} size="h3">
          {t('notFound')}
        </Title>
      }
    >
      <EmptyState.Actions>
        <Button component={Link} to={paths.contacts}>
          {t('backHome')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
