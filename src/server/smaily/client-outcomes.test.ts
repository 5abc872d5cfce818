import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSmailyAddress } from '../../shared/smaily-address';
import { startSmailySandbox } from '../../sandbox/sandbox';
import type { SmailySandbox } from '../../sandbox/types';
import { newSmailyAccount, newTestClient } from '../testing/smaily-client';
import type { SmailyRow } from './types';

let sandbox: SmailySandbox;
beforeAll(async () => {
  sandbox = await startSmailySandbox({ maxRps: 1000 });
});
afterAll(() => sandbox.close());

describe('ok', () => {
  it('probe reads the workflows with the credentials, from workflows.php?trigger_type=form_submitted', async () => {
    const { client } = newTestClient(sandbox);
    const account = newSmailyAccount(sandbox);
    expect(await client.probe(account)).toEqual({
      kind: 'ok',
      attempts: 1,
      body: [
        { id: 1, title: 'Uudiskirjaga liitumine' },
        { id: 2, title: 'Tervituskiri' },
      ],
    });
    expect(sandbox.requests(account.subdomain)).toEqual([
      expect.objectContaining({
        method: 'GET',
        endpoint: 'workflows.php',
        query: { trigger_type: 'form_submitted' },
        user: account.username,
        status: 200,
      }),
    ]);
  });

  it('upsertContacts posts the rows as one JSON array with Content-Type application/json', async () => {
    const { client } = newTestClient(sandbox);
    const account = newSmailyAccount(sandbox);
    const rows: SmailyRow[] = [
      { email: 'mari@example.ee', name: 'Mari', piirkond: '' },
      { email: 'juri@example.ee', name: 'Jüri', is_unsubscribed: 1 },
    ];
    expect(await client.upsertContacts(account, rows)).toEqual({
      kind: 'ok',
      attempts: 1,
      body: { code: 101, message: 'OK' },
    });
    const [request] = sandbox.requests(account.subdomain);
    expect(request).toMatchObject({ method: 'POST', endpoint: 'contact.php', contentType: 'application/json' });
    expect(request?.rawBody).toBe(JSON.stringify(rows));
    expect(sandbox.getContact(account.subdomain, 'juri@example.ee')).toMatchObject({
      fields: { name: 'Jüri' },
      isUnsubscribed: true,
    });
  });

  it('upsertContact posts one JSON object', async () => {
    const { client } = newTestClient(sandbox);
    const account = newSmailyAccount(sandbox);
    const outcome = await client.upsertContact(account, { email: 'one@example.ee', name: 'Üks' });
    expect(outcome.kind).toBe('ok');
    expect(sandbox.requests(account.subdomain)[0]?.body).toEqual({ email: 'one@example.ee', name: 'Üks' });
  });

  it('getContact reads a stored contact, and null for an address Smaily does not know (206)', async () => {
    const { client } = newTestClient(sandbox);
    const account = newSmailyAccount(sandbox);
    sandbox.putContact(account.subdomain, { email: 'Kati@example.ee', name: 'Kati', code: 'K-1' });
    const found = await client.getContact(account, 'kati@EXAMPLE.ee');
    expect(found).toMatchObject({
      kind: 'ok',
      body: { email: 'Kati@example.ee', isUnsubscribed: false, fields: { name: 'Kati', code: 'K-1' } },
    });
    expect(await client.getContact(account, 'nobody@example.ee')).toEqual({ kind: 'ok', attempts: 1, body: null });
  });

  it('listUnsubscribers reads one page of list=2', async () => {
    const { client } = newTestClient(sandbox);
    const account = newSmailyAccount(sandbox);
    for (const email of ['c@x.ee', 'a@x.ee', 'b@x.ee']) sandbox.unsubscribe(account.subdomain, email);
    const outcome = await client.listUnsubscribers(account, { page: 1, limit: 2, fields: ['unsubscribed_at'] });
    expect(outcome).toEqual({
      kind: 'ok',
      attempts: 1,
      body: [{ email: 'c@x.ee', unsubscribed_at: expect.stringMatching(/^\d{4}-/) as unknown }],
    });
  });
});

