import { afterEach, describe, expect, it } from 'vitest';
import type { ApiError } from '../../shared/errors';
import type { PushJob } from '../../shared/push-jobs';
import { addTestAccount } from '../testing/smaily-sandbox';
import { expectedDemoPush } from '../testing/push-fixture';
import { polling, rowsOf, startPushTest, type PushTest } from '../testing/push-test';

let t: PushTest;
afterEach(() => t.close());

const noFault = { kind: 'slow', delayMs: 0 } as const;

async function jobLog(t: PushTest, id: number) {
  const rows = await t.testApp.app.db
    .selectFrom('sync_log')
    .select(['outcome', 'user_name', 'smaily_code', 'details'])
    .where('kind', '=', 'job')
    .where('subject', '=', String(id))
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ ...row, details: JSON.parse(row.details ?? 'null') as Record<string, unknown> }));
}

describe('Smaily refusing the account in the middle of a job', () => {
  it('stops the job with the rest "not sent"; after re-activation, resume sends exactly the rest', async () => {
    t = await startPushTest({ contacts: 60, env: { SMAILY_TIMEOUT_MS: '5000' } });
    const expected = expectedDemoPush(60, 10);
    const { subdomain } = t.account;
    t.failBatches([noFault, noFault, { kind: 'slow', delayMs: 300 }]);
    const { id } = await t.start({ confirmAll: true });
    // The third batch is in Smaily's hands: the password changes there before the fourth is sent.
    await expect.poll(() => t.posts().length, polling).toBe(3);
    t.sandbox.updateAccount(subdomain, { password: 'uus-salasona-77' });

    const stopped = await t.waitForEnd(id);
    const toSend = expected.sent.length;
    expect(stopped).toMatchObject({
      status: 'stopped',
      stopReason: 'unauthorized',
      counts: { total: 60, sent: 30, skipped: expected.skipped, failed: 0, notSent: toSend - 30, pending: 0 },
      batches: { total: expected.batches.length, acknowledged: 3 },
    });
    expect(t.posts().map((request) => request.status)).toEqual([200, 200, 200, 401]);
    const notSent = (await t.outcomes(id)).filter((row) => row.outcome === 'not-sent');
    expect(notSent).toHaveLength(toSend - 30);
    expect(new Set(notSent.map((row) => row.reason))).toEqual(new Set(['unauthorized']));

    // Still stopped, a job does not block re-activation; resume then uses the new credentials.
    expect((await t.activate({ ...t.account, password: 'uus-salasona-77' })).statusCode).toBe(200);
    const resumed = await t.user.post(`/api/push-jobs/${id}/resume`);
    expect(resumed.statusCode, resumed.body).toBe(200);
    expect(resumed.json<PushJob>()).toMatchObject({
      status: 'running',
      stopReason: null,
      counts: { notSent: 0, pending: toSend - 30 },
    });
    const done = await t.waitForEnd(id);

    expect(done).toMatchObject({
      status: 'completed',
      counts: { total: 60, sent: toSend, skipped: expected.skipped, failed: 0, notSent: 0, pending: 0 },
      batches: { total: expected.batches.length, acknowledged: expected.batches.length },
    });
    const outcomes = await t.outcomes(id);
    expect(
      outcomes.map(({ code, outcome, reason, detail }) => ({ code, outcome, reason, duplicateOf: detail })),
    ).toEqual(expected.outcomes);
    // Batches 1–3 reached Smaily once; the refused fourth was sent again after the resume.
    const bodies = t
      .posts()
      .filter((request) => request.status === 200)
      .map((request) => JSON.parse(request.rawBody) as unknown);
    expect(bodies).toEqual(expected.batches);
    expect(
      t
        .posts()
        .filter((request) => request.status === 401)
        .map((request) => JSON.parse(request.rawBody) as unknown),
    ).toEqual([expected.batches[3]]);
    expect(t.sandbox.contacts(subdomain)).toHaveLength(toSend);

    expect(
      (await jobLog(t, id)).map((entry) => [entry.details.action, entry.outcome, entry.user_name, entry.smaily_code]),
    ).toEqual([
      ['started', 'ok', 'Kati Kasutaja', null],
      ['stopped', 'failed', 'Kati Kasutaja', 401],
      ['resumed', 'ok', 'Kati Kasutaja', null],
      ['completed', 'ok', 'Kati Kasutaja', null],
    ]);
  });

  it('refuses to resume once the address has changed; a re-send goes to the new account instead', async () => {
    t = await startPushTest({ contacts: 30 });
    t.failBatches([404]);
    const { id } = await t.start({ confirmAll: true });
    expect(await t.waitForEnd(id)).toMatchObject({
      status: 'stopped',
      stopReason: 'unknown-account',
      counts: { sent: 0 },
    });

    const other = addTestAccount(t.sandbox);
    expect((await t.activate(other)).statusCode).toBe(200);
    const resume = await t.user.post(`/api/push-jobs/${id}/resume`);
    expect(resume.statusCode).toBe(409);
    expect(resume.json<ApiError>().message).toBe(
      `Smaily aadress on pärast töö #${id} algust muutunud (${t.account.subdomain}.sendsmaily.net → ${other.subdomain}.sendsmaily.net), seega seda tööd ei saa jätkata. Saada selle saatmata kontaktid uuesti.`,
    );
    expect((await t.job(id)).status).toBe('stopped');

    const resend = await t.user.post(`/api/push-jobs/${id}/resend`);
    expect(resend.statusCode).toBe(201);
    const copy = await t.waitForEnd(resend.json<PushJob>().id);
    const expected = expectedDemoPush(30, 10);
    expect(copy).toMatchObject({
      status: 'completed',
      resendOf: id,
      subdomain: other.subdomain,
      counts: { sent: expected.sent.length, failed: 0 },
    });
    expect(t.sandbox.contacts(other.subdomain)).toHaveLength(expected.sent.length);
  });
});

