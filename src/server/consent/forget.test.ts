import { afterEach, describe, expect, it } from 'vitest';
import type { ForgetResult } from '../../shared/consent';
import type { ApiError } from '../../shared/errors';
import type { PushResult } from '../../shared/contact-push';
import { consentCalls } from '../testing/consent-test';
import { expectedDemoPush } from '../testing/push-fixture';
import { rowsOf, startPushTest, type PushTest } from '../testing/push-test';

let t: PushTest;
afterEach(() => t.close());

const arma = { code: '100001', email: 'info@arma.test' };
const forgetRequests = (t: PushTest) =>
  t.sandbox.requests(t.account.subdomain).filter((request) => request.endpoint === 'contact/forget.php');
const sentEmails = (t: PushTest) =>
  t
    .posts()
    .flatMap(rowsOf)
    .map((row) => String(row.email).toLowerCase());

describe('Unusta Smailys from the card', () => {
  it('forgets the person in Smaily, records who did it, and no push brings them back', async () => {
    t = await startPushTest({ contacts: 60 });
    const api = consentCalls(t);
    await t.waitForEnd((await t.start({ confirmAll: true })).id);
    expect(t.sandbox.getContact(t.account.subdomain, arma.email)).toBeDefined();

    const response = await t.admin.post(`/api/contacts/${arma.code}/forget`, { email: 'Info@Arma.test ' });
    expect(response.statusCode).toBe(200);
    const result = response.json<ForgetResult>();
    expect(result).toEqual({ email: arma.email, at: expect.any(String) as string, by: 'Mari Administraator' });
    expect(t.sandbox.getContact(t.account.subdomain, arma.email)).toBeUndefined();
    expect(forgetRequests(t).map((request) => request.body)).toEqual([[arma.email]]);
    expect((await api.log('forget'))[0]).toMatchObject({
      userName: 'Mari Administraator',
      subject: arma.code,
      outcome: 'ok',
      smailyCode: 101,
      details: { email: arma.email },
    });
    expect((await api.consent(arma.code)).forgotten).toEqual({ at: result.at, by: 'Mari Administraator' });

    // Every later push skips it, first of all reasons, and Smaily never sees it again.
    const postsBefore = t.posts().length;
    expect((await api.dryRun()).skipped.forgotten).toBe(1);
    const job = await t.waitForEnd((await t.start({ confirmAll: true })).id);
    const expected = expectedDemoPush(60, 10);
    expect(job.skippedByReason).toEqual({ ...expected.skippedByReason, forgotten: 1 });
    expect(job.counts.sent).toBe(expected.sent.length - 1);
    expect((await t.outcomes(job.id)).find((row) => row.code === arma.code)).toMatchObject({
      outcome: 'skipped',
      reason: 'forgotten',
    });
    const single = await t.user.post(`/api/contacts/${arma.code}/push`, { confirm: [] });
    expect(single.json<PushResult>()).toEqual({ outcome: 'not-sent', reason: 'forgotten' });
    expect(t.posts().slice(postsBefore).flatMap(rowsOf).length).toBe(expected.sent.length - 1);
    expect(sentEmails(t).slice(expected.sent.length)).not.toContain(arma.email);
    expect(t.sandbox.getContact(t.account.subdomain, arma.email)).toBeUndefined();
  });

  it('is for administrators only: a kasutaja cannot forget', async () => {
    t = await startPushTest({ contacts: 10 });
    const response = await t.user.post(`/api/contacts/${arma.code}/forget`, { email: arma.email });
    expect(response.statusCode).toBe(403);
    expect(forgetRequests(t)).toEqual([]);
    expect((await consentCalls(t).consent(arma.code)).forgotten).toBeNull();
  });

  it('forgets only the address the confirmation named, and nothing when Smaily fails', async () => {
    t = await startPushTest({ contacts: 10 });
    const api = consentCalls(t);
    const other = await t.admin.post(`/api/contacts/${arma.code}/forget`, { email: 'vana@arma.test' });
    expect([other.statusCode, other.json<ApiError>().message]).toEqual([
      409,
      'Kontakti e-post on vahepeal muutunud. Ava kaart uuesti ja kinnita praegune aadress.',
    ]);
    const empty = await t.admin.post(`/api/contacts/${arma.code}/forget`, { email: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json<ApiError>().errors).toHaveProperty('email');
    expect((await t.admin.post('/api/contacts/NOPE/forget', { email: arma.email })).statusCode).toBe(404);
    expect(forgetRequests(t)).toEqual([]);

    t.sandbox.failNext(t.account.subdomain, [{ kind: 'code', code: 203, message: 'Invalid data submitted' }]);
    const failed = await t.admin.post(`/api/contacts/${arma.code}/forget`, { email: arma.email });
    expect([failed.statusCode, failed.json<ApiError>().message]).toEqual([
      502,
      'Smaily ei unustanud aadressi info@arma.test (Smaily vastas koodiga 203). Midagi ei muudetud: proovi uuesti.',
    ]);
    expect((await api.consent(arma.code)).forgotten).toBeNull();
    expect((await api.log('forget'))[0]).toMatchObject({ outcome: 'failed', smailyCode: 203 });
  });
});

describe('forgetting the closed contacts of a bulk push', () => {
  // In the first 60 demo contacts, 100047 is closed; its address is its own.
  const closed = { code: '100047' };

  it('forgets as many as the dry run counted and the administrator confirmed, then skips them as forgotten', async () => {
    t = await startPushTest({ contacts: 60 });
    const api = consentCalls(t);
    const email = (await api.card(closed.code)).eMail;
    t.sandbox.putContact(t.account.subdomain, { email, name: 'Sent before it was closed' });
    const dry = await api.dryRun();
    expect(dry).toMatchObject({ closedToForget: 1, skipped: { forgotten: 0, closed: 1 } });

    const byUser = await t.user.post('/api/push-jobs', { confirmAll: true, forgetClosed: { count: 1 } });
    expect(byUser.statusCode).toBe(403);
    const wrongCount = await t.admin.post('/api/push-jobs', { confirmAll: true, forgetClosed: { count: 2 } });
    expect([wrongCount.statusCode, wrongCount.json<ApiError>().message]).toEqual([
      409,
      'Unustatavate suletud kontaktide arv on vahepeal muutunud (2 → 1). Vaata arvud üle ja kinnita uuesti.',
    ]);
    expect(forgetRequests(t)).toEqual([]);

    const started = await t.admin.post('/api/push-jobs', { confirmAll: true, forgetClosed: { count: 1 } });
    expect(started.statusCode).toBe(201);
    const job = await t.waitForEnd(started.json<{ id: number }>().id);
    expect(forgetRequests(t).map((request) => request.body)).toEqual([[email]]);
    expect(t.sandbox.getContact(t.account.subdomain, email)).toBeUndefined();
    expect(job.skippedByReason).toMatchObject({ forgotten: 1, closed: 0 });
    expect(sentEmails(t)).not.toContain(email.toLowerCase());
    expect((await api.log('forget'))[0]).toMatchObject({
      userName: 'Mari Administraator',
      subject: null,
      outcome: 'ok',
      details: { scope: 'closed', filters: {}, count: 1 },
    });
    expect(await api.dryRun()).toMatchObject({ closedToForget: 0, skipped: { forgotten: 1, closed: 0 } });
  });

  it('never forgets an address that an open contact also has', async () => {
    t = await startPushTest({ contacts: 60 });
    const api = consentCalls(t);
    await api.saveCard(closed.code, { eMail: 'INFO@arma.test' });
    expect((await api.dryRun()).closedToForget).toBe(0);
  });
});
