import { afterEach, describe, expect, it } from 'vitest';
import type { ContactConsent } from '../../shared/consent';
import type { ApiError } from '../../shared/errors';
import type { PushResult } from '../../shared/contact-push';
import type { PushJob } from '../../shared/push-jobs';
import { toCsv } from '../../shared/csv';
import { consentCalls } from '../testing/consent-test';
import { commitImport, previewCsv } from '../testing/import-test';
import { rowsOf, startPushTest, type PushTest } from '../testing/push-test';

let t: PushTest;
afterEach(() => t.close());

// From the demo (src/server/testing/demo-push-outcomes.ts): 100001 Ärma OÜ and 100004 Kalevi Ehitus OÜ are VKE and
// sent as they are; 100005 and 100018 have "Ära koosta massmaile".
const arma = { code: '100001', email: 'info@arma.test' };
const kalevi = { code: '100004', email: 'myyk@kalevi.ehitus.test' };
const march12 = new Date('2026-03-12T12:05:00Z'); // 14:05 in Tallinn

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000);
const rowOf = (t: PushTest, email: string) =>
  t
    .posts()
    .flatMap(rowsOf)
    .filter((row) => String(row.email).toLowerCase() === email)
    .at(-1);

describe('consent read when a bulk push starts', () => {
  it('stores the unsubscribes, which the dry run then counts and the job sends with is_unsubscribed: 1', async () => {
    t = await startPushTest({ contacts: 60 });
    const api = consentCalls(t);
    const before = await api.dryRun({ custCat: 'VKE' });
    expect(before.consentReadAt).toBeNull();

    // In capitals: Smaily compares e-mails case-insensitively, and so do we.
    t.sandbox.unsubscribe(t.account.subdomain, arma.email.toUpperCase(), march12);
    t.sandbox.unsubscribe(t.account.subdomain, 'keegi.muu@mujal.test');
    const summary = await api.readNow();
    expect(summary).toMatchObject({ read: 2, new: 2, known: 0, resubscribed: 0, conflicts: 0, notHeld: 1 });
    const counted = await api.dryRun({ custCat: 'VKE' });
    expect(counted).toMatchObject({ toSend: before.toSend, unsubscribed: before.unsubscribed + 1 });
    expect(counted.consentReadAt).toBe(summary.at);

    // Someone unsubscribes after that read: the start reads the list again.
    t.sandbox.unsubscribe(t.account.subdomain, kalevi.email);
    const job = await t.waitForEnd((await t.start({ custCat: 'VKE' })).id);
    expect(job.status).toBe('completed');
    expect(rowOf(t, arma.email)).toMatchObject({ email: arma.email, is_unsubscribed: 1 });
    expect(rowOf(t, kalevi.email)).toMatchObject({ email: kalevi.email, is_unsubscribed: 1 });
    expect((await api.dryRun({ custCat: 'VKE' })).unsubscribed).toBe(before.unsubscribed + 2);

    const [jobRead, demandRead] = await api.log('consent');
    expect(jobRead).toMatchObject({
      userName: 'Kati Kasutaja',
      subject: null,
      outcome: 'ok',
      details: { scope: 'full', trigger: 'job', read: 3, new: 1, known: 2, resubscribed: 0, notHeld: 1 },
    });
    expect(demandRead).toMatchObject({ userName: 'Mari Administraator', details: { trigger: 'on-demand' } });
    // The card's trail: the moment Smaily gave, and when we learned it.
    expect(await api.consent(arma.code)).toEqual({
      smailyUnsubscribe: { unsubscribedAt: '2026-03-12T12:05:00.000Z', learnedAt: summary.at },
      conflict: false,
      noMailPostingChangedAt: null,
      forgotten: null,
    });
  });

  it('reads a list longer than a page, page by page', async () => {
    t = await startPushTest({ contacts: 10, env: { SMAILY_UNSUBSCRIBERS_PAGE_SIZE: '2' } });
    const api = consentCalls(t);
    for (const name of ['a', 'b', 'c', 'd', 'e']) t.sandbox.unsubscribe(t.account.subdomain, `${name}@mujal.test`);
    t.sandbox.unsubscribe(t.account.subdomain, arma.email);
    expect(await api.readNow()).toMatchObject({ read: 6, new: 6, notHeld: 5 });
    expect(api.listReads().map((request) => [request.query.offset, request.query.limit])).toEqual([
      ['0', '2'],
      ['1', '2'],
      ['2', '2'],
      ['3', '2'],
    ]);
    expect((await api.consent(arma.code)).smailyUnsubscribe).not.toBeNull();
  });

  it('drops the unsubscribe of someone who subscribed again in Smaily, and says so', async () => {
    t = await startPushTest({ contacts: 10 });
    const api = consentCalls(t);
    t.sandbox.unsubscribe(t.account.subdomain, arma.email, hoursAgo(2));
    await api.readNow();
    t.sandbox.resubscribe(t.account.subdomain, arma.email, hoursAgo(1));

    expect(await api.readNow()).toMatchObject({ read: 0, new: 0, known: 0, resubscribed: 1 });
    expect((await api.consent(arma.code)).smailyUnsubscribe).toBeNull();
    expect((await api.log('consent'))[0]?.details).toMatchObject({ resubscribed: 1, resubscribedEmails: [arma.email] });
    // So the next push does not unsubscribe them again.
    await t.waitForEnd((await t.start({ confirmAll: true })).id);
    expect(rowOf(t, arma.email)).not.toHaveProperty('is_unsubscribed');
    expect(t.sandbox.getContact(t.account.subdomain, arma.email)?.isUnsubscribed).toBe(false);
  });

  it('starts nothing and sends nothing when the list cannot be read', async () => {
    t = await startPushTest({ contacts: 10 });
    const api = consentCalls(t);
    // Every attempt of the client's retry policy.
    t.sandbox.failNext(t.account.subdomain, [503, 503, 503, 503, 503]);
    const response = await t.user.post('/api/push-jobs', { confirmAll: true });

    expect([response.statusCode, response.json<ApiError>().message]).toEqual([
      502,
      'Smailyst ei saanud loobujate nimekirja lugeda (Smaily ei vastanud), seega edastust ei alustatud ja midagi ei saadetud. Proovi mõne aja pärast uuesti.',
    ]);
    expect((await t.user.get('/api/push-jobs')).json<{ total: number }>().total).toBe(0);
    expect(t.posts()).toEqual([]);
    expect((await api.log('consent'))[0]).toMatchObject({
      outcome: 'failed',
      smailyCode: 503,
      details: { scope: 'full', trigger: 'job', failure: 'server-error' },
    });
    expect((await api.dryRun()).consentReadAt).toBeNull();
  });

  it('reads the list before a re-send too, and refuses it the same way', async () => {
    t = await startPushTest({ contacts: 30, env: { SMAILY_MAX_IN_FLIGHT: '1' } }); // faults served batch by batch
    t.failBatches([503, 503, 503, 503, 503]);
    const first = await t.waitForEnd((await t.start({ confirmAll: true })).id);
    expect(first.counts.failed).toBe(10);
    t.sandbox.unsubscribe(t.account.subdomain, arma.email);
    t.sandbox.failNext(t.account.subdomain, [{ kind: 'code', code: 202, message: 'Forbidden' }]);
    const refused = await t.user.post(`/api/push-jobs/${first.id}/resend`);
    expect([refused.statusCode, refused.json<ApiError>().message]).toEqual([
      502,
      'Smailyst ei saanud loobujate nimekirja lugeda (Smaily API kasutajal pole API ligipääsu), seega edastust ei alustatud ja midagi ei saadetud. Proovi mõne aja pärast uuesti.',
    ]);

    const resend = await t.user.post(`/api/push-jobs/${first.id}/resend`);
    expect(resend.statusCode).toBe(201);
    await t.waitForEnd(resend.json<PushJob>().id);
    expect(rowOf(t, arma.email)).toMatchObject({ is_unsubscribed: 1 });
  });

  it('is for administrators on demand, and says why when Smaily cannot be read', async () => {
    t = await startPushTest({ contacts: 10 });
    expect((await t.user.post('/api/consent/read')).statusCode).toBe(403);
    t.sandbox.updateAccount(t.account.subdomain, { password: 'muudetud-smailys' });
    const response = await t.admin.post('/api/consent/read');
    expect([response.statusCode, response.json<ApiError>().message]).toEqual([
      502,
      'Smailyst ei saanud loobujate nimekirja lugeda: Smaily ei tunnistanud kasutajatunnust ja salasõna.',
    ]);
  });
});

