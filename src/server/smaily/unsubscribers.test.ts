import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmailySandbox } from '../../sandbox/sandbox';
import type { SmailySandbox } from '../../sandbox/types';
import { newSmailyAccount, newTestClient } from '../testing/smaily-client';
import { readAllUnsubscribers } from './unsubscribers';

let sandbox: SmailySandbox;
beforeAll(async () => {
  sandbox = await startSmailySandbox({ maxRps: 1000 });
});
afterAll(() => sandbox.close());

const listRequests = (subdomain: string) =>
  sandbox.requests(subdomain).filter((request) => request.endpoint === 'contact.php' && request.method === 'GET');

describe('readAllUnsubscribers', () => {
  it('pages by page number with limit and fields until a short page, and gives every row with its moment', async () => {
    const { client } = newTestClient(sandbox);
    const account = newSmailyAccount(sandbox);
    const emails = ['e@x.ee', 'a@x.ee', 'd@x.ee', 'b@x.ee', 'c@x.ee'];
    for (const email of emails) sandbox.unsubscribe(account.subdomain, email, new Date('2026-03-12T12:05:00Z'));
    sandbox.putContact(account.subdomain, { email: 'still@x.ee' });

    const outcome = await readAllUnsubscribers(client, account, { pageSize: 2 });

    expect(outcome).toEqual({
      kind: 'ok',
      attempts: 3,
      body: [...emails].sort().map((email) => ({ email, unsubscribedAt: '2026-03-12 14:05:00' })),
    });
    expect(listRequests(account.subdomain).map((request) => request.query)).toEqual(
      [0, 1, 2].map((page) => ({ list: '2', offset: String(page), limit: '2', fields: 'email,unsubscribed_at' })),
    );
  });

  it('stops after an empty page when the list fills its last page exactly', async () => {
    const { client } = newTestClient(sandbox);
    const account = newSmailyAccount(sandbox);
    for (const email of ['a@x.ee', 'b@x.ee']) sandbox.unsubscribe(account.subdomain, email);
    const outcome = await readAllUnsubscribers(client, account, { pageSize: 2 });
    expect(outcome.kind === 'ok' && outcome.body.map((row) => row.email)).toEqual(['a@x.ee', 'b@x.ee']);
    expect(listRequests(account.subdomain)).toHaveLength(2);
  });

  it('gives the failure of a page, never the part read before it', async () => {
    const { client } = newTestClient(sandbox, { retry: { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 } });
    const account = newSmailyAccount(sandbox);
    for (const email of ['a@x.ee', 'b@x.ee', 'c@x.ee']) sandbox.unsubscribe(account.subdomain, email);
    sandbox.failNext(account.subdomain, [{ kind: 'slow', delayMs: 0 }, 503]);
    expect(await readAllUnsubscribers(client, account, { pageSize: 2 })).toEqual({
      kind: 'server-error',
      status: 503,
      attempts: 2,
    });
  });

  it('gives up on a list that never ends', async () => {
    const { client } = newTestClient(sandbox);
    const account = newSmailyAccount(sandbox);
    for (const email of ['a@x.ee', 'b@x.ee', 'c@x.ee', 'd@x.ee']) sandbox.unsubscribe(account.subdomain, email);
    expect(await readAllUnsubscribers(client, account, { pageSize: 1, maxPages: 2 })).toEqual({
      kind: 'invalid-response',
      status: 200,
      attempts: 2,
    });
  });
});
