import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmailySandbox } from './sandbox';
import { addTestAccount, basicAuth, callSandbox, postJson } from '../server/testing/smaily-sandbox';
import type { SmailySandbox } from './types';

let sandbox: SmailySandbox;
beforeAll(async () => {
  sandbox = await startSmailySandbox({ maxRps: 5 });
});
afterAll(() => sandbox.close());

describe('authentication and accounts', () => {
  it('answers 401 without credentials, with a wrong password or a wrong user', async () => {
    const account = addTestAccount(sandbox);
    const none = await callSandbox(sandbox, account, 'workflows.php', { auth: null });
    const wrongPassword = await callSandbox(sandbox, account, 'workflows.php', {
      auth: basicAuth(account.username, `${account.password}x`),
    });
    const wrongUser = await callSandbox(sandbox, account, 'workflows.php', {
      auth: basicAuth('someone', account.password),
    });
    expect([none.status, wrongPassword.status, wrongUser.status]).toEqual([401, 401, 401]);
    expect(none.contentType).toBe('text/html; charset=utf-8');
  });

  it('answers 404 for an unknown account and for a path outside the API', async () => {
    const unknown = { subdomain: 'nosuchaccount', username: 'u', password: 'p' };
    expect((await callSandbox(sandbox, unknown, 'workflows.php')).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${sandbox.port}/favicon.ico`)).status).toBe(404);
  });

  it('follows changed credentials (401 for the old ones) and a removed account (404)', async () => {
    const account = addTestAccount(sandbox);
    sandbox.updateAccount(account.subdomain, { password: 'new-password' });
    expect((await callSandbox(sandbox, account, 'workflows.php')).status).toBe(401);
    const renewed = { ...account, password: 'new-password' };
    expect((await callSandbox(sandbox, renewed, 'workflows.php')).status).toBe(200);
    sandbox.removeAccount(account.subdomain);
    expect((await callSandbox(sandbox, renewed, 'workflows.php')).status).toBe(404);
  });

  it('refuses an account name that is not a Smaily subdomain', () => {
    expect(() => sandbox.addAccount({ subdomain: 'evil.com', username: 'u', password: 'p' })).toThrow(/subdomain/);
  });
});

describe('rate limit', () => {
  it('answers 429 above maxRps per account without processing, and admits again after the window', async () => {
    // The sandbox's clock stands still until the test moves it: the window passes without a real wait.
    let time = Date.UTC(2026, 0, 5, 10);
    const limited = await startSmailySandbox({ maxRps: 5, now: () => time });
    try {
      const account = addTestAccount(limited);
      const other = addTestAccount(limited);
      const burst = await Promise.all(
        Array.from({ length: 8 }, (_, i) => postJson(limited, account, { email: `r${i}@example.ee` })),
      );
      const statuses = burst.map((answer) => answer.status).sort();
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
      expect(limited.contacts(account.subdomain)).toHaveLength(5);
      // Counted per account: another account is not affected.
      expect((await callSandbox(limited, other, 'workflows.php')).status).toBe(200);
      // The window is 1000 ms from the admitted requests: 1 ms before its end still refused, at its end admitted.
      time += 999;
      expect((await postJson(limited, account, { email: 'early@example.ee' })).status).toBe(429);
      time += 1;
      expect((await postJson(limited, account, { email: 'later@example.ee' })).status).toBe(200);
      expect(limited.requests(account.subdomain).at(-1)?.receivedAt).toBe(time);
    } finally {
      await limited.close();
    }
  });
});

describe('latency', () => {
  it('adds latencyMs to every answer', async () => {
    const slow = await startSmailySandbox({ latencyMs: 120 });
    try {
      const account = addTestAccount(slow);
      const started = performance.now();
      expect((await callSandbox(slow, account, 'workflows.php')).status).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(115);
    } finally {
      await slow.close();
    }
  });
});
