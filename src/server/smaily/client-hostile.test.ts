import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SmailySubdomain } from '../../shared/smaily-address';
import { startSmailySandbox } from '../../sandbox/sandbox';
import type { SmailySandbox } from '../../sandbox/types';
import { buildSmailyUrl } from './smaily-url';
import { HOSTILE_SUBDOMAINS as hostile, newSmailyAccount, newTestClient } from '../testing/smaily-client';
import type { SmailyAccount } from './types';

let sandbox: SmailySandbox;
let real: SmailyAccount;
beforeAll(async () => {
  sandbox = await startSmailySandbox({ maxRps: 1000 });
  real = newSmailyAccount(sandbox);
});
afterAll(() => sandbox.close());

describe('addresses the parser has not accepted', () => {
  it.each(hostile)('%j: every method refuses without connecting', async (subdomain) => {
    const { client, log } = newTestClient(sandbox);
    const account = { ...real, subdomain: subdomain as SmailySubdomain };
    const outcomes = await Promise.all([
      client.probe(account),
      client.upsertContact(account, { email: 'a@x.ee' }),
      client.upsertContacts(account, [{ email: 'a@x.ee' }]),
      client.getContact(account, 'a@x.ee'),
      client.listUnsubscribers(account, { page: 0, limit: 10 }),
    ]);
    expect(outcomes).toEqual(Array(5).fill({ kind: 'invalid-address', attempts: 0 }));
    expect(sandbox.requests()).toEqual([]);
    expect(log.entries().map((entry) => entry.outcome)).toEqual(Array(5).fill('invalid-address'));
  });

  it('(control) the same client and sandbox do see a request for an accepted address', async () => {
    const { client } = newTestClient(sandbox);
    expect((await client.probe(real)).kind).toBe('ok');
    expect(sandbox.requests()).toHaveLength(1);
  });
});

describe('buildSmailyUrl', () => {
  it('puts the label where the template says and appends /api/<endpoint> and the query', () => {
    const label = 'demo' as SmailySubdomain;
    expect(
      buildSmailyUrl('https://{subdomain}.sendsmaily.net', label, 'contact.php', { email: 'a+b@x.ee' })?.href,
    ).toBe('https://demo.sendsmaily.net/api/contact.php?email=a%2Bb%40x.ee');
    expect(buildSmailyUrl('http://127.0.0.1:4010/{subdomain}/', label, 'workflows.php')?.href).toBe(
      'http://127.0.0.1:4010/demo/api/workflows.php',
    );
  });
});
