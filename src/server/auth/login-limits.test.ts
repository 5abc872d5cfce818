import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../db/database';
import { createTestDataDir } from '../testing/data-dir';
import { createTestApp, type TestApp } from '../testing/test-app';
import type * as passwordModule from './password';
import { LoginLimiter } from './login-limiter';
import { verifyPassword } from './password';

// The real check, counted: how many passwords were checked is what the limits are about.
vi.mock('./password', async (importOriginal) => {
  const actual = await importOriginal<typeof passwordModule>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});
const passwordChecks = () => vi.mocked(verifyPassword).mock.calls;

const minute = 60 * 1000;
let time = 0;
const now = () => time;
const apps: TestApp[] = [];

beforeEach(() => {
  time = Date.now();
});
afterEach(async () => {
  await Promise.all(apps.splice(0).map((testApp) => testApp.close()));
});

async function start(env: Record<string, string> = {}): Promise<TestApp> {
  const testApp = await createTestApp({ env, now });
  apps.push(testApp);
  return testApp;
}

function login(app: FastifyInstance, email: string, password: string, remoteAddress = '10.0.0.1') {
  return app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress, payload: { email, password } });
}

describe('sign-in limits', () => {
  it('checks at most LOGIN_MAX_ATTEMPTS passwords of 50 parallel attempts, then refuses the right one until the wait ends', async () => {
    const { app, signIn } = await start();
    const user = await signIn('user');
    vi.mocked(verifyPassword).mockClear();

    const responses = await Promise.all(Array.from({ length: 50 }, () => login(app, user.email, 'wrong-pass')));
    expect(passwordChecks()).toHaveLength(5);
    const statuses = responses.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(45);

    const refused = await login(app, user.email, user.password);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('900');
    expect(refused.json()).toEqual({
      message: 'Liiga palju ebaõnnestunud sisselogimisi. Proovi uuesti 15 minuti pärast.',
    });
    time += 15 * minute - 1;
    expect((await login(app, user.email, user.password)).statusCode).toBe(429);
    expect(passwordChecks()).toHaveLength(5);
    time += 1;
    expect((await login(app, user.email, user.password)).statusCode).toBe(200);
  });

  it('keeps counting across a restart of the server', async () => {
    const data = createTestDataDir();
    const env = { LOGIN_MAX_ATTEMPTS: '2' };
    try {
      const first = await createTestApp({ env, now, dataDir: data.dir });
      const user = await first.signIn('user');
      for (let attempt = 0; attempt < 2; attempt++)
        expect((await login(first.app, user.email, 'wrong-pass')).statusCode).toBe(401);
      await first.close();

      const second = await createTestApp({ env, now, dataDir: data.dir });
      try {
        expect((await login(second.app, user.email, user.password)).statusCode).toBe(429);
        time += 15 * minute;
        expect((await login(second.app, user.email, user.password)).statusCode).toBe(200);
      } finally {
        await second.close();
      }
    } finally {
      data.remove();
    }
  });

  it('does not let a lock from one address stop the same account from another', async () => {
    const { app, signIn } = await start({ LOGIN_MAX_ATTEMPTS: '2' });
    const user = await signIn('user');
    for (let attempt = 0; attempt < 2; attempt++) await login(app, user.email, 'wrong-pass', '203.0.113.9');
    expect((await login(app, user.email, user.password, '203.0.113.9')).statusCode).toBe(429);
    expect((await login(app, user.email, user.password, '10.0.0.2')).statusCode).toBe(200);
  });

  it('compares e-mails without regard to case', async () => {
    const { app, signIn } = await start({ LOGIN_MAX_ATTEMPTS: '2' });
    const user = await signIn('user');
    await login(app, user.email, 'wrong-pass');
    await login(app, user.email.toUpperCase(), 'wrong-pass');
    expect((await login(app, user.email, user.password)).statusCode).toBe(429);
  });

  it('stops one address after LOGIN_MAX_ATTEMPTS_PER_ADDRESS attempts on any accounts', async () => {
    const { app, signIn } = await start({ LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '4' });
    const user = await signIn('user');
    for (let account = 0; account < 4; account++) {
      expect((await login(app, `guess${account}@example.test`, 'wrong-pass')).statusCode).toBe(401);
    }
    expect((await login(app, user.email, user.password)).statusCode).toBe(429);
    expect((await login(app, user.email, user.password, '10.0.0.2')).statusCode).toBe(200);
  });

  it('counts an IPv6 address by its /64, and an IPv4 address written as IPv6 as itself', async () => {
    const { app, signIn } = await start({ LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '2' });
    const user = await signIn('user');
    await login(app, 'a@example.test', 'wrong-pass', '2001:db8:1:2::1');
    await login(app, 'b@example.test', 'wrong-pass', '2001:db8:1:2:ffff::2');
    expect((await login(app, user.email, user.password, '2001:0db8:0001:0002::3')).statusCode).toBe(429);
    expect((await login(app, user.email, user.password, '2001:db8:1:3::1')).statusCode).toBe(200);

    await login(app, 'a@example.test', 'wrong-pass', '198.51.100.7');
    await login(app, 'b@example.test', 'wrong-pass', '::ffff:198.51.100.7');
    expect((await login(app, user.email, user.password, '198.51.100.7')).statusCode).toBe(429);
  });

  it('lets colleagues sign in from one address without using up its allowance', async () => {
    const { app, signIn } = await start({ LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '3' });
    const users = [await signIn('user'), await signIn('user'), await signIn('admin'), await signIn('user')];
    for (const user of users) expect((await login(app, user.email, user.password)).statusCode).toBe(200);

    // Two failures, then a success that took the last attempt: it is given back, so one more failure is heard.
    const [colleague] = users;
    if (!colleague) throw new Error('no user');
    expect((await login(app, 'a@example.test', 'wrong-pass', '10.0.0.3')).statusCode).toBe(401);
    expect((await login(app, 'b@example.test', 'wrong-pass', '10.0.0.3')).statusCode).toBe(401);
    expect((await login(app, colleague.email, colleague.password, '10.0.0.3')).statusCode).toBe(200);
    expect((await login(app, 'c@example.test', 'wrong-pass', '10.0.0.3')).statusCode).toBe(401);
    expect((await login(app, colleague.email, colleague.password, '10.0.0.3')).statusCode).toBe(429);
  });

  it('forgets an account’s failures from an address once it signs in', async () => {
    const { app, signIn } = await start({ LOGIN_MAX_ATTEMPTS: '3' });
    const user = await signIn('user');
    for (let round = 0; round < 2; round++) {
      expect((await login(app, user.email, 'wrong-pass')).statusCode).toBe(401);
      expect((await login(app, user.email, 'wrong-pass')).statusCode).toBe(401);
      expect((await login(app, user.email, user.password)).statusCode).toBe(200);
    }
  });

  it('costs an unknown or inactive e-mail a password check too, and answers it as a wrong password', async () => {
    const { app, signIn } = await start();
    const user = await signIn('user');
    const inactive = await signIn('user');
    await app.db.updateTable('users').set({ active: 0 }).where('id', '=', inactive.userId).execute();
    vi.mocked(verifyPassword).mockClear();

    const wrong = await login(app, user.email, 'wrong-pass');
    const unknown = await login(app, 'nobody@example.test', 'wrong-pass');
    const deactivated = await login(app, inactive.email, inactive.password);
    for (const response of [unknown, deactivated]) {
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual(wrong.json());
    }
    const checkedAgainst = passwordChecks().map(([, stored]) => stored);
    expect(checkedAgainst).toHaveLength(3);
    // Same scheme and cost as a real hash, so the check takes as long.
    for (const stored of checkedAgainst) expect(stored).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(checkedAgainst[1]).toBe(checkedAgainst[2]);
  });

  it('doubles the wait with each further lock of the same key', async () => {
    const { app, signIn } = await start({ LOGIN_MAX_ATTEMPTS: '2' });
    const user = await signIn('user');
    const lock = async () => {
      for (let attempt = 0; attempt < 2; attempt++)
        expect((await login(app, user.email, 'wrong-pass')).statusCode).toBe(401);
      return login(app, user.email, user.password);
    };

    expect((await lock()).headers['retry-after']).toBe('900');
    time += 15 * minute;
    const second = await lock();
    expect(second.statusCode).toBe(429);
    expect(second.headers['retry-after']).toBe('1800');
    time += 15 * minute;
    expect((await login(app, user.email, user.password)).statusCode).toBe(429);
    time += 15 * minute;
    expect((await login(app, user.email, user.password)).statusCode).toBe(200);
  });
});

describe('LoginLimiter', () => {
  it('allows exactly the limit of reservations started at the same moment', async () => {
    const data = createTestDataDir();
    const db = await openDatabase(data.dir);
    try {
      const limiter = new LoginLimiter(db, { perAccount: 5, perAddress: 20, windowMs: 15 * minute }, now);
      const attempt = { address: '10.0.0.1', email: 'mari@example.test' };
      const reservations = await Promise.all(Array.from({ length: 50 }, () => limiter.reserve(attempt)));
      expect(reservations.filter((reservation) => reservation.allowed)).toHaveLength(5);
    } finally {
      await db.destroy();
      data.remove();
    }
  });
});
