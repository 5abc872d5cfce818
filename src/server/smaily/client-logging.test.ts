import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmailySandbox } from '../../sandbox/sandbox';
import { captureLogger } from '../testing/smaily-sandbox';
import type { SmailySandbox } from '../../sandbox/types';
import { createSyncLogger } from './logging';
import { newSmailyAccount, newTestClient } from '../testing/smaily-client';
import type { SmailyAccount } from './types';

let sandbox: SmailySandbox;
beforeAll(async () => {
  sandbox = await startSmailySandbox({ maxRps: 1000 });
});
afterAll(() => sandbox.close());

const ROW = { email: 'salajane.inimene@example.ee', name: 'Salajane Inimene', telefon: '+372 5555 1234' };

/** Everything that must never appear in a log line about this account and row. */
function secretsOf(account: SmailyAccount): string[] {
  const pair = `${account.username}:${account.password}`;
  return [
    account.password,
    account.username,
    'Basic ',
    'authorization',
    Buffer.from(pair).toString('base64'),
    Buffer.from(pair).toString('base64url'),
    ...Object.values(ROW),
  ];
}

function expectClean(lines: string[], account: SmailyAccount): void {
  const text = lines.join('\n').toLowerCase();
  for (const secret of secretsOf(account)) expect(text).not.toContain(secret.toLowerCase());
}

describe('log lines of failed calls', () => {
  it('name the outcome, endpoint and subdomain, and none of the credentials or body values', async () => {
    const { client, log } = newTestClient(sandbox);
    const account = newSmailyAccount(sandbox);
    const outcome = await client.upsertContacts({ ...account, password: `${account.password}-wrong` }, [ROW]);

    expect(outcome.kind).toBe('unauthorized');
    expect(log.entries()).toEqual([
      expect.objectContaining({
        level: 40,
        outcome: 'unauthorized',
        endpoint: 'contact.php',
        subdomain: account.subdomain,
        status: 401,
        attempts: 1,
      }),
    ]);
    expectClean(log.lines, { ...account, password: `${account.password}-wrong` });
  });

  it('write one line per failed attempt and one for the final failure', async () => {
    const { client, log } = newTestClient(sandbox);
    const account = newSmailyAccount(sandbox);
    sandbox.failNext(account.subdomain, [500, { kind: 'drop' }, 502]);
    await client.upsertContact(account, ROW);

    expect(log.entries().map((entry) => [entry.outcome, entry.attempt, entry.retryInMs, entry.attempts])).toEqual([
      ['server-error', 1, 750, undefined],
      ['network-error', 2, 1500, undefined],
      ['server-error', 3, undefined, 3],
    ]);
    expectClean(log.lines, account);
  });

  it('keep the code but not the message of a data error, which can echo the address', async () => {
    const { client, log } = newTestClient(sandbox);
    const account = newSmailyAccount(sandbox);
    sandbox.markInvalid(account.subdomain, [ROW.email]);
    const outcome = await client.upsertContact(account, ROW);

    expect(outcome).toMatchObject({
      kind: 'smaily-error',
      code: 204,
      message: expect.stringContaining(ROW.email) as unknown,
    });
    expect(log.entries()).toEqual([expect.objectContaining({ outcome: 'smaily-error', code: 204 })]);
    expectClean(log.lines, account);
  });

  it('leave out the e-mail a contact was looked up by', async () => {
    const { client, log } = newTestClient(sandbox);
    const account = newSmailyAccount(sandbox);
    sandbox.failNext(account.subdomain, [500, 500, 500]);
    expect((await client.getContact(account, ROW.email)).kind).toBe('server-error');
    expect(log.lines).toHaveLength(3);
    expectClean(log.lines, account);
  });
});

describe('createSyncLogger', () => {
  it('redacts credentials, headers and bodies should a line ever include them', () => {
    const { logger, lines } = captureLogger();
    createSyncLogger(logger).warn(
      {
        password: 'p1',
        account: { username: 'u1', password: 'p2' },
        request: { headers: { authorization: 'Basic dTE6cDI=' }, body: '[{"email":"a@x.ee"}]' },
        rows: [{ email: 'b@x.ee' }],
      },
      'defensive',
    );
    expect(lines).toHaveLength(1);
    for (const secret of ['p1', 'u1', 'p2', 'dTE6cDI=', 'a@x.ee', 'b@x.ee']) expect(lines[0]).not.toContain(secret);
    expect(lines[0]).toContain('[redacted]');
  });
});