describe('an account that can no longer be used', () => {
  it('stops the job as account-inactive; starts are refused until Smaily is activated again, then resume completes it', async () => {
    t = await startPushTest({ contacts: 30, env: { SMAILY_TIMEOUT_MS: '5000', SMAILY_MAX_IN_FLIGHT: '1' } });
    const expected = expectedDemoPush(30, 10);
    t.failBatches([{ kind: 'slow', delayMs: 300 }]);
    const { id } = await t.start({ confirmAll: true });
    await expect.poll(() => t.posts().length, polling).toBe(1);
    // As after a change of SECRET_KEY: the stored password no longer opens.
    await t.testApp.app.db.updateTable('smaily_account').set({ password_sealed: 'not-a-sealed-password' }).execute();

    expect(await t.waitForEnd(id)).toMatchObject({
      status: 'stopped',
      stopReason: 'account-inactive',
      counts: { sent: 10, notSent: expected.sent.length - 10 },
    });
    const start = await t.user.post('/api/push-jobs', { confirmAll: true });
    expect([start.statusCode, start.json<ApiError>().message]).toEqual([
      409,
      'Smaily liidestus tuleb uuesti aktiveerida (administraator, E-teenuste seadistused): salvestatud salasõna ei saa enam avada.',
    ]);
    expect((await t.user.post(`/api/push-jobs/${id}/resume`)).statusCode).toBe(409);

    expect((await t.activate(t.account)).statusCode).toBe(200);
    expect((await t.user.post(`/api/push-jobs/${id}/resume`)).statusCode).toBe(200);
    expect(await t.waitForEnd(id)).toMatchObject({
      status: 'completed',
      counts: { sent: expected.sent.length, notSent: 0, pending: 0 },
    });
    expect(t.posts()).toHaveLength(expected.batches.length);
  });
});

