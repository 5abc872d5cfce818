import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmailySandbox } from './sandbox';
import { type TestAccount, addTestAccount, callSandbox, postJson } from '../server/testing/smaily-sandbox';
import type { SmailySandbox } from './types';

let sandbox: SmailySandbox;
beforeAll(async () => {
  sandbox = await startSmailySandbox({ maxRps: 1000 });
});
afterAll(() => sandbox.close());

const postForm = (account: TestAccount, body: string) =>
  callSandbox(sandbox, account, 'contact.php', {
    method: 'POST',
    contentType: 'application/x-www-form-urlencoded',
    body,
  });
const getByEmail = (account: TestAccount, email: string) =>
  callSandbox(sandbox, account, 'contact.php', { query: `email=${encodeURIComponent(email)}` });
const fieldsOf = (account: TestAccount, email: string) => sandbox.getContact(account.subdomain, email)?.fields;

describe('POST contact.php', () => {
  it('stores a JSON object, every field as a string, and answers 101 as text/html', async () => {
    const account = addTestAccount(sandbox);
    const body = JSON.stringify({ email: 'mari@example.ee', name: 'Mari', visits: 5, vip: true, note: null });
    const answer = await callSandbox(sandbox, account, 'contact.php', {
      method: 'POST',
      contentType: 'application/json',
      body,
    });
    expect(answer).toMatchObject({ status: 200, json: { code: 101, message: 'OK' } });
    expect(answer.contentType).toBe('text/html; charset=utf-8');
    expect(fieldsOf(account, 'mari@example.ee')).toEqual({ name: 'Mari', visits: '5', vip: '1', note: '' });
    const [request] = sandbox.requests(account.subdomain);
    expect(request).toMatchObject({ method: 'POST', endpoint: 'contact.php', rawBody: body, status: 200, code: 101 });
    expect(request?.body).toEqual(JSON.parse(body));
  });

  it('stores every row of a JSON array', async () => {
    const account = addTestAccount(sandbox);
    const answer = await postJson(sandbox, account, [
      { email: 'a@example.ee', name: 'A' },
      { email: 'b@example.ee', name: 'B' },
    ]);
    expect(answer.json).toEqual({ code: 101, message: 'OK' });
    expect(sandbox.contacts(account.subdomain).map((contact) => contact.fields.name)).toEqual(['A', 'B']);
  });

  it('reads form-encoded bodies, single and PHP-style batches, in UTF-8', async () => {
    const account = addTestAccount(sandbox);
    const single = await postForm(account, new URLSearchParams({ email: 'juri@example.ee', name: 'Jüri' }).toString());
    const batch = await postForm(
      account,
      new URLSearchParams({ '1[email]': 'oie@example.ee', '1[name]': 'Õie', '0[email]': 'ulo@example.ee' }).toString(),
    );
    expect([single.json, batch.json]).toEqual([
      { code: 101, message: 'OK' },
      { code: 101, message: 'OK' },
    ]);
    expect(fieldsOf(account, 'juri@example.ee')).toEqual({ name: 'Jüri' });
    expect(fieldsOf(account, 'oie@example.ee')).toEqual({ name: 'Õie' });
    expect(sandbox.requests(account.subdomain)[1]?.body).toEqual([
      { email: 'ulo@example.ee' },
      { email: 'oie@example.ee', name: 'Õie' },
    ]);
  });

  it('upserts by e-mail matched case-insensitively: sent fields change, the others stay', async () => {
    const account = addTestAccount(sandbox);
    await postJson(sandbox, account, { email: 'Kati@Example.ee', name: 'Kati', town: 'Tartu' });
    await postJson(sandbox, account, { email: 'KATI@EXAMPLE.EE', name: 'Kati Karu' });
    const contacts = sandbox.contacts(account.subdomain);
    expect(contacts).toHaveLength(1);
    expect(contacts[0]?.fields).toEqual({ name: 'Kati Karu', town: 'Tartu' });
  });

  it('answers 204 for one invalid address, also one marked invalid, and stores nothing', async () => {
    const account = addTestAccount(sandbox);
    sandbox.markInvalid(account.subdomain, ['Looks.Fine@example.ee']);
    const plainlyBad = await postJson(sandbox, account, { email: 'not-an-email' });
    const marked = await postJson(sandbox, account, { email: 'looks.fine@example.ee' });
    expect(plainlyBad.json).toEqual({ code: 204, message: 'Invalid email address provided - not-an-email' });
    expect(marked.json).toMatchObject({ code: 204 });
    expect(sandbox.contacts(account.subdomain)).toEqual([]);
  });

  it('answers 203 for a batch with an invalid or e-mail-less row, and keeps the valid rows', async () => {
    const account = addTestAccount(sandbox);
    sandbox.markInvalid(account.subdomain, ['marked@example.ee']);
    const answer = await postJson(sandbox, account, [
      { email: 'good@example.ee' },
      { email: 'marked@example.ee' },
      { email: 'bad@' },
      { name: 'no e-mail' },
      { email: 'also-good@example.ee' },
    ]);
    expect(answer.json).toEqual({ code: 203, message: 'Invalid data submitted' });
    expect(sandbox.contacts(account.subdomain).map((contact) => contact.email)).toEqual([
      'good@example.ee',
      'also-good@example.ee',
    ]);
  });

  it('answers 203 for a body without an e-mail, an empty batch, or JSON sent without its content type', async () => {
    const account = addTestAccount(sandbox);
    const noEmail = await postJson(sandbox, account, { name: 'Nobody' });
    const empty = await postJson(sandbox, account, []);
    const untyped = await callSandbox(sandbox, account, 'contact.php', {
      method: 'POST',
      body: JSON.stringify({ email: 'typed@example.ee' }),
    });
    expect([noEmail.json, empty.json, untyped.json]).toEqual(
      Array(3).fill({ code: 203, message: 'Invalid data submitted' }),
    );
    expect(sandbox.contacts(account.subdomain)).toEqual([]);
  });

  it('answers code 201 to a contact write with another method', async () => {
    const account = addTestAccount(sandbox);
    const answer = await callSandbox(sandbox, account, 'contact.php', {
      method: 'PUT',
      contentType: 'application/json',
      body: '{"email":"put@example.ee"}',
    });
    expect(answer).toMatchObject({ status: 200, json: { code: 201 } });
    expect(sandbox.contacts(account.subdomain)).toEqual([]);
  });
});

