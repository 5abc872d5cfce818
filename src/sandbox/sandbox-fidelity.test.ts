import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmailySandbox } from './sandbox';
import { type TestAccount, addTestAccount, callSandbox, postJson } from '../server/testing/smaily-sandbox';
import type { SmailySandbox } from './types';

let sandbox: SmailySandbox;
beforeAll(async () => {
  sandbox = await startSmailySandbox({ maxRps: 1000 });
});
afterAll(() => sandbox.close());

const postAs = (account: TestAccount, endpoint: string, contentType: string, body: string) =>
  callSandbox(sandbox, account, endpoint, { method: 'POST', contentType, body });
const fieldsOf = (account: TestAccount, email: string) => sandbox.getContact(account.subdomain, email)?.fields;
const get = (account: TestAccount, endpoint: string, query: string) =>
  callSandbox(sandbox, account, endpoint, { query });

describe('custom field names, as Smaily keeps or drops them', () => {
  const sent = {
    klass: 'A',
    _3_klass: 'B',
    first_name: 'Mari',
    '1klass': 'dropped',
    FirstName: 'dropped',
    'first-name': 'dropped',
    õun: 'dropped',
    'first name': 'dropped',
  };
  const kept = { klass: 'A', _3_klass: 'B', first_name: 'Mari' };

  it('drops a name that starts with a digit or holds anything but a-z, 0-9 and _, and still answers 101', async () => {
    const account = addTestAccount(sandbox);
    const answer = await postJson(sandbox, account, { email: 'mari@example.ee', ...sent });
    expect(answer.json).toEqual({ code: 101, message: 'OK' });
    expect(fieldsOf(account, 'mari@example.ee')).toEqual(kept);
    const read = await get(account, 'contact.php', 'email=mari%40example.ee');
    expect(read.json).toMatchObject(kept);
    expect(Object.keys(read.json as object)).not.toContain('1klass');
  });

  it('drops them the same way in a batch and in a form-encoded body', async () => {
    const account = addTestAccount(sandbox);
    await postJson(sandbox, account, [{ email: 'a@example.ee', ...sent }]);
    const form = new URLSearchParams({ email: 'b@example.ee', ...sent }).toString();
    await postAs(account, 'contact.php', 'application/x-www-form-urlencoded', form);
    expect(fieldsOf(account, 'a@example.ee')).toEqual(kept);
    expect(fieldsOf(account, 'b@example.ee')).toEqual(kept);
  });
});

describe('POST contact/forget.php', () => {
  it('takes a JSON array or a URL-encoded list, and forgets those contacts for good', async () => {
    const account = addTestAccount(sandbox);
    await postJson(
      sandbox,
      account,
      ['a', 'b', 'c', 'd'].map((name) => ({ email: `${name}@x.ee` })),
    );
    const json = await postAs(account, 'contact/forget.php', 'application/json', JSON.stringify(['A@x.ee']));
    const form = await postAs(
      account,
      'contact/forget.php',
      'application/x-www-form-urlencoded',
      new URLSearchParams({ 0: 'b@x.ee', 1: 'C@x.ee' }).toString(),
    );
    expect([json.json, form.json]).toEqual([
      { code: 101, message: 'OK' },
      { code: 101, message: 'OK' },
    ]);
    expect(sandbox.contacts(account.subdomain).map((contact) => contact.email)).toEqual(['d@x.ee']);
  });

  it('answers 203 to a body that is not a list of e-mails', async () => {
    const account = addTestAccount(sandbox);
    await postJson(sandbox, account, { email: 'a@x.ee' });
    const notAList = await postAs(account, 'contact/forget.php', 'application/json', '{"email":"a@x.ee"}');
    const formField = await postAs(
      account,
      'contact/forget.php',
      'application/x-www-form-urlencoded',
      'email=a%40x.ee',
    );
    expect([notAList.json, formField.json]).toEqual(Array(2).fill({ code: 203, message: 'Invalid data submitted' }));
    expect(sandbox.contacts(account.subdomain)).toHaveLength(1);
  });
});

