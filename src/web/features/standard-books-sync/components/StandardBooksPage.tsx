import { Alert, Center, Loader, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { sbFailuresForBanner } from '../../../../shared/standard-books-sync';
import { PageTitle } from '../../../lib/components/PageTitle';
import { QueryError } from '../../../lib/components/QueryError';
import { lookupsKeys } from '../../../lib/lookups/get-lookups';
import { useSbStatus } from '../api/get-sb-status';
import { sbKeys } from '../api/keys';
import { useRemoveSbConnection } from '../api/remove-connection';
import { ConnectionDialog } from './ConnectionDialog';
import { ConnectionSection } from './ConnectionSection';
import { ClashesSection } from './ClashesSection';
import { ReadSection } from './ReadSection';
import { WriteBackSection } from './WriteBackSection';

/** When a read ends, the code lists the cards offer, the clashes and the write-back's state may have changed. */
function useRefreshAfterRead(running: boolean) {
  const queryClient = useQueryClient();
  const wasRunning = useRef(running);
  useEffect(() => {
    if (wasRunning.current && !running) {
      void queryClient.invalidateQueries({ queryKey: lookupsKeys.all });
      void queryClient.invalidateQueries({ queryKey: sbKeys.clashes() });
      void queryClient.invalidateQueries({ queryKey: sbKeys.writeBack() });
    }
    wasRunning.current = running;
  }, [running, queryClient]);
}

/** Üldine › Seadistused › Standard Books ühendus (administrators): the connection, and reading from it. */
export function StandardBooksPage() {
  const { t } = useTranslation(['standard-books-sync', 'common']);
  const status = useSbStatus();
  const remove = useRemoveSbConnection();
  const [dialogOpened, dialog] = useDisclosure();
  useRefreshAfterRead(Boolean(status.data?.read.running));

  const confirmDeactivate = () =>
    modals.openConfirmModal({
      title: t('deactivateConfirm.title'),
      children: <Text size="sm">{t('deactivateConfirm.body')}</Text>,
      labels: { confirm: t('deactivateConfirm.confirm'), cancel: t('common:cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(undefined, {
          onSuccess: () => notifications.show({ color: 'green', message: t('deactivateConfirm.done') }),
          onError: (error) => notifications.show({ color: 'red', message: error.message }),
        }),
    });

  const failures = status.data?.read.consecutiveFailures ?? 0;
  return (
    <>
      <PageTitle title={t('common:nav.standardBooks')} />
      {status.isPending && (
        <Center p="xl">
          <Loader aria-label={t('common:loading')} />
        </Center>
      )}
      {status.error && <QueryError error={status.error} onRetry={() => void status.refetch()} />}
      {status.data && (
        <Stack gap="md" maw={960}>
          <Text size="sm">{t('intro')}</Text>
          {failures >= sbFailuresForBanner && (
            <Alert color="red" icon={<IconAlertTriangle />} role="alert">
              {t('read.failureBanner', { count: failures })}
            </Alert>
          )}
          <ConnectionSection
            connection={status.data.connection}
            onEdit={dialog.open}
            onDeactivate={confirmDeactivate}
          />
          <ReadSection status={status.data} />
          <ClashesSection />
          <WriteBackSection connected={status.data.connection.state === 'connected'} />
        </Stack>
      )}
      <ConnectionDialog opened={dialogOpened} onClose={dialog.close} connection={status.data?.connection} />
    </>
  );
}