describe('the stored unsubscribe is a fact of its own', () => {
  it('a CSV import never clears it; a conflict is only a flag cleared here after the moment', async () => {
    t = await startPushTest({ contacts: 60 });
    const api = consentCalls(t);
    const flagged = ['100005', '100018']; // "Ära koosta massmaile"
    const emails: Record<string, string> = Object.fromEntries(
      await Promise.all(
        [arma.code, kalevi.code, ...flagged].map(async (code): Promise<[string, string]> => [
          code,
          (await api.card(code)).eMail,
        ]),
      ),
    );
    const email = (code: string) => emails[code] ?? '';
    // Ärma and 100005 unsubscribed two hours ago; Kalevi too; 100018 unsubscribes tomorrow.
    for (const code of [arma.code, kalevi.code, '100005'])
      t.sandbox.unsubscribe(t.account.subdomain, email(code), hoursAgo(2));
    t.sandbox.unsubscribe(t.account.subdomain, email('100018'), hoursAgo(-24));
    await api.readNow();

    // A file that clears "Ära koosta massmaile" of 100005 and says 0 for Ärma (already 0: left as it is).
    const file = toCsv([
      ['Kood', 'Ära koosta massmaile'],
      ['100005', '0'],
      [arma.code, '0'],
    ]);
    const { id } = await previewCsv(t.testApp, t.user.cookie, 'contacts', file);
    await commitImport(t.testApp, t.user.cookie, id);
    // Kalevi's phone changes on the card; 100018's flag is cleared there, before its unsubscribe's moment.
    await api.saveCard(kalevi.code, { Phone: '+372 5555 0000' });
    await api.saveCard('100018', { NoMailPosting: false });

    const consent: Record<string, ContactConsent> = Object.fromEntries(
      await Promise.all(
        [arma.code, kalevi.code, ...flagged].map(async (code): Promise<[string, ContactConsent]> => [
          code,
          await api.consent(code),
        ]),
      ),
    );
    for (const code of [arma.code, kalevi.code, ...flagged]) expect(consent[code]?.smailyUnsubscribe).not.toBeNull();
    expect(Object.fromEntries(Object.entries(consent).map(([code, state]) => [code, state.conflict]))).toEqual({
      [arma.code]: false,
      [kalevi.code]: false,
      '100005': true,
      '100018': false,
    });
    expect(consent['100005']?.noMailPostingChangedAt).toEqual(expect.any(String) as string);
    expect(consent[kalevi.code]?.noMailPostingChangedAt).toBeNull();

    // Reported on the next read, and sent unsubscribed until someone decides.
    expect((await api.readNow()).conflicts).toBe(1);
    expect((await api.log('consent'))[0]?.details).toMatchObject({ conflicts: 1, conflictCodes: ['100005'] });
    await t.waitForEnd((await t.start({ confirmAll: true })).id);
    for (const code of [arma.code, kalevi.code, ...flagged]) {
      expect(rowOf(t, email(code).toLowerCase())).toMatchObject({ is_unsubscribed: 1 });
    }
  });
});

