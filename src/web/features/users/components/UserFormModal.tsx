import { Alert, Modal, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { createUserSchema, resetPasswordSchema, roles, type User } from '../../../../shared/auth';
import { sharedSchemaResolver } from '../../../lib/form-resolver';
import { applyServerErrors, formLevelError } from '../../../lib/server-errors';
import { DialogActions } from '../../../lib/components/DialogActions';
import { useCreateUser, useResetPassword } from '../api/users-api';

export function CreateUserModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation(['users', 'common']);
  const create = useCreateUser();
  const { register, control, handleSubmit, formState, setError, reset } = useForm({
    resolver: sharedSchemaResolver(createUserSchema),
    defaultValues: { name: '', email: '', role: 'user' as const, password: '', passwordRepeat: '' },
  });
  const close = () => {
    reset();
    create.reset();
    onClose();
  };
  const submit = handleSubmit((values) =>
    create.mutate(values, {
      onSuccess: close,
      onError: (error) => applyServerErrors(error, setError, Object.keys(values)),
    }),
  );
  return (
    <Modal opened={opened} onClose={close} title={t('create.title')}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          {formLevelError(create.error) && <Alert color="red">{formLevelError(create.error)}</Alert>}
          <TextInput
            label={t('fields.name')}
            data-autofocus
            error={formState.errors.name?.message}
            {...register('name')}
          />
          <TextInput
            label={t('fields.email')}
            type="email"
            error={formState.errors.email?.message}
            {...register('email')}
          />
          <Controller
            control={control}
            name="role"
            render={({ field }) => (
              <Select
                label={t('fields.role')}
                data={roles.map((role) => ({ value: role, label: t(`common:roles.${role}`) }))}
                value={field.value}
                onChange={(value) => field.onChange(value ?? 'user')}
                allowDeselect={false}
              />
            )}
          />
          <PasswordInput
            label={t('fields.password')}
            autoComplete="new-password"
            error={formState.errors.password?.message}
            {...register('password')}
          />
          <PasswordInput
            label={t('fields.passwordRepeat')}
            autoComplete="new-password"
            error={formState.errors.passwordRepeat?.message}
            {...register('passwordRepeat')}
          />
          <DialogActions submitLabel={t('create.submit')} loading={create.isPending} onCancel={close} />
        </Stack>
      </form>
    </Modal>
  );
}

export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation(['users', 'common']);
  const resetPassword = useResetPassword();
  const { register, handleSubmit, formState, reset } = useForm({
    resolver: sharedSchemaResolver(resetPasswordSchema),
    defaultValues: { password: '', passwordRepeat: '' },
  });
  const close = () => {
    reset();
    resetPassword.reset();
    onClose();
  };
  const submit = handleSubmit((input) => user && resetPassword.mutate({ id: user.id, input }, { onSuccess: close }));
  return (
    <Modal opened={user !== null} onClose={close} title={t('reset.title', { name: user?.name ?? '' })}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          {formLevelError(resetPassword.error) && <Alert color="red">{formLevelError(resetPassword.error)}</Alert>}
          <Alert color="blue">{t('reset.note')}</Alert>
          <PasswordInput
            label={t('fields.password')}
            data-autofocus
            autoComplete="new-password"
            error={formState.errors.password?.message}
            {...register('password')}
          />
          <PasswordInput
            label={t('fields.passwordRepeat')}
            autoComplete="new-password"
            error={formState.errors.passwordRepeat?.message}
            {...register('passwordRepeat')}
          />
          <DialogActions submitLabel={t('reset.submit')} loading={resetPassword.isPending} onCancel={close} />
        </Stack>
      </form>
    </Modal>
  );
}
