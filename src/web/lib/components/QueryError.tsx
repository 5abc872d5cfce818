import { Alert, Button } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface QueryErrorProps {
  /** What failed, from the HttpError or the network */
  error: Error;
  /** Called by the "Proovi uuesti" button */
  onRetry?: () => void;
}

/** A failed load shown where its content would be, with a way to try again. */
export function QueryError({ error, onRetry }: QueryErrorProps) {
  const { t } = useTranslation();
  return (
    <Alert color="red" icon={<IconAlertTriangle />} title={t('loadFailed')}>
      {error.message}
      {onRetry && (
        <Button variant="light" color="red" size="xs" ml="md" onClick={onRetry}>
          {t('retry')}
        </Button>
      )}
    </Alert>
  );
}
