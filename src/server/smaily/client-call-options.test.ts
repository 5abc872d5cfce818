import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmailySandbox } from '../../sandbox/sandbox';
import type { SmailySandbox } from '../../sandbox/types';
import { newSmailyAccount, newTestClient } from '../testing/smaily-client';

let sandbox: SmailySandbox;
beforeAll(async () => {
  sandbox = await startSmailySandbox({ maxRps: 1000 });
});
afterAll(() => sandbox.close());

const retry = { attempts: 3, baseDelayMs: 1000, maxDelayMs: 30_000 };

describe('per-call attempts', () => {
  it('a probe asked for 2 attempts gives up after the second', async () => {
    const { client, delays } = newTestClient(sandbox, { retry });
    const account = newSmailyAccount(sandbox);
    sandbox.failNext(account.subdomain, [503, 503, 503]);

    expect(await client.probe(account, { attempts: 2 })).toEqual({ kind: 'server-error', status: 503, attempts: 2 });
    expect(delays).toEqual([750]);
    expect(sandbox.requests(account.subdomain)).toHaveLength(2);
  });

  it('never exceeds the client setting, and a single attempt does not retry', async () => {
    const { client } = newTestClient(sandbox, { retry });
    const account = newSmailyAccount(sandbox);
    sandbox.failNext(account.subdomain, [500, 500, 500]);
    expect(await client.probe(account, { attempts: 10 })).toMatchObject({ kind: 'server-error', attempts: 3 });
    sandbox.failNext(account.subdomain, [{ kind: 'drop' }]);
    expect(await client.probe(account, { attempts: 1 })).toMatchObject({ kind: 'network-error', attempts: 1 });
  });

  it('without options keeps the client retry policy', async () => {
    const { client } = newTestClient(sandbox, { retry });
    const account = newSmailyAccount(sandbox);
    sandbox.failNext(account.subdomain, [429, 429]);
    expect(await client.probe(account)).toMatchObject({ kind: 'ok', attempts: 3 });
  });
});
