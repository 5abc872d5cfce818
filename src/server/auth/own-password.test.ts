import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiError } from '../../shared/errors';
import { createTestApp, type TestApp } from '../testing/test-app';

let testApp: TestApp | undefined;
afterEach(async () => {
  await testApp?.close();
  testApp = undefined;
});

async function start(env: Record<string, string> = {}): Promise<TestApp> {
  testApp = await createTestApp({ env });
  return testApp;
}

async function login(app: FastifyInstance, email: string, password: string) {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  const cookie = response.cookies.find((item) => item.name === 'sid');
  return { status: response.statusCode, cookie: cookie ? `sid=${cookie.value}` : '' };
}

const me = (app: FastifyInstance, cookie: string) => app.inject({ url: '/api/auth/me', headers: { cookie } });

function changePassword(app: FastifyInstance, cookie: string, body: Record<string, string>) {
  return app.inject({ method: 'POST', url: '/api/auth/password', headers: { cookie }, payload: body });
}

describe('changing one’s own password', () => {
  it('with the current password: keeps this session, ends the others, and only the new password signs in', async () => {
    const { app, signIn } = await start();
    const user = await signIn('user');
    const elsewhere = await login(app, user.email, user.password);
    const colleague = await signIn('user');

    const response = await changePassword(app, user.cookie, {
      currentPassword: user.password,
      password: 'uus-salasõna-2027',
      passwordRepeat: 'uus-salasõna-2027',
    });

    expect(response.statusCode).toBe(204);
    expect((await me(app, user.cookie)).statusCode).toBe(200);
    expect((await me(app, elsewhere.cookie)).statusCode).toBe(401);
    expect((await me(app, colleague.cookie)).statusCode).toBe(200);
    expect((await login(app, user.email, user.password)).status).toBe(401);
    expect((await login(app, user.email, 'uus-salasõna-2027')).status).toBe(200);
  });

  it('refuses a wrong current password on that field, changing nothing and ending no session', async () => {
    const { app, signIn } = await start();
    const user = await signIn('user');
    const elsewhere = await login(app, user.email, user.password);

    const response = await changePassword(app, user.cookie, {
      currentPassword: 'not-my-password',
      password: 'uus-salasõna-2027',
      passwordRepeat: 'uus-salasõna-2027',
    });

    expect(response.statusCode).toBe(400);
    expect(response.json<ApiError>().errors).toEqual({ currentPassword: 'Praegune salasõna on vale' });
    expect((await me(app, elsewhere.cookie)).statusCode).toBe(200);
    expect((await login(app, user.email, user.password)).status).toBe(200);
  });

  it('checks the current password under the sign-in limits: no faster guessing from an open session', async () => {
    const { app, signIn } = await start({ LOGIN_MAX_ATTEMPTS: '3' });
    const user = await signIn('user');
    const wrong = { currentPassword: 'guess', password: 'uus-salasõna-2027', passwordRepeat: 'uus-salasõna-2027' };
    const statuses = [];
    for (let attempt = 0; attempt < 4; attempt += 1)
      statuses.push((await changePassword(app, user.cookie, wrong)).statusCode);
    expect(statuses).toEqual([400, 400, 400, 429]);
    // The right password waits too, here and on the sign-in page of that account from this address.
    const right = { ...wrong, currentPassword: user.password };
    expect((await changePassword(app, user.cookie, right)).statusCode).toBe(429);
    expect((await login(app, user.email, user.password)).status).toBe(429);
  });

  it('refuses a new password that is too short, repeated differently or the same as the current one', async () => {
    const { app, signIn } = await start();
    const user = await signIn('user');
    const cases: [Record<string, string>, string][] = [
      [{ currentPassword: user.password, password: 'short', passwordRepeat: 'short' }, 'password'],
      [{ currentPassword: user.password, password: 'uus-salasõna', passwordRepeat: 'muu-salasõna' }, 'passwordRepeat'],
      [{ currentPassword: user.password, password: user.password, passwordRepeat: user.password }, 'password'],
      [{ password: 'uus-salasõna', passwordRepeat: 'uus-salasõna' }, 'currentPassword'],
    ];
    for (const [body, field] of cases) {
      const response = await changePassword(app, user.cookie, body);
      expect({ field, status: response.statusCode }).toEqual({ field, status: 400 });
      expect(Object.keys(response.json<ApiError>().errors ?? {})).toEqual([field]);
    }
    expect((await login(app, user.email, user.password)).status).toBe(200);
  });

  it('is refused without a session', async () => {
    const { app } = await start();
    const response = await changePassword(app, '', {
      currentPassword: 'x',
      password: 'uus-salasõna',
      passwordRepeat: 'uus-salasõna',
    });
    expect(response.statusCode).toBe(401);
  });
});
