import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmailySandbox } from './sandbox';
import { type TestAccount, addTestAccount, callSandbox, postJson } from '../server/testing/smaily-sandbox';
import type { SmailySandbox } from './types';

let sandbox: SmailySandbox;
beforeAll(async () => {
  sandbox = await startSmailySandbox({ maxRps: 1000 });
});
afterAll(() => sandbox.close());

// Typed unknown: an asymmetric matcher is `any`, and it only ever stands in for a value inside toEqual.
const DATETIME: unknown = expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
const list = (account: TestAccount, query: string) => callSandbox(sandbox, account, 'contact.php', { query });

describe('GET contact.php?email=', () => {
  it('returns the stored contact with system fields as Tallinn datetimes and custom fields as strings', async () => {
    const account = addTestAccount(sandbox);
    await postJson(sandbox, account, { email: 'Mari@example.ee', name: 'Mari', age: 30 });
    const answer = await list(account, 'email=mari%40EXAMPLE.ee');
    expect(answer.contentType).toBe('text/html; charset=utf-8');
    expect(answer.json).toMatchObject({
      email: 'Mari@example.ee',
      is_unsubscribed: 0,
      created_at: DATETIME,
      subscribed_at: DATETIME,
      modified_at: DATETIME,
      unsubscribed_at: '0000-00-00 00:00:00',
      total_opens: 0,
      name: 'Mari',
      age: '30',
    });
  });

  it('answers 200 with code 206 for an unknown address', async () => {
    const account = addTestAccount(sandbox);
    expect(await list(account, 'email=nobody%40example.ee')).toMatchObject({
      status: 200,
      json: { code: 206, message: 'Could not find requested email address' },
    });
  });
});

describe('GET contact.php?list=2 (unsubscribers)', () => {
  it('pages by page number, sorted by e-mail, leaving subscribed and deleted contacts out', async () => {
    const account = addTestAccount(sandbox);
    for (const email of ['e@x.ee', 'B@x.ee', 'd@x.ee', 'a@x.ee', 'c@x.ee'])
      sandbox.unsubscribe(account.subdomain, email);
    await postJson(sandbox, account, [{ email: 'subscribed@x.ee' }, { email: 'd@x.ee', is_deleted: 1 }]);
    const pages = [];
    for (const offset of [0, 1, 2]) pages.push((await list(account, `list=2&offset=${offset}&limit=2`)).json);
    expect(pages).toEqual([[{ email: 'a@x.ee' }, { email: 'B@x.ee' }], [{ email: 'c@x.ee' }, { email: 'e@x.ee' }], []]);
  });

  it('returns only the asked fields that exist, email always, and everyone without a limit', async () => {
    const account = addTestAccount(sandbox);
    sandbox.unsubscribe(account.subdomain, 'a@x.ee');
    sandbox.unsubscribe(account.subdomain, 'b@x.ee');
    const answer = await list(account, 'list=2&fields=email,unsubscribed_at,no_such_field');
    expect(answer.json).toEqual([
      { email: 'a@x.ee', unsubscribed_at: DATETIME },
      { email: 'b@x.ee', unsubscribed_at: DATETIME },
    ]);
  });

  it('answers code 208 for a list that does not exist', async () => {
    const account = addTestAccount(sandbox);
    expect((await list(account, 'list=77')).json).toMatchObject({ code: 208 });
  });
});

describe('other endpoints', () => {
  it('workflows.php answers the [{id, title}] list the plugins probe with', async () => {
    const account = addTestAccount(sandbox);
    const answer = await callSandbox(sandbox, account, 'workflows.php', { query: 'trigger_type=form_submitted' });
    expect(answer).toMatchObject({ status: 200, contentType: 'text/html; charset=utf-8' });
    expect(answer.json).toEqual([
      { id: 1, title: 'Uudiskirjaga liitumine' },
      { id: 2, title: 'Tervituskiri' },
    ]);
  });

  it('autoresponder.php lists the same workflows in its newer shape', async () => {
    const account = addTestAccount(sandbox);
    const answer = await callSandbox(sandbox, account, 'autoresponder.php');
    expect(answer.json).toEqual([
      expect.objectContaining({ id: 1, name: 'Uudiskirjaga liitumine', status: 'ACTIVE' }),
      expect.objectContaining({ id: 2, name: 'Tervituskiri', status: 'ACTIVE' }),
    ]);
  });

  it('list.php counts the segments; contact/forget.php removes contacts for good', async () => {
    const account = addTestAccount(sandbox);
    await postJson(sandbox, account, [{ email: 'a@x.ee' }, { email: 'b@x.ee', is_unsubscribed: 1 }]);
    const forget = await callSandbox(sandbox, account, 'contact/forget.php', {
      method: 'POST',
      contentType: 'application/json',
      body: JSON.stringify(['A@x.ee']),
    });
    expect(forget.json).toEqual({ code: 101, message: 'OK' });
    expect((await callSandbox(sandbox, account, 'list.php')).json).toEqual([
      { id: 1, name: 'Kõik tellijad', subscribers_count: 0 },
      { id: 2, name: 'Loobunud', subscribers_count: 1 },
    ]);
  });

  it('answers 404 to an endpoint it does not know', async () => {
    const account = addTestAccount(sandbox);
    expect((await callSandbox(sandbox, account, 'nonsense.php')).status).toBe(404);
  });
});