describe('autoresponder.php', () => {
  it('POST starts the workflow for each address, stores it as contact.php would, and lists the accepted e-mails', async () => {
    const account = addTestAccount(sandbox);
    const answer = await postJson(sandbox, account, {});
    expect(answer.json).toMatchObject({ code: 203 }); // contact.php, not the workflow: nothing to store
    const started = await postAs(
      account,
      'autoresponder.php',
      'application/json',
      JSON.stringify({
        autoresponder: 2,
        addresses: [
          { email: 'Mari@x.ee', name: 'Mari', '1klass': 'x' },
          { email: 'not-an-email' },
          { email: 'juri@x.ee' },
        ],
      }),
    );
    expect(started).toMatchObject({
      status: 200,
      json: { code: 101, message: 'OK', addresses: ['Mari@x.ee', 'juri@x.ee'] },
    });
    expect(fieldsOf(account, 'mari@x.ee')).toEqual({ name: 'Mari' });
    expect(sandbox.triggered(account.subdomain)).toEqual([
      { autoresponder: 2, email: 'Mari@x.ee', at: expect.any(Number) as unknown },
      { autoresponder: 2, email: 'juri@x.ee', at: expect.any(Number) as unknown },
    ]);
  });

  it('POST without a workflow starts the opt-in one; an unknown workflow is 221, no addresses 207', async () => {
    const account = addTestAccount(sandbox);
    const post = (body: unknown) => postAs(account, 'autoresponder.php', 'application/json', JSON.stringify(body));
    expect((await post({ addresses: [{ email: 'a@x.ee' }] })).json).toMatchObject({ code: 101 });
    expect((await post({ autoresponder: 99, addresses: [{ email: 'b@x.ee' }] })).json).toEqual({
      code: 221,
      message: 'Invalid autoresponder ID provided',
    });
    expect((await post({ autoresponder: 1 })).json).toMatchObject({ code: 207 });
    expect(sandbox.triggered(account.subdomain).map((trigger) => [trigger.autoresponder, trigger.email])).toEqual([
      [null, 'a@x.ee'],
    ]);
  });

  it('GET pages with limit and page; without a limit it lists every workflow', async () => {
    const account = addTestAccount(sandbox);
    const names = async (query: string) =>
      ((await get(account, 'autoresponder.php', query)).json as { name: string }[]).map((workflow) => workflow.name);
    expect(await names('')).toEqual(['Uudiskirjaga liitumine', 'Tervituskiri']);
    expect(await names('limit=1')).toEqual(['Uudiskirjaga liitumine']);
    expect(await names('limit=1&page=1')).toEqual(['Tervituskiri']);
    expect(await names('limit=1&page=2')).toEqual([]);
  });
});

describe('a person unsubscribing and re-subscribing in Smaily', () => {
  const winter = new Date('2026-01-15T10:15:30Z'); // Tallinn is UTC+2
  const summer = new Date('2026-07-01T21:30:00Z'); // Tallinn is UTC+3: already the next day

  it('carries unsubscribed_at in Tallinn time, in GET ?email= and in the unsubscribers list', async () => {
    const account = addTestAccount(sandbox);
    await postJson(sandbox, account, [{ email: 'a@x.ee' }, { email: 'b@x.ee' }]);
    sandbox.unsubscribe(account.subdomain, 'a@x.ee', winter);
    sandbox.unsubscribe(account.subdomain, 'B@x.ee', summer);

    expect((await get(account, 'contact.php', 'email=a%40x.ee')).json).toMatchObject({
      is_unsubscribed: 1,
      unsubscribed_at: '2026-01-15 12:15:30',
    });
    expect((await get(account, 'contact.php', 'list=2&offset=0&limit=10&fields=email,unsubscribed_at')).json).toEqual([
      { email: 'a@x.ee', unsubscribed_at: '2026-01-15 12:15:30' },
      { email: 'b@x.ee', unsubscribed_at: '2026-07-02 00:30:00' },
    ]);
  });

  it('re-subscribing takes the contact off the unsubscribers list and sets subscribed_at', async () => {
    const account = addTestAccount(sandbox);
    sandbox.unsubscribe(account.subdomain, 'a@x.ee', winter);
    sandbox.resubscribe(account.subdomain, 'A@x.ee', summer);
    expect((await get(account, 'contact.php', 'list=2')).json).toEqual([]);
    expect((await get(account, 'contact.php', 'email=a%40x.ee')).json).toMatchObject({
      is_unsubscribed: 0,
      subscribed_at: '2026-07-02 00:30:00',
    });
  });
});

describe('faults', () => {
  it('records a faked body code as the answer’s code, as it records a real one', async () => {
    const account = addTestAccount(sandbox);
    sandbox.failNext(account.subdomain, [{ kind: 'code', code: 202, message: 'Forbidden' }]);
    expect((await postJson(sandbox, account, { email: 'a@x.ee' })).json).toEqual({ code: 202, message: 'Forbidden' });
    await postJson(sandbox, account, { email: 'a@x.ee' });
    expect(sandbox.requests(account.subdomain).map((request) => request.code)).toEqual([202, 101]);
  });
});
