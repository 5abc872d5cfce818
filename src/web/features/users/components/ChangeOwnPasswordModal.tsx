import { Alert, Modal, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { changeOwnPasswordSchema } from '../../../../shared/auth';
import { DialogActions } from '../../../lib/components/DialogActions';
import { sharedSchemaResolver } from '../../../lib/form-resolver';
import { applyServerErrors, formLevelError } from '../../../lib/server-errors';
import { useChangeOwnPassword } from '../api/users-api';

const emptyForm = { currentPassword: '', password: '', passwordRepeat: '' };

/** "Muuda salasõna" of the user menu: the signed-in user's own password, proven by the current one. */
export function ChangeOwnPasswordModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('users');
  const change = useChangeOwnPassword();
  const { register, handleSubmit, formState, setError, reset } = useForm({
    resolver: sharedSchemaResolver(changeOwnPasswordSchema),
    defaultValues: emptyForm,
  });
  const close = () => {
    reset(emptyForm);
    change.reset();
    onClose();
  };
  const submit = handleSubmit((values) =>
    change.mutate(values, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('ownPassword.done') });
        close();
      },
      onError: (error) => applyServerErrors(error, setError, Object.keys(values)),
    }),
  );
  return (
    <Modal opened={opened} onClose={close} title={t('ownPassword.title')}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          {formLevelError(change.error) && <Alert color="red">{formLevelError(change.error)}</Alert>}
          <Alert color="blue">{t('ownPassword.note')}</Alert>
          <PasswordInput
            label={t('fields.currentPassword')}
            data-autofocus
            autoComplete="current-password"
            error={formState.errors.currentPassword?.message}
            {...register('currentPassword')}
          />
          <PasswordInput
            label={t('fields.newPassword')}
            autoComplete="new-password"
            error={formState.errors.password?.message}
            {...register('password')}
          />
          <PasswordInput
            label={t('fields.newPasswordRepeat')}
            autoComplete="new-password"
            error={formState.errors.passwordRepeat?.message}
            {...register('passwordRepeat')}
          />
          <DialogActions submitLabel={t('ownPassword.submit')} loading={change.isPending} onCancel={close} />
        </Stack>
      </form>
    </Modal>
  );
}
