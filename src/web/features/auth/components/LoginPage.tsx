import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { loginSchema, type LoginInput } from '../../../../shared/auth';
import { paths } from '../../../lib/paths';
import { fieldMessages } from '../../../lib/schema-messages';
import { useLogin } from '../api/login';
import { useSetupStatus } from '../api/get-setup-status';
import { AuthLayout } from './AuthLayout';

type Field = keyof LoginInput;
type FieldErrors = Record<Field, string | undefined>;

/** The shared schema's verdict on the two fields, in the same words as every other form and the server. */
function validate(values: LoginInput) {
  const result = loginSchema.safeParse(values);
  if (result.success) return { data: result.data, errors: null };
  const messages = fieldMessages(result.error.issues);
  return { data: null, errors: { email: messages.email?.message, password: messages.password?.message } };
}

/**
 * The first screen everyone loads, so it carries no form library: react-hook-form would add ~15 kB gzip to the
 * sign-in page's budget (README, "Measured") for two fields. It keeps what that library did here: validation with
 * the shared schema on submit, focus on the first invalid field, and after a submit each message following what
 * is typed into its field.
 */
export function LoginPage() {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const location = useLocation();
  const setup = useSetupStatus();
  const login = useLogin();
  const [values, setValues] = useState<LoginInput>({ email: '', password: '' });
  // null until the first submit: before it, typing says nothing.
  const [errors, setErrors] = useState<FieldErrors | null>(null);
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);

  if (setup.data?.needsSetup) return <Navigate to={paths.setup} replace />;

  const from = (location.state as { from?: string } | null)?.from ?? paths.contacts;

  const change = (field: Field) => (event: ChangeEvent<HTMLInputElement>) => {
    const next = { ...values, [field]: event.currentTarget.value };
    setValues(next);
    if (errors) setErrors({ ...errors, [field]: validate(next).errors?.[field] });
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { data, errors: found } = validate(values);
    setErrors(found ?? { email: undefined, password: undefined });
    if (found) {
      // A new attempt replaces the last one's answer: a field left empty is not also "wrong e-mail or password".
      login.reset();
      (found.email ? emailInput : passwordInput).current?.focus();
      return;
    }
    login.mutate(data, { onSuccess: () => void navigate(from, { replace: true }) });
  };

  return (
    <AuthLayout title={t('login.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {login.error && (
            <Alert color="red" role="alert">
              {login.error.message}
            </Alert>
          )}
          <TextInput
            ref={emailInput}
            name="email"
            label={t('fields.email')}
            type="email"
            autoComplete="username"
            autoFocus
            value={values.email}
            onChange={change('email')}
            error={errors?.email}
          />
          <PasswordInput
            ref={passwordInput}
            name="password"
            label={t('fields.password')}
            autoComplete="current-password"
            value={values.password}
            onChange={change('password')}
            error={errors?.password}
          />
          <Button type="submit" loading={login.isPending} mt="xs">
            {t('login.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
