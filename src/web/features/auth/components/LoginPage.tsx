import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { loginSchema } from '../../../../shared/auth';
import { sharedSchemaResolver } from '../../../lib/form-resolver';
import { paths } from '../../../lib/paths';
import { useLogin } from '../api/login';
import { useSetupStatus } from '../api/get-setup-status';
import { AuthLayout } from './AuthLayout';

export function LoginPage() {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const location = useLocation();
  const setup = useSetupStatus();
  const login = useLogin();
  const { register, handleSubmit, formState } = useForm({
    resolver: sharedSchemaResolver(loginSchema),
    defaultValues: { email: '', password: '' },
  });

  if (setup.data?.needsSetup) return <Navigate to={paths.setup} replace />;

  const from = (location.state as { from?: string } | null)?.from ?? paths.contacts;
  // A new attempt replaces the last one's answer: a field left empty is not also "wrong e-mail or password".
  const onSubmit = handleSubmit(
    (values) => login.mutate(values, { onSuccess: () => void navigate(from, { replace: true }) }),
    () => login.reset(),
  );

  return (
    <AuthLayout title={t('login.title')}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          {login.error && (
            <Alert color="red" role="alert">
              {login.error.message}
            </Alert>
          )}
          <TextInput
            label={t('fields.email')}
            type="email"
            autoComplete="username"
            autoFocus
            error={formState.errors.email?.message}
            {...register('email')}
          />
          <PasswordInput
            label={t('fields.password')}
            autoComplete="current-password"
            error={formState.errors.password?.message}
            {...register('password')}
          />
          <Button type="submit" loading={login.isPending} mt="xs">
            {t('login.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
