import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PushResult } from '../../shared/contact-push';
import { startSmailySandbox } from '../../sandbox/sandbox';
import type { SmailySandbox } from '../../sandbox/types';
import { generateDemoContacts } from '../seed/demo-contacts';
import { createTestApp, type TestApp } from '../testing/test-app';

let sandbox: SmailySandbox;
let testApp: TestApp;
let cookie: string;
let account: { subdomain: string; username: string; password: string };
let accountCounter = 0;

const fixture = [...generateDemoContacts(300)];
const find = (predicate: (contact: (typeof fixture)[number]) => boolean) => {
  const contact = fixture.find(predicate);
  if (!contact) throw new Error('the demo fixture lacks a case this test needs');
  return contact;
};

beforeAll(async () => {
  sandbox = await startSmailySandbox({ maxRps: 1000 });
});
afterAll(() => sandbox.close());

beforeEach(async () => {
  accountCounter += 1;
  account = {
    subdomain: `push${accountCounter}`,
    username: `api${accountCounter}`,
    password: `Secret-${accountCounter}`,
  };
  sandbox.addAccount(account);
  testApp = await createTestApp({
    contacts: 300,
    env: {
      SMAILY_URL_TEMPLATE: sandbox.urlTemplate,
      SMAILY_RETRY_BASE_MS: '5',
      SMAILY_RETRY_MAX_MS: '20',
      SMAILY_TIMEOUT_MS: '500',
    },
  });
  ({ cookie } = await testApp.signIn('admin', 'Mari Maasikas'));
  const activation = await testApp.as(cookie).post('/api/smaily/activation', {
    address: `${account.subdomain}.sendsmaily.net`,
    username: account.username,
    password: account.password,
  });
  expect(activation.statusCode).toBe(200);
  const mapping = await testApp.as(cookie).put('/api/smaily-fields', {
    rows: [
      { smailyField: 'email', contactField: 'eMail', valueKind: 'value', typeCode: null },
      { smailyField: 'name', contactField: 'Name', valueKind: 'value', typeCode: null },
      { smailyField: 'piirkond', contactField: 'Classification', valueKind: 'description', typeCode: 'PIIRK' },
      { smailyField: 'klass', contactField: 'CustCat', valueKind: 'description', typeCode: null },
    ],
  });
  expect(mapping.statusCode).toBe(200);
});
afterEach(() => testApp.close());

async function push(code: string, confirm: string[] = []): Promise<PushResult> {
  const response = await testApp.as(cookie).post(`/api/contacts/${code}/push`, { confirm });
  expect(response.statusCode).toBe(200);
  return response.json<PushResult>();
}

const contactWrites = () =>
  sandbox
    .requests(account.subdomain)
    .filter((request) => request.endpoint === 'contact.php' && request.method === 'POST');

/** The outcome of the newest push entry of Sünkroniseerimise logi. */
async function lastLogOutcome(): Promise<string | undefined> {
  const entry = await testApp.app.db
    .selectFrom('sync_log')
    .select('outcome')
    .where('kind', '=', 'push')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return entry?.outcome;
}