describe('subscription status', () => {
  it('subscribes a new contact; absent keeps the status; 1 unsubscribes; an explicit 0 re-subscribes', async () => {
    const account = addTestAccount(sandbox);
    const status = () => sandbox.getContact(account.subdomain, 'eva@example.ee');
    await postJson(sandbox, account, { email: 'eva@example.ee' });
    expect(status()).toMatchObject({ isUnsubscribed: false, unsubscribedAt: null });
    await postJson(sandbox, account, { email: 'eva@example.ee', is_unsubscribed: 1 });
    expect(status()?.isUnsubscribed).toBe(true);
    expect(status()?.unsubscribedAt).toEqual(expect.any(Number));
    await postJson(sandbox, account, { email: 'EVA@example.ee', name: 'Eva' });
    expect(status()).toMatchObject({ isUnsubscribed: true, fields: { name: 'Eva' } });
    const before = status()?.subscribedAt ?? 0;
    await postJson(sandbox, account, { email: 'eva@example.ee', is_unsubscribed: '0' });
    expect(status()?.isUnsubscribed).toBe(false);
    expect(status()?.subscribedAt).toBeGreaterThanOrEqual(before);
  });

  it('creates a contact unsubscribed when asked to, and unsubscribe() pre-sets one', async () => {
    const account = addTestAccount(sandbox);
    await postJson(sandbox, account, { email: 'new@example.ee', is_unsubscribed: 1 });
    sandbox.unsubscribe(account.subdomain, 'OptedOut@example.ee');
    await postJson(sandbox, account, { email: 'optedout@example.ee', name: 'Still out' });
    expect(sandbox.getContact(account.subdomain, 'new@example.ee')).toMatchObject({
      isUnsubscribed: true,
      subscribedAt: null,
    });
    expect(sandbox.getContact(account.subdomain, 'optedout@example.ee')?.isUnsubscribed).toBe(true);
  });

  it('is_deleted hides the contact and purges its fields, but a re-import cannot re-subscribe it', async () => {
    const account = addTestAccount(sandbox);
    await postJson(sandbox, account, { email: 'gone@example.ee', name: 'Gone', is_unsubscribed: 1 });
    await postJson(sandbox, account, { email: 'gone@example.ee', is_deleted: 1 });
    expect(sandbox.getContact(account.subdomain, 'gone@example.ee')).toMatchObject({ isDeleted: true, fields: {} });
    expect((await getByEmail(account, 'gone@example.ee')).json).toMatchObject({ code: 206 });
    await postJson(sandbox, account, { email: 'gone@example.ee', name: 'Back' });
    expect(sandbox.getContact(account.subdomain, 'gone@example.ee')).toMatchObject({
      isDeleted: false,
      isUnsubscribed: true,
      fields: { name: 'Back' },
    });
  });
});
