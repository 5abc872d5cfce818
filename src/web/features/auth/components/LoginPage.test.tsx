import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { loginSchema, type LoginInput, type SessionUser, type SetupStatus } from '../../../../shared/auth';
import { paths } from '../../../lib/paths';
import { mswServer } from '../../../testing/msw-server';
import { renderScreen } from '../../../testing/render';
import { LoginPage } from './LoginPage';

const mari: SessionUser = { id: 1, name: 'Mari Administraator', email: 'mari@firma.ee', role: 'admin' };
const wrongCredentials = { message: 'Vale e-post või salasõna' };

/**
 * Answers like the server: the setup status, and sign-ins through `answer` (the body is checked with the shared
 * schema). Records the bodies sent.
 */
function serve(
  answer: (input: LoginInput) => Response | Promise<Response> = () => HttpResponse.json(mari),
  setup: SetupStatus = { needsSetup: false, setupAllowed: false },
) {
  const sent: LoginInput[] = [];
  mswServer.use(
    http.get('/api/auth/setup', () => HttpResponse.json(setup)),
    http.post('/api/auth/login', async ({ request }) => {
      const input = loginSchema.parse(await request.json());
      sent.push(input);
      return answer(input);
    }),
  );
  return sent;
}

const emailField = () => screen.getByLabelText(/E-post/);
const passwordField = () => screen.getByLabelText(/Salasõna/);
const submitButton = () => screen.getByRole('button', { name: 'Logi sisse' });

function renderLogin() {
  const rendered = renderScreen(<LoginPage />, { path: paths.login });
  return { ...rendered, user: userEvent.setup() };
}

describe('Logi sisse', () => {
  it('starts in the e-mail field', async () => {
    serve();
    renderLogin();
    await waitFor(() => expect(emailField()).toHaveFocus());
  });

  it('an empty submit says both fields are required, focuses the e-mail field and sends nothing', async () => {
    const sent = serve();
    const { user } = renderLogin();
    await user.click(submitButton());

    expect(emailField()).toHaveAccessibleDescription('Kohustuslik väli');
    expect(passwordField()).toHaveAccessibleDescription('Kohustuslik väli');
    expect(emailField()).toHaveFocus();
    expect(sent).toEqual([]);
  });

  it('focuses the first invalid field, and after a submit a message follows what is typed', async () => {
    const sent = serve();
    const { user } = renderLogin();
    await user.type(emailField(), 'mari@firma.ee');
    await user.click(submitButton());

    expect(emailField()).not.toHaveAccessibleDescription();
    expect(passwordField()).toHaveAccessibleDescription('Kohustuslik väli');
    expect(passwordField()).toHaveFocus();

    await user.type(passwordField(), 'x');
    expect(passwordField()).not.toHaveAccessibleDescription();
    await user.clear(emailField());
    expect(emailField()).toHaveAccessibleDescription('Kohustuslik väli');
    expect(sent).toEqual([]);
  });

  it('wrong credentials: the server says so in the red alert; the e-mail goes out as the schema reads it', async () => {
    const sent = serve(() => HttpResponse.json(wrongCredentials, { status: 401 }));
    const { user } = renderLogin();
    await user.type(emailField(), '  Mari@Firma.ee ');
    await user.type(passwordField(), 'vale-salasõna{Enter}');

    expect(await screen.findByRole('alert')).toHaveTextContent('Vale e-post või salasõna');
    expect(sent).toEqual([{ email: 'mari@firma.ee', password: 'vale-salasõna' }]);
  });

  it('signs in and opens Kontaktid', async () => {
    const sent = serve();
    const { user, router } = renderLogin();
    await user.type(emailField(), 'mari@firma.ee');
    await user.type(passwordField(), 'Salajane-1');
    await user.click(submitButton());

    await screen.findByTestId('navigated-away');
    expect(router.state.location.pathname).toBe(paths.contacts);
    expect(sent).toHaveLength(1);
  });

  it('signs in and returns to the screen that sent the user here', async () => {
    serve();
    const { user, router } = renderLogin();
    await router.navigate(paths.login, { replace: true, state: { from: paths.syncLog } });
    await user.type(emailField(), 'mari@firma.ee');
    await user.type(passwordField(), 'Salajane-1{Enter}');

    await screen.findByTestId('navigated-away');
    expect(router.state.location.pathname).toBe(paths.syncLog);
  });

  it('a new attempt clears the last answer: an invalid one at once, a valid one while it waits', async () => {
    let answer: (response: Response) => void = () => undefined;
    let attempts = 0;
    serve(() => {
      attempts += 1;
      if (attempts < 3) return HttpResponse.json(wrongCredentials, { status: 401 });
      return new Promise<Response>((resolve) => (answer = resolve));
    });
    const { user, router } = renderLogin();
    await user.type(emailField(), 'mari@firma.ee');
    await user.type(passwordField(), 'vale-salasõna{Enter}');
    await screen.findByRole('alert');

    await user.clear(passwordField());
    await user.click(submitButton());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(passwordField()).toHaveAccessibleDescription('Kohustuslik väli');

    await user.type(passwordField(), 'vale-salasõna{Enter}');
    await screen.findByRole('alert');
    await user.clear(passwordField());
    await user.type(passwordField(), 'Salajane-1{Enter}');
    await waitFor(() => expect(submitButton()).toHaveAttribute('data-loading'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    answer(HttpResponse.json(mari));
    await screen.findByTestId('navigated-away');
    expect(router.state.location.pathname).toBe(paths.contacts);
  });

  it('sends the first visitor to create the administrator', async () => {
    serve(undefined, { needsSetup: true, setupAllowed: true });
    const { router } = renderLogin();
    await screen.findByTestId('navigated-away');
    expect(router.state.location.pathname).toBe(paths.setup);
  });
});