describe('failures that are never retried', () => {
  it('unauthorized: a wrong password (401) or a 403', async () => {
    const { client, delays } = newTestClient(sandbox);
    const account = newSmailyAccount(sandbox);
    const wrong = await client.probe({ ...account, password: 'wrong' });
    sandbox.failNext(account.subdomain, [403]);
    const forbidden = await client.probe(account);
    expect([wrong, forbidden]).toEqual([
      { kind: 'unauthorized', status: 401, attempts: 1 },
      { kind: 'unauthorized', status: 403, attempts: 1 },
    ]);
    expect(delays).toEqual([]);
  });

  it('unknown-account: 404 for a subdomain the sandbox does not have, from the probe and its fallback', async () => {
    const { client } = newTestClient(sandbox);
    const parsed = parseSmailyAddress('nosuchaccount.sendsmaily.net');
    if (!parsed.ok) throw new Error('the test address should parse');
    const account = { subdomain: parsed.subdomain, username: 'u', password: 'p' };
    expect(await client.probe(account)).toEqual({ kind: 'unknown-account', status: 404, attempts: 2 });
    expect(sandbox.requests('nosuchaccount').map((request) => [request.endpoint, request.status])).toEqual([
      ['workflows.php', 404],
      ['autoresponder.php', 404],
    ]);
  });

  it('smaily-error: a 200 whose body code is not 101 keeps the code and message', async () => {
    const { client } = newTestClient(sandbox);
    const account = newSmailyAccount(sandbox);
    sandbox.failNext(account.subdomain, [{ kind: 'code', code: 216, message: 'Could not send campaign' }]);
    sandbox.markInvalid(account.subdomain, ['fine@example.ee']);
    const failed = await client.upsertContact(account, { email: 'x@example.ee' });
    const invalidOne = await client.upsertContact(account, { email: 'fine@example.ee' });
    const invalidBatch = await client.upsertContacts(account, [
      { email: 'fine@example.ee' },
      { email: 'ok@example.ee' },
    ]);
    expect([failed, invalidOne, invalidBatch]).toEqual([
      { kind: 'smaily-error', code: 216, message: 'Could not send campaign', attempts: 1 },
      { kind: 'smaily-error', code: 204, message: 'Invalid email address provided - fine@example.ee', attempts: 1 },
      { kind: 'smaily-error', code: 203, message: 'Invalid data submitted', attempts: 1 },
    ]);
  });

  it('invalid-response for a body that is not JSON; unexpected-status for a redirect or a 400', async () => {
    const { client } = newTestClient(sandbox);
    const account = newSmailyAccount(sandbox);
    sandbox.failNext(account.subdomain, [{ kind: 'status', status: 200, body: '<html>Hooldus</html>' }, 302, 400]);
    expect(await client.probe(account)).toEqual({ kind: 'invalid-response', status: 200, attempts: 1 });
    expect(await client.probe(account)).toEqual({ kind: 'unexpected-status', status: 302, attempts: 1 });
    expect(await client.probe(account)).toEqual({ kind: 'unexpected-status', status: 400, attempts: 1 });
    expect(sandbox.requests(account.subdomain)).toHaveLength(3);
  });
});

describe('failures that are retried until the attempts run out', () => {
  it('rate-limited: 429 on every attempt', async () => {
    const { client, delays } = newTestClient(sandbox);
    const account = newSmailyAccount(sandbox);
    sandbox.failNext(account.subdomain, [429, 429, 429]);
    expect(await client.upsertContact(account, { email: 'a@x.ee' })).toEqual({
      kind: 'rate-limited',
      status: 429,
      attempts: 3,
    });
    expect(delays).toEqual([750, 1500]);
  });

  it('server-error: the last 5xx status is reported', async () => {
    const { client } = newTestClient(sandbox);
    const account = newSmailyAccount(sandbox);
    sandbox.failNext(account.subdomain, [500, 502, 503]);
    expect(await client.probe(account)).toEqual({ kind: 'server-error', status: 503, attempts: 3 });
  });

  it('network-error: the connection is dropped without an answer', async () => {
    const { client } = newTestClient(sandbox);
    const account = newSmailyAccount(sandbox);
    sandbox.failNext(account.subdomain, [{ kind: 'drop' }, { kind: 'drop' }, { kind: 'drop' }]);
    expect(await client.upsertContacts(account, [{ email: 'a@x.ee' }])).toEqual({
      kind: 'network-error',
      cause: expect.any(String) as unknown,
      attempts: 3,
    });
    expect(sandbox.requests(account.subdomain).map((request) => request.fault?.kind)).toEqual(['drop', 'drop', 'drop']);
  });

  it('network-error: nothing listens on the port', async () => {
    const closed = await startSmailySandbox();
    const { client } = newTestClient(closed, { retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 1 } });
    const account = newSmailyAccount(closed);
    await closed.close();
    expect(await client.probe(account)).toEqual({ kind: 'network-error', cause: 'ECONNREFUSED', attempts: 2 });
  });

  it('timeout: a slow answer and a held one; probes use the probe timeout', async () => {
    const { client } = newTestClient(sandbox, { timeoutMs: 2000, probeTimeoutMs: 60 });
    const account = newSmailyAccount(sandbox);
    sandbox.failNext(account.subdomain, [
      { kind: 'slow', delayMs: 5000 },
      { kind: 'hold' },
      { kind: 'slow', delayMs: 5000 },
    ]);
    const started = performance.now();
    expect(await client.probe(account)).toEqual({ kind: 'timeout', timeoutMs: 60, attempts: 3 });
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('timeout: upserts use the normal timeout', async () => {
    const { client } = newTestClient(sandbox, { timeoutMs: 80, retry: { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 } });
    const account = newSmailyAccount(sandbox);
    sandbox.failNext(account.subdomain, [{ kind: 'slow', delayMs: 5000 }]);
    expect(await client.upsertContact(account, { email: 'a@x.ee' })).toEqual({
      kind: 'timeout',
      timeoutMs: 80,
      attempts: 1,
    });
  });
});
