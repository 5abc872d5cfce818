import { Center, Loader, Paper, Stack, Table, Text, Textarea, Title, VisuallyHidden } from '@mantine/core';
import classes from '../../../lib/components/stacked-table.module.css';
import { useDisclosure } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../lib/components/PageTitle';
import { QueryError } from '../../../lib/components/QueryError';
import { formatDateTime } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { useDeactivateSmaily } from '../api/deactivate-smaily';
import { useSmailyStatus } from '../../../lib/smaily-status/get-smaily-status';
import { ActivationDialog } from './ActivationDialog';
import { SmailyServiceRow } from './SmailyServiceRow';
import { useSystemMessage } from './use-system-message';

/** E-teenuste seadistused (Üldine › Seadistused): "Muud teenused" with the Smaily row and Süsteemi teade. */
export function EServicesPage() {
  const { t } = useTranslation(['smaily-account', 'common']);
  const status = useSmailyStatus();
  const deactivate = useDeactivateSmaily();
  const [dialogOpened, dialog] = useDisclosure();
  const systemMessage = useSystemMessage(status.data);

  const confirmDeactivate = () =>
    modals.openConfirmModal({
      title: t('deactivateConfirm.title'),
      children: <Text size="sm">{t('deactivateConfirm.body')}</Text>,
      labels: { confirm: t('deactivateConfirm.confirm'), cancel: t('common:cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        deactivate.mutate(undefined, {
          onSuccess: () => notifications.show({ color: 'green', message: t('deactivateConfirm.done') }),
          onError: (error) => notifications.show({ color: 'red', message: error.message }),
        }),
    });

  return (
    <>
      <PageTitle title={t('common:nav.eServices')} />
      {status.isPending && (
        <Center p="xl">
          <Loader aria-label={t('common:loading')} />
        </Center>
      )}
      {status.error && <QueryError error={status.error} onRetry={() => void status.refetch()} />}
      {status.data && (
        <Paper withBorder p="md" maw={900}>
          <Stack gap="md">
            <Title order={2} size="h4">
              {t('otherServices')}
            </Title>
            <Table verticalSpacing="xs" aria-label={t('otherServices')} className={classes.stackOnPhone}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('table.service')}</Table.Th>
                  <Table.Th>{t('table.state')}</Table.Th>
                  <Table.Th>{t('table.address')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('table.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                <SmailyServiceRow status={status.data} onActivate={dialog.open} onDeactivate={confirmDeactivate} />
              </Table.Tbody>
            </Table>
            {status.data.activatedAt && status.data.activatedBy && (
              <Text size="sm" c="dimmed">
                {t('activatedBy', {
                  name: status.data.activatedBy,
                  at: formatDateTime(status.data.activatedAt, currentLanguage()),
                  username: status.data.username ?? '',
                })}
              </Text>
            )}
            {/* As tall as its text once wrapped (a failure's reason takes lines of its own on a phone). */}
            <Textarea
              label={t('systemMessage')}
              value={systemMessage}
              readOnly
              autosize
              minRows={1}
              styles={{ input: { resize: 'none' } }}
            />
          </Stack>
        </Paper>
      )}
      <ActivationDialog opened={dialogOpened} onClose={dialog.close} status={status.data} />
    </>
  );
}
