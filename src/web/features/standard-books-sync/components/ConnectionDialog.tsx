import { Alert, Button, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCircleCheck, IconPlugConnected } from '@tabler/icons-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { sbConnectionInputSchema, type SbStatus } from '../../../../shared/standard-books-sync';
import { sharedSchemaResolver } from '../../../lib/form-resolver';
import { applyServerErrors, formLevelError } from '../../../lib/server-errors';
import { useCheckSbConnection } from '../api/check-connection';
import { useSaveSbConnection } from '../api/save-connection';

const fieldNames = ['address', 'companyNo', 'username', 'password'] as const;

interface ConnectionDialogProps {
  /** Whether the dialog is open */
  opened: boolean;
  /** Called on Escape, Loobu and after a successful save */
  onClose: () => void;
  /** Prefills address, company and user of the stored connection; the password is never sent to the browser */
  connection: SbStatus['connection'] | undefined;
}

/** Aadress, Firma nr, Kasutajatunnus, Salasõna: "Kontrolli ühendust" tries them, Salvesta tries and stores them. */
export function ConnectionDialog({ opened, onClose, connection }: ConnectionDialogProps) {
  const { t } = useTranslation(['standard-books-sync', 'common']);
  const check = useCheckSbConnection();
  const save = useSaveSbConnection();
  const { register, handleSubmit, formState, setError, reset } = useForm({
    resolver: sharedSchemaResolver(sbConnectionInputSchema),
    values: {
      address: connection?.address ?? '',
      companyNo: connection?.companyNo ?? '1',
      username: connection?.username ?? '',
      password: '',
    },
    resetOptions: { keepDirtyValues: true },
  });
  const close = () => {
    reset();
    check.reset();
    save.reset();
    onClose();
  };
  const onServerError = (error: unknown) => applyServerErrors(error, setError, fieldNames);
  const runCheck = handleSubmit((values) => {
    save.reset();
    check.mutate(values, { onError: onServerError });
  });
  const submit = handleSubmit((values) => {
    check.reset();
    save.mutate(values, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('dialog.saved') });
        close();
      },
      onError: onServerError,
    });
  });
  const failure = formLevelError(save.error ?? check.error);
  const version = check.data?.systemVersion;

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('dialog.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common:close') }}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('dialog.help')}</Text>
          {failure && (
            <Alert color="red" icon={<IconAlertTriangle />} title={t('dialog.failed')} role="alert">
              {failure}
            </Alert>
          )}
          {check.isSuccess && (
            <Alert color="green" icon={<IconCircleCheck />} role="status">
              {version ? t('dialog.checkedVersion', { version }) : t('dialog.checked')}
            </Alert>
          )}
          <TextInput
            label={t('dialog.address')}
            description={t('dialog.addressHelp')}
            placeholder="https://ettevote.excellent.ee:4455"
            autoComplete="off"
            spellCheck={false}
            data-autofocus
            withAsterisk
            error={formState.errors.address?.message}
            {...register('address')}
          />
          <TextInput
            label={t('dialog.companyNo')}
            description={t('dialog.companyNoHelp')}
            inputMode="numeric"
            autoComplete="off"
            withAsterisk
            error={formState.errors.companyNo?.message}
            {...register('companyNo')}
          />
          <TextInput
            label={t('dialog.username')}
            autoComplete="off"
            withAsterisk
            error={formState.errors.username?.message}
            {...register('username')}
          />
          <PasswordInput
            label={t('dialog.password')}
            description={connection?.address ? t('dialog.passwordReplaces') : undefined}
            autoComplete="new-password"
            withAsterisk
            error={formState.errors.password?.message}
            {...register('password')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common:cancel')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconPlugConnected size={16} />}
              loading={check.isPending}
              disabled={save.isPending}
              onClick={() => void runCheck()}
            >
              {t('dialog.check')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={check.isPending}>
              {t('dialog.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
