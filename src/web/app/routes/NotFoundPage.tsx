import { Button, EmptyState } from '@mantine/core';
import { IconMapOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../lib/paths';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <EmptyState icon={<IconMapOff />} title={t('notFound')}>
      <EmptyState.Actions>
        <Button component={Link} to={paths.contacts}>
          {t('backHome')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
