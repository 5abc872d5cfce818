import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmailySandbox } from '../../sandbox/sandbox';
import type { SmailySandbox } from '../../sandbox/types';
import { newSmailyAccount, newTestClient } from '../testing/smaily-client';

let sandbox: SmailySandbox;
beforeAll(async () => {
  sandbox = await startSmailySandbox({ maxRps: 1000 });
});
afterAll(() => sandbox.close());

const seen = (subdomain: string) =>
  sandbox.requests(subdomain).map((request) => [request.endpoint, request.status, request.code]);

describe('code 202: the API user has no API access', () => {
  it('is its own outcome, whatever the call, with Smaily’s message, and is never retried', async () => {
    const { client, delays } = newTestClient(sandbox);
    const account = newSmailyAccount(sandbox);
    const forbidden = { kind: 'code', code: 202, message: 'Forbidden' } as const;
    sandbox.failNext(account.subdomain, [forbidden, forbidden, forbidden]);
    const outcomes = [
      await client.probe(account),
      await client.upsertContacts(account, [{ email: 'a@x.ee' }]),
      await client.getContact(account, 'a@x.ee'),
    ];
    expect(outcomes).toEqual(Array(3).fill({ kind: 'no-api-access', code: 202, message: 'Forbidden', attempts: 1 }));
    expect(delays).toEqual([]);
    expect(sandbox.requests(account.subdomain)).toHaveLength(3);
  });
});

describe('code 205: could not add or update, probably something in Smaily', () => {
  it('is tried once more, after the first backoff wait, and then succeeds', async () => {
    const { client, delays } = newTestClient(sandbox);
    const account = newSmailyAccount(sandbox);
    sandbox.failNext(account.subdomain, [{ kind: 'code', code: 205 }]);
    expect(await client.upsertContacts(account, [{ email: 'a@x.ee', name: 'A' }])).toEqual({
      kind: 'ok',
      attempts: 2,
      body: { code: 101, message: 'OK' },
    });
    expect(delays).toEqual([750]);
    expect(sandbox.getContact(account.subdomain, 'a@x.ee')?.fields).toEqual({ name: 'A' });
  });

  it('a second 205 is the answer: once more only, though the policy allows more attempts', async () => {
    const { client, delays } = newTestClient(sandbox, {
      retry: { attempts: 5, baseDelayMs: 1000, maxDelayMs: 30_000 },
    });
    const account = newSmailyAccount(sandbox);
    const failed = { kind: 'code', code: 205, message: 'Could not add or update provided contact' } as const;
    sandbox.failNext(account.subdomain, [failed, failed, failed]);
    expect(await client.upsertContact(account, { email: 'a@x.ee' })).toEqual({
      kind: 'smaily-error',
      code: 205,
      message: 'Could not add or update provided contact',
      attempts: 2,
    });
    expect(delays).toEqual([750]);
    expect(sandbox.pendingFaults(account.subdomain)).toHaveLength(1);
  });

  it('does not get a second try when the call allows one attempt', async () => {
    const { client, delays } = newTestClient(sandbox);
    const account = newSmailyAccount(sandbox);
    sandbox.failNext(account.subdomain, [{ kind: 'code', code: 205 }]);
    expect(await client.probe(account, { attempts: 1 })).toMatchObject({
      kind: 'smaily-error',
      code: 205,
      attempts: 1,
    });
    expect(delays).toEqual([]);
  });
});

describe('the credential probe', () => {
  it('asks the documented autoresponder.php?limit=1 when workflows.php answers 404, and the account exists', async () => {
    const { client } = newTestClient(sandbox);
    const account = newSmailyAccount(sandbox);
    sandbox.failNext(account.subdomain, [404]);
    expect(await client.probe(account)).toEqual({
      kind: 'ok',
      attempts: 2,
      body: [{ id: 1, title: 'Uudiskirjaga liitumine' }],
    });
    expect(seen(account.subdomain)).toEqual([
      ['workflows.php', 404, null],
      ['autoresponder.php', 200, null],
    ]);
    expect(sandbox.requests(account.subdomain)[1]?.query).toEqual({ limit: '1' });
  });

  it('reports what the fallback says: wrong credentials stay wrong credentials', async () => {
    const { client } = newTestClient(sandbox);
    const account = newSmailyAccount(sandbox);
    sandbox.failNext(account.subdomain, [404]);
    expect(await client.probe({ ...account, password: 'wrong' })).toEqual({
      kind: 'unauthorized',
      status: 401,
      attempts: 2,
    });
  });

  it('does not ask the fallback for any other answer of workflows.php', async () => {
    const { client } = newTestClient(sandbox);
    const account = newSmailyAccount(sandbox);
    sandbox.failNext(account.subdomain, [403]);
    expect(await client.probe(account)).toMatchObject({ kind: 'unauthorized', status: 403 });
    expect(seen(account.subdomain)).toEqual([['workflows.php', 403, null]]);
  });
});

describe('forgetContacts', () => {
  it('posts the addresses as a JSON array to contact/forget.php, and Smaily forgets them', async () => {
    const { client } = newTestClient(sandbox);
    const account = newSmailyAccount(sandbox);
    for (const email of ['a@x.ee', 'b@x.ee', 'c@x.ee']) sandbox.putContact(account.subdomain, { email });
    expect(await client.forgetContacts(account, ['a@x.ee', 'B@x.ee'])).toEqual({
      kind: 'ok',
      attempts: 1,
      body: { code: 101, message: 'OK' },
    });
    const [request] = sandbox.requests(account.subdomain);
    expect(request).toMatchObject({ method: 'POST', endpoint: 'contact/forget.php', contentType: 'application/json' });
    expect(request?.body).toEqual(['a@x.ee', 'B@x.ee']);
    expect(sandbox.contacts(account.subdomain).map((contact) => contact.email)).toEqual(['c@x.ee']);
  });
});