describe("Edasta Smaily'sse reads the contact's consent first", () => {
  const push = async (t: PushTest, code: string) => {
    const response = await t.user.post(`/api/contacts/${code}/push`, { confirm: [] });
    expect(response.statusCode).toBe(200);
    return response.json<PushResult>();
  };

  it('sends someone who unsubscribed in Smaily unsubscribed, and says so', async () => {
    t = await startPushTest({ contacts: 10 });
    const api = consentCalls(t);
    t.sandbox.unsubscribe(t.account.subdomain, arma.email, march12);

    expect(await push(t, arma.code)).toEqual({
      outcome: 'sent',
      at: expect.any(String) as string,
      unsubscribed: 'smaily',
    });
    expect(rowOf(t, arma.email)).toMatchObject({ email: arma.email, is_unsubscribed: 1 });
    const reads = t.sandbox.requests(t.account.subdomain).filter((request) => request.method === 'GET');
    expect(reads.at(-1)).toMatchObject({ endpoint: 'contact.php', query: { email: arma.email } });
    expect((await api.consent(arma.code)).smailyUnsubscribe?.unsubscribedAt).toBe('2026-03-12T12:05:00.000Z');
    expect((await api.log('consent'))[0]).toMatchObject({
      subject: arma.code,
      outcome: 'ok',
      details: { scope: 'contact', trigger: 'push', state: 'unsubscribed', read: 1, new: 1 },
    });
    // Without a stored unsubscribe, "Ära koosta massmaile" is the reason.
    expect(await push(t, '100005')).toMatchObject({ outcome: 'sent', unsubscribed: 'no-mail-posting' });
  });

  it('drops a stored unsubscribe when Smaily says the person subscribed again', async () => {
    t = await startPushTest({ contacts: 10 });
    const api = consentCalls(t);
    t.sandbox.unsubscribe(t.account.subdomain, arma.email, hoursAgo(2));
    await api.readNow();
    t.sandbox.resubscribe(t.account.subdomain, arma.email);
    expect(await push(t, arma.code)).toMatchObject({ outcome: 'sent', unsubscribed: null });
    expect(rowOf(t, arma.email)).not.toHaveProperty('is_unsubscribed');
    expect((await api.consent(arma.code)).smailyUnsubscribe).toBeNull();
  });

  it('sends nothing when the consent cannot be read, and logs the push as not sent', async () => {
    t = await startPushTest({ contacts: 10 });
    t.sandbox.failNext(t.account.subdomain, [503, 503, 503, 503, 503]);
    expect(await push(t, arma.code)).toEqual({ outcome: 'not-sent', reason: 'consent-unread', cause: 'no-answer' });
    expect(t.posts()).toEqual([]);
    // Not sent because Smaily could not be asked, as a bulk push says it: not skipped by the rules.
    const entry = await t.testApp.app.db
      .selectFrom('sync_log')
      .select('outcome')
      .where('kind', '=', 'push')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(entry.outcome).toBe('not-sent');
  });
});
