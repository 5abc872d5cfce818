import { Alert, Button, Loader, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { firstAdminSchema } from '../../../../shared/auth';
import { sharedSchemaResolver } from '../../../lib/form-resolver';
import { paths } from '../../../lib/paths';
import { applyServerErrors, formLevelError } from '../../../lib/server-errors';
import { useCreateFirstAdmin } from '../api/create-first-admin';
import { useSetupStatus } from '../api/get-setup-status';
import { AuthLayout } from './AuthLayout';

const fields = ['name', 'email', 'password', 'passwordRepeat'] as const;

/** First run: the only thing the app offers until an administrator exists. */
export function SetupPage() {
  const { t } = useTranslation(['auth', 'common']);
  const status = useSetupStatus();
  const create = useCreateFirstAdmin();
  const { register, handleSubmit, formState, setError } = useForm({
    resolver: sharedSchemaResolver(firstAdminSchema),
    defaultValues: { name: '', email: '', password: '', passwordRepeat: '' },
  });

  if (status.isPending) return <Loader m="xl" aria-label={t('common:loading')} />;
  // Once the administrator exists, the page leaves: into the app for the one who just created it, else to sign-in.
  if (status.data && !status.data.needsSetup)
    return <Navigate to={create.isSuccess ? paths.contacts : paths.login} replace />;

  const onSubmit = handleSubmit((values) =>
    create.mutate(values, { onError: (error) => applyServerErrors(error, setError, fields) }),
  );

  return (
    <AuthLayout title={t('setup.title')}>
      <Text size="sm">{t('setup.intro')}</Text>
      {status.data?.setupAllowed === false ? (
        <Alert color="yellow" role="alert">
          {t('setup.localOnly')}
        </Alert>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="sm">
            {formLevelError(create.error) && (
              <Alert color="red" role="alert">
                {formLevelError(create.error)}
              </Alert>
            )}
            <TextInput
              label={t('fields.name')}
              autoComplete="name"
              autoFocus
              error={formState.errors.name?.message}
              {...register('name')}
            />
            <TextInput
              label={t('fields.email')}
              type="email"
              autoComplete="username"
              error={formState.errors.email?.message}
              {...register('email')}
            />
            <PasswordInput
              label={t('fields.password')}
              description={t('fields.passwordHint')}
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
            <Button type="submit" loading={create.isPending} mt="xs">
              {t('setup.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </AuthLayout>
  );
}