describe('cancel', () => {
  it('lets the batch in flight finish, then marks the rest "not sent"; a cancelled job cannot be resumed', async () => {
    t = await startPushTest({ contacts: 60, env: { SMAILY_TIMEOUT_MS: '5000' } });
    const expected = expectedDemoPush(60, 10);
    t.failBatches([{ kind: 'slow', delayMs: 300 }]);
    const { id } = await t.start({ custCat: '', confirmAll: true });
    await expect.poll(() => t.posts().length, polling).toBe(1);

    const cancel = await t.user.post(`/api/push-jobs/${id}/cancel`);
    expect(cancel.statusCode).toBe(200);
    expect(cancel.json<PushJob>().status).toBe('cancelling');
    const job = await t.waitForEnd(id);

    expect(job).toMatchObject({
      status: 'cancelled',
      counts: {
        total: 60,
        sent: 10,
        skipped: expected.skipped,
        failed: 0,
        notSent: expected.sent.length - 10,
        pending: 0,
      },
      batches: { acknowledged: 1 },
    });
    expect(t.posts()).toHaveLength(1);
    expect(
      new Set((await t.outcomes(id)).filter((row) => row.outcome === 'not-sent').map((row) => row.reason)),
    ).toEqual(new Set(['cancelled']));
    expect((await jobLog(t, id)).at(-1)).toMatchObject({
      outcome: 'cancelled',
      details: { action: 'cancelled', cancelledBy: 'Kati Kasutaja' },
    });

    const again = await t.user.post(`/api/push-jobs/${id}/cancel`);
    expect([again.statusCode, again.json<ApiError>().message]).toEqual([409, `Töö #${id} on juba lõppenud`]);
    const resume = await t.testApp.as(t.user.cookie, 'en').post(`/api/push-jobs/${id}/resume`);
    expect([resume.statusCode, resume.json<ApiError>().message]).toEqual([
      409,
      `Job #${id} has not stopped: only a job that Smaily stopped can be resumed.`,
    ]);
  });
});

describe('a batch that still fails after the client’s retries', () => {
  it('fails its contacts with the reason and the job goes on; a re-send sends them as their cards are now', async () => {
    t = await startPushTest({ contacts: 60, env: { SMAILY_MAX_IN_FLIGHT: '1' } }); // faults served batch by batch
    const expected = expectedDemoPush(60, 10);
    t.failBatches([noFault, 503, 503, 503, 503, 503]);
    const { id } = await t.start({ confirmAll: true });
    const job = await t.waitForEnd(id);

    expect(job).toMatchObject({
      status: 'completed',
      counts: { total: 60, sent: expected.sent.length - 10, failed: 10, notSent: 0, pending: 0 },
      batches: { total: expected.batches.length, acknowledged: expected.batches.length },
    });
    const failed = (await t.outcomes(id)).filter((row) => row.outcome === 'failed');
    expect(failed).toHaveLength(10);
    expect(failed.map(({ reason, detail, smaily_code }) => [reason, detail, smaily_code])).toEqual(
      Array.from({ length: 10 }, () => ['server-error', 'HTTP 503', null]),
    );
    expect(t.posts().filter((request) => request.status === 503)).toHaveLength(5);
    expect((await jobLog(t, id)).at(-1)).toMatchObject({ outcome: 'partial', details: { action: 'completed' } });

    // One of them is renamed before the re-send: the re-send carries the card as it is now.
    const renamed = failed[0]?.code ?? '';
    const card = (await t.user.get(`/api/contacts/${renamed}`)).json<Record<string, unknown>>();
    const { DateCreated: _created, DateChanged: _changed, ...input } = card;
    expect((await t.user.put(`/api/contacts/${renamed}`, { ...input, Name: 'Parandatud Nimi' })).statusCode).toBe(200);

    const resend = await t.user.post(`/api/push-jobs/${id}/resend`);
    expect(resend.statusCode).toBe(201);
    const copy = await t.waitForEnd(resend.json<PushJob>().id);
    expect(copy).toMatchObject({
      status: 'completed',
      resendOf: id,
      filters: {},
      counts: { total: 10, sent: 10, skipped: 0, failed: 0 },
    });
    const last = t.posts().at(-1);
    const lastBody = last ? rowsOf(last) : [];
    expect(lastBody.map((row) => row.email)).toEqual(expected.batches[1]?.map((row) => row.email));
    expect(lastBody[0]?.name).toBe('Parandatud Nimi');
    expect(t.sandbox.contacts(t.account.subdomain)).toHaveLength(expected.sent.length);
  });
});
