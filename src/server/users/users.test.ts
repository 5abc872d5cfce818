import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';

let testApp: TestApp | undefined;
afterEach(async () => {
  await testApp?.close();
  testApp = undefined;
});

async function start(): Promise<TestApp> {
  testApp = await createTestApp();
  return testApp;
}

function sessionCookie(response: { cookies: { name: string; value: string }[] }): string {
  const cookie = response.cookies.find((item) => item.name === 'sid');
  if (!cookie) throw new Error('no session cookie');
  return `sid=${cookie.value}`;
}

describe('users', () => {
  it('ends a user’s sessions when an administrator resets the password or deactivates them', async () => {
    const { app, signIn } = await start();
    const admin = await signIn('admin');
    const user = await signIn('user');
    const reset = await app.inject({
      method: 'POST',
      url: `/api/users/${user.userId}/password`,
      headers: { cookie: admin.cookie },
      payload: { password: 'brand-new-pass', passwordRepeat: 'brand-new-pass' },
    });
    expect(reset.statusCode).toBe(204);
    expect((await app.inject({ url: '/api/auth/me', headers: { cookie: user.cookie } })).statusCode).toBe(401);

    const again = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: 'brand-new-pass' },
    });
    const deactivate = await app.inject({
      method: 'PATCH',
      url: `/api/users/${user.userId}`,
      headers: { cookie: admin.cookie },
      payload: { active: false },
    });
    expect(deactivate.json()).toMatchObject({ active: false });
    expect((await app.inject({ url: '/api/auth/me', headers: { cookie: sessionCookie(again) } })).statusCode).toBe(401);
    const refused = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: 'brand-new-pass' },
    });
    expect(refused.statusCode).toBe(401);
  });

  it('keeps the last active administrator: neither demoted nor deactivated', async () => {
    const { app, signIn } = await start();
    const admin = await signIn('admin');
    for (const payload of [{ role: 'user' }, { active: false }]) {
      const response = await app.inject({
        method: 'PATCH',
        url: `/api/users/${admin.userId}`,
        headers: { cookie: admin.cookie },
        payload,
      });
      expect(response.statusCode).toBe(409);
    }
    const second = await signIn('admin');
    const demoted = await app.inject({
      method: 'PATCH',
      url: `/api/users/${second.userId}`,
      headers: { cookie: admin.cookie },
      payload: { role: 'user' },
    });
    expect(demoted.json()).toMatchObject({ role: 'user' });
  });
});
