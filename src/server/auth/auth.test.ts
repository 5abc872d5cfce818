import { afterEach, describe, expect, it } from 'vitest';
import type { ApiError } from '../../shared/errors';
import { createTestApp, type TestApp } from '../testing/test-app';
import { findUserByEmail } from '../users/users-repository';

let testApp: TestApp | undefined;
afterEach(async () => {
  await testApp?.close();
  testApp = undefined;
});

const firstAdmin = {
  name: 'Mari Maasikas',
  email: 'mari@example.test',
  password: 'Salasõna-2026',
  passwordRepeat: 'Salasõna-2026',
};

async function start(env: Record<string, string> = {}, now?: () => number): Promise<TestApp> {
  testApp = await createTestApp({ env, now });
  return testApp;
}

function sessionCookie(response: { cookies: { name: string; value: string }[] }): string {
  const cookie = response.cookies.find((item) => item.name === 'sid');
  if (!cookie) throw new Error('no session cookie');
  return `sid=${cookie.value}`;
}

describe('first run', () => {
  it('creates the first administrator from the machine itself and signs them in', async () => {
    const { app } = await start();
    expect((await app.inject({ url: '/api/auth/setup' })).json()).toEqual({ needsSetup: true, setupAllowed: true });
    const response = await app.inject({ method: 'POST', url: '/api/auth/setup', payload: firstAdmin });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ name: 'Mari Maasikas', email: 'mari@example.test', role: 'admin' });
    const me = await app.inject({ url: '/api/auth/me', headers: { cookie: sessionCookie(response) } });
    expect(me.json()).toMatchObject({ role: 'admin' });
    expect((await app.inject({ url: '/api/auth/setup' })).json()).toMatchObject({ needsSetup: false });
  });

  it('is refused from another address, whatever X-Forwarded-For says', async () => {
    const { app } = await start();
    const headers = { 'x-forwarded-for': '127.0.0.1' };
    const status = await app.inject({ url: '/api/auth/setup', remoteAddress: '10.0.0.5', headers });
    expect(status.json()).toEqual({ needsSetup: true, setupAllowed: false });
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/setup',
      remoteAddress: '10.0.0.5',
      headers,
      payload: firstAdmin,
    });
    expect(response.statusCode).toBe(403);
    expect(await findUserByEmail(app.db, firstAdmin.email)).toBeUndefined();
  });

  it('is refused once a user exists', async () => {
    const { app } = await start();
    await app.inject({ method: 'POST', url: '/api/auth/setup', payload: firstAdmin });
    const again = await app.inject({
      method: 'POST',
      url: '/api/auth/setup',
      payload: { ...firstAdmin, email: 'other@example.test' },
    });
    expect(again.statusCode).toBe(409);
    expect(await findUserByEmail(app.db, 'other@example.test')).toBeUndefined();
  });

  it('is not needed when ADMIN_EMAIL and ADMIN_PASSWORD created the administrator', async () => {
    const { app } = await start({ ADMIN_EMAIL: 'ops@example.test', ADMIN_PASSWORD: 'operator-pass' });
    expect((await app.inject({ url: '/api/auth/setup' })).json()).toMatchObject({ needsSetup: false });
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'ops@example.test', password: 'operator-pass' },
    });
    expect(login.json()).toMatchObject({ role: 'admin' });
  });
});

describe('passwords and sessions', () => {
  it('stores a salted scrypt hash: it verifies, differs between users, and is useless as a password', async () => {
    const { app, signIn } = await start();
    const one = await signIn('user');
    const rowOne = await findUserByEmail(app.db, one.email);
    expect(rowOne?.password_hash).toMatch(/^scrypt\$/);
    expect(rowOne?.password_hash).not.toContain(one.password);

    // Same password for a third user: a different salt, so a different hash.
    const { cookie } = await signIn('admin');
    await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie },
      payload: {
        name: 'Kolmas',
        email: 'third@example.test',
        role: 'user',
        password: one.password,
        passwordRepeat: one.password,
      },
    });
    expect((await findUserByEmail(app.db, 'third@example.test'))?.password_hash).not.toBe(rowOne?.password_hash);

    const right = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: one.email, password: one.password },
    });
    expect(right.statusCode).toBe(200);
    const withHash = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: one.email, password: rowOne?.password_hash },
    });
    expect(withHash.statusCode).toBe(401);
  });

  it('gives one message for a wrong password and an unknown e-mail', async () => {
    const { app, signIn } = await start();
    const user = await signIn('user');
    const wrongPassword = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: 'nope-nope' },
    });
    const unknownEmail = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nobody@example.test', password: 'nope-nope' },
    });
    expect(wrongPassword.statusCode).toBe(401);
    expect(wrongPassword.json()).toEqual(unknownEmail.json());
    expect(wrongPassword.json()).toEqual({ message: 'Vale e-post või salasõna' });
  });

  it('ends the session on sign-out: the old cookie no longer works', async () => {
    const { app, signIn } = await start();
    const { cookie } = await signIn('user');
    expect((await app.inject({ url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } })).statusCode).toBe(204);
    expect((await app.inject({ url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('sets the session cookie httpOnly and SameSite=Strict', async () => {
    const { app, signIn } = await start();
    const user = await signIn('user');
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: user.password },
    });
    const cookie = response.cookies.find((item) => item.name === 'sid');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
  });
});

describe('sign-in rate limit', () => {
  it('refuses even the right password after repeated failures, and accepts it after the window', async () => {
    let time = Date.now();
    const { app, signIn } = await start({ LOGIN_MAX_ATTEMPTS: '3', LOGIN_WINDOW_MS: '400' }, () => time);
    const user = await signIn('user');
    for (let attempt = 0; attempt < 3; attempt++) {
      const wrong = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: user.email, password: 'wrong-pass' },
      });
      expect(wrong.statusCode).toBe(401);
    }
    const blocked = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: user.password },
    });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json<ApiError>().message).toMatch(/Liiga palju ebaõnnestunud sisselogimisi/);
    time += 399;
    const stillBlocked = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: user.password },
    });
    expect(stillBlocked.statusCode).toBe(429);
    time += 1;
    const allowed = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: user.password },
    });
    expect(allowed.statusCode).toBe(200);
  });
});

describe('log output', () => {
  it('holds no password, hash or session id of a sign-in, a failed sign-in or a password reset', async () => {
    const { app, signIn, logText } = await start();
    const admin = await signIn('admin');
    const user = await signIn('user');
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: user.password },
    });
    await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: 'Wrong-Secret-77' },
    });
    await app.inject({
      method: 'POST',
      url: `/api/users/${user.userId}/password`,
      headers: { cookie: admin.cookie },
      payload: { password: 'Reset-Secret-88', passwordRepeat: 'Reset-Secret-88' },
    });
    const hash = (await findUserByEmail(app.db, user.email))?.password_hash ?? 'missing';
    const log = logText();
    expect(log).toContain('sign-in failed');
    expect(log).toContain('password reset');
    for (const secret of [
      user.password,
      'Wrong-Secret-77',
      'Reset-Secret-88',
      hash,
      hash.split('$')[5] ?? '',
      sessionCookie(login).slice(4),
      admin.cookie.slice(4),
    ]) {
      expect(secret.length).toBeGreaterThan(8);
      expect(log).not.toContain(secret);
    }
  });
});
