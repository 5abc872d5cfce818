import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmailySandbox } from '../../sandbox/sandbox';
import { captureLogger } from '../testing/smaily-sandbox';
import type { SandboxFaultInput, SmailySandbox } from '../../sandbox/types';
import { newSmailyAccount, newTestClient } from '../testing/smaily-client';

const sandboxLog = captureLogger('info');
let sandbox: SmailySandbox;
beforeAll(async () => {
  sandbox = await startSmailySandbox({ maxRps: 1000, logger: sandboxLog.logger });
});
afterAll(() => sandbox.close());

const production = { attempts: 5, baseDelayMs: 1000, maxDelayMs: 30_000 };

describe('retries', () => {
  it('retries each kind of passing fault with the literal backoff schedule, then succeeds', async () => {
    const { client, delays } = newTestClient(sandbox, { retry: production, timeoutMs: 100 });
    const account = newSmailyAccount(sandbox);
    sandbox.failNext(account.subdomain, [503, 429, { kind: 'drop' }, { kind: 'slow', delayMs: 3000 }]);

    const outcome = await client.upsertContacts(account, [{ email: 'mari@example.ee', name: 'Mari' }]);

    expect(outcome).toEqual({ kind: 'ok', attempts: 5, body: { code: 101, message: 'OK' } });
    expect(delays).toEqual([750, 1500, 3000, 6000]);
    // Seen by the sandbox: every fault, in order, then the retry that was answered normally.
    const seen = sandbox.requests(account.subdomain).map((request) => [request.fault?.kind ?? 'none', request.status]);
    expect(seen).toEqual([
      ['status', 503],
      ['status', 429],
      ['drop', null],
      ['slow', 200],
      ['none', 200],
    ]);
    const logged = sandboxLog.entries().filter((entry) => entry.account === account.subdomain);
    expect(logged.map((entry) => [entry.fault ?? 'none', entry.status, entry.code])).toEqual([
      ['status 503', 503, null],
      ['status 429', 429, null],
      ['drop', null, null],
      ['slow 3000 ms', 200, 101],
      ['none', 200, 101],
    ]);
    // Retrying the upsert is harmless: the slow attempt and the last one wrote the same contact.
    expect(sandbox.contacts(account.subdomain)).toHaveLength(1);
  });

  it('takes its jitter from the injected source', async () => {
    const { client, delays } = newTestClient(sandbox, { retry: production, random: () => 0 });
    const account = newSmailyAccount(sandbox);
    sandbox.failNext(account.subdomain, [500, 500, 500, 500, 500]);
    expect(await client.probe(account)).toEqual({ kind: 'server-error', status: 500, attempts: 5 });
    expect(delays).toEqual([500, 1000, 2000, 4000]);
  });

  it.each<[string, SandboxFaultInput]>([
    ['401', 401],
    ['403', 403],
    ['404', 404],
    ['a body code', { kind: 'code', code: 206 }],
    ['202, no API access', { kind: 'code', code: 202 }],
  ])('never retries %s', async (_name, fault) => {
    const { client, delays } = newTestClient(sandbox, { retry: production });
    const account = newSmailyAccount(sandbox);
    sandbox.failNext(account.subdomain, [fault]);
    const outcome = await client.upsertContact(account, { email: 'a@x.ee' });
    expect(outcome.attempts).toBe(1);
    expect(outcome.kind).not.toBe('ok');
    expect(delays).toEqual([]);
    expect(sandbox.requests(account.subdomain)).toHaveLength(1);
  });

  it('really waits between attempts when no sleep is injected', async () => {
    const { client } = newTestClient(sandbox, {
      retry: { attempts: 2, baseDelayMs: 40, maxDelayMs: 1000 },
      sleep: undefined,
    });
    const account = newSmailyAccount(sandbox);
    sandbox.failNext(account.subdomain, [500]);
    expect((await client.probe(account)).attempts).toBe(2);
    const [first, second] = sandbox.requests(account.subdomain);
    // The jitter of 0.5 makes the wait 30 ms of the 40 ms step.
    expect((second?.receivedAt ?? 0) - (first?.receivedAt ?? 0)).toBeGreaterThanOrEqual(29);
  });
});