describe("Edasta Smaily'sse", () => {
  it("sends exactly the mapping engine's payload, without is_unsubscribed for a consenting contact", async () => {
    const result = await push('100001');
    expect(result).toMatchObject({ outcome: 'sent' });
    const [write] = contactWrites();
    expect(contactWrites()).toHaveLength(1);
    expect(JSON.parse(write?.rawBody ?? '')).toEqual({
      email: 'info@arma.test',
      name: 'Ärma OÜ',
      piirkond: 'Tartumaa',
      klass: 'Väikeettevõte',
    });
    const state = await testApp.as(cookie).get('/api/contacts/100001/smaily');
    expect(state.json()).toEqual({ lastSentAt: (result as { at: string }).at });
  });

  it('sends is_unsubscribed: 1 for "Ära koosta massmaile"', async () => {
    const optedOut = find(
      (contact) => contact.NoMailPosting && !contact.blockedFlag && contact.eMail.endsWith('.test'),
    );
    expect(await push(optedOut.Code)).toMatchObject({ outcome: 'sent' });
    expect(JSON.parse(contactWrites()[0]?.rawBody ?? '')).toMatchObject({ email: optedOut.eMail, is_unsubscribed: 1 });
  });

  it('keeps a contact unsubscribed in Smaily unsubscribed after its push', async () => {
    sandbox.unsubscribe(account.subdomain, 'INFO@arma.test');
    expect(await push('100001')).toMatchObject({ outcome: 'sent' });
    expect(sandbox.getContact(account.subdomain, 'info@arma.test')).toMatchObject({
      isUnsubscribed: true,
      fields: { name: 'Ärma OÜ' },
    });
  });

  it('sends nothing for a contact without e-mail, and says why', async () => {
    const withoutEmail = find((contact) => contact.eMail === '' && !contact.blockedFlag);
    expect(await push(withoutEmail.Code)).toEqual({ outcome: 'not-sent', reason: 'no-email' });
    expect(contactWrites()).toHaveLength(0);
    // Sünkroniseerimise logi calls it what a bulk push calls it: skipped by the rules.
    expect(await lastLogOutcome()).toBe('skipped');
  });

  it("shows Smaily's code and message when it answers with another code than 101, and logs them", async () => {
    // Twice: the client tries a 205 once more before it is the answer.
    const unknownFailure = { kind: 'code', code: 205, message: 'Could not add or update provided contact' } as const;
    // After the consent read, which is answered as usual.
    sandbox.failNext(account.subdomain, [{ kind: 'slow', delayMs: 0 }, unknownFailure, unknownFailure]);
    expect(await push('100001')).toEqual({
      outcome: 'failed',
      reason: 'smaily-error',
      smailyCode: 205,
      smailyMessage: 'Could not add or update provided contact',
    });
    const entry = await testApp.app.db
      .selectFrom('sync_log')
      .selectAll()
      .where('kind', '=', 'push')
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ subject: '100001', outcome: 'failed', smaily_code: 205, user_name: 'Mari Maasikas' });
  });

  it('says to activate again when Smaily refuses the saved credentials (401)', async () => {
    sandbox.updateAccount(account.subdomain, { password: 'changed-in-smaily' });
    expect(await push('100001')).toMatchObject({ outcome: 'failed', reason: 'wrong-credentials', smailyCode: 401 });
  });

  it('asks before sending a closed contact, then sends it when confirmed', async () => {
    const closed = find((contact) => contact.blockedFlag && contact.eMail.endsWith('.test'));
    expect(await push(closed.Code)).toEqual({ outcome: 'needs-confirmation', reason: 'closed', duplicateOf: null });
    expect(contactWrites()).toHaveLength(0);
    expect(await push(closed.Code, ['closed'])).toMatchObject({ outcome: 'sent' });
  });

  it('asks before sending a contact whose e-mail an earlier contact has, naming that contact', async () => {
    const duplicate = find((contact) => contact.eMail !== '' && contact.eMail === contact.eMail.toUpperCase());
    const first = find(
      (contact) => contact.eMail.toLowerCase() === duplicate.eMail.toLowerCase() && !contact.blockedFlag,
    );
    expect(first.Code < duplicate.Code).toBe(true);
    expect(await push(duplicate.Code)).toEqual({
      outcome: 'needs-confirmation',
      reason: 'duplicate-email',
      duplicateOf: first.Code,
    });
    expect(await push(duplicate.Code, ['duplicate-email'])).toMatchObject({ outcome: 'sent' });
    // The e-mail goes as written on the card.
    expect(JSON.parse(contactWrites()[0]?.rawBody ?? '')).toMatchObject({ email: duplicate.eMail });
  });

  it('says Smaily is not active after Deaktiveeri, without calling Smaily', async () => {
    await testApp.as(cookie).delete('/api/smaily/activation');
    expect(await push('100001')).toEqual({ outcome: 'not-sent', reason: 'smaily-inactive' });
    expect(contactWrites()).toHaveLength(0);
    expect(await lastLogOutcome()).toBe('not-sent');
  });

  it('answers 404 for an unknown contact', async () => {
    const response = await testApp.as(cookie).post('/api/contacts/NOPE/push', {});
    expect(response.statusCode).toBe(404);
  });
});
