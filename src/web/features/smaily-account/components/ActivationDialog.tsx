import { Alert, Anchor, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconExternalLink } from '@tabler/icons-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SmailyStatus } from '../../../../shared/smaily-account';
import { applyServerErrors, formLevelError } from '../../../lib/server-errors';
import { DialogActions } from '../../../lib/components/DialogActions';
import { useActivateSmaily } from '../api/activate-smaily';
import { activationResolver } from './activation-resolver';

const apiUserGuide = 'https://smaily.com/help/api/general/create-api-user/';
const fieldNames = ['address', 'username', 'password'] as const;

interface ActivationDialogProps {
  /** Whether the dialog is open */
  opened: boolean;
  /** Called on Escape, Loobu and after a successful activation */
  onClose: () => void;
  /** Prefills the address and user of the stored account; the password is never sent to the browser */
  status: SmailyStatus | undefined;
}

/** The activation dialog: Aadress (Host), Kasutajatunnus, Salasõna, checked with Smaily before anything is saved. */
export function ActivationDialog({ opened, onClose, status }: ActivationDialogProps) {
  const { t } = useTranslation('smaily-account');
  const activate = useActivateSmaily();
  const { register, handleSubmit, formState, setError, reset } = useForm({
    resolver: activationResolver(),
    // The address is checked as it is typed: a wrong host is named before Smaily is ever asked.
    mode: 'onChange',
    values: { address: status?.address ?? '', username: status?.username ?? '', password: '' },
    resetOptions: { keepDirtyValues: true },
  });
  const close = () => {
    reset();
    activate.reset();
    onClose();
  };
  const submit = handleSubmit((values) =>
    activate.mutate(values, {
      onSuccess: close,
      onError: (error) => applyServerErrors(error, setError, fieldNames),
    }),
  );
  const failure = formLevelError(activate.error);

  return (
    <Modal opened={opened} onClose={close} title={t('dialog.title')} size="lg">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('dialog.help')}</Text>
          <Text size="sm">
            {t('dialog.guideIntro')}{' '}
            <Anchor href={apiUserGuide} target="_blank" rel="noopener noreferrer" inline>
              {t('dialog.guide')} <IconExternalLink size={14} aria-hidden />
            </Anchor>
          </Text>
          {failure && (
            <Alert color="red" icon={<IconAlertTriangle />} title={t('dialog.failed')} role="alert">
              {failure}
            </Alert>
          )}
          <TextInput
            label={t('dialog.address')}
            description={t('dialog.addressHelp')}
            placeholder="ettevote.sendsmaily.net"
            autoComplete="off"
            spellCheck={false}
            data-autofocus
            withAsterisk
            error={formState.errors.address?.message}
            {...register('address')}
          />
          <TextInput
            label={t('dialog.username')}
            description={t('dialog.usernameHelp')}
            autoComplete="off"
            withAsterisk
            error={formState.errors.username?.message}
            {...register('username')}
          />
          <PasswordInput
            label={t('dialog.password')}
            description={status?.address ? t('dialog.passwordReplaces') : t('dialog.passwordHelp')}
            autoComplete="new-password"
            withAsterisk
            error={formState.errors.password?.message}
            {...register('password')}
          />
          <DialogActions submitLabel={t('activate')} loading={activate.isPending} onCancel={close} />
        </Stack>
      </form>
    </Modal>
  );
}
