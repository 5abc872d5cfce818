import { afterEach, describe, expect, it } from 'vitest';
import type { ApiError } from '../../shared/errors';
import type { DryRun, LatestPushJob, PushJob } from '../../shared/push-jobs';
import type { SyncLogPage } from '../../shared/sync-log';
import { startPushTest, type PushTest } from '../testing/push-test';

let t: PushTest;
afterEach(() => t.close());

const dryRun = async (t: PushTest, filters: Record<string, string>) => {
  const response = await t.user.post('/api/push-jobs/dry-run', filters);
  return { status: response.statusCode, body: response.json<DryRun & ApiError>() };
};

describe('dry run', () => {
  it('counts matching, to send and skipped by reason, per filter, without sending anything', async () => {
    t = await startPushTest({ contacts: 300 });
    // Written down from the demo's 300 contacts. Duplicates are looked for only among the contacts a filter selects:
    // 100125 (Harjumaa) has the e-mail of 100119 (Ida-Virumaa) and 100078 (ERA, UUDIS) that of 100055 (VKE), so
    // each is a duplicate in the whole run but sent under the HARJU, or the ERA and UUDIS, filter.
    const skipped = (closed: number, noEmail: number, invalidEmail: number, duplicateEmail: number) => ({
      forgotten: 0,
      'removed-from-standard-books': 0,
      closed,
      'no-email': noEmail,
      'invalid-email': invalidEmail,
      'duplicate-email': duplicateEmail,
    });
    // The demo's opted-out contacts ("Ära koosta massmaile") are all sent, unsubscribed; its closed ones have
    // addresses of their own, so each could be forgotten. Consent has not been read from Smaily yet.
    const run = (matching: number, toSend: number, unsubscribed: number, skips: ReturnType<typeof skipped>) => ({
      matching,
      toSend,
      unsubscribed,
      skipped: skips,
      closedToForget: skips.closed,
      consentReadAt: null,
    });
    const cases: [Record<string, string>, DryRun][] = [
      [{}, run(300, 268, 21, skipped(8, 13, 5, 6))],
      [{ custCat: 'VKE' }, run(58, 53, 5, skipped(1, 4, 0, 0))],
      [{ classification: 'HARJU' }, run(100, 90, 11, skipped(3, 4, 3, 0))],
      [{ custCat: 'ERA', classification: 'UUDIS' }, run(11, 11, 0, skipped(0, 0, 0, 0))],
    ];
    for (const [filters, expected] of cases) {
      expect(await dryRun(t, filters)).toEqual({ status: 200, body: expected });
    }
    expect(t.posts()).toEqual([]);
  });

  it('refuses a customer class or classification that does not exist, naming the field', async () => {
    t = await startPushTest({ contacts: 10 });
    expect(await dryRun(t, { custCat: 'XXX', classification: 'NOPE' })).toEqual({
      status: 400,
      body: {
        message: 'Kontrolli välju',
        errors: { custCat: 'Sellist kliendiklassi pole', classification: 'Tundmatu klassifikaator: NOPE' },
      },
    });
  });
});

describe('starting a job', () => {
  it('needs a filter or the confirmation that every contact goes', async () => {
    t = await startPushTest({ contacts: 10 });
    for (const body of [{}, { custCat: '', classification: '' }, { confirmAll: false }]) {
      const response = await t.user.post('/api/push-jobs', body);
      expect(response.statusCode).toBe(400);
      expect(response.json<ApiError>().errors).toEqual({ confirmAll: 'Kinnita, et saadad kõik kontaktid' });
    }
    const unknown = await t.user.post('/api/push-jobs', { custCat: 'x', extra: 1 });
    expect(unknown.json<ApiError>().errors).toEqual({ extra: 'Tundmatu väli' });
    expect((await t.user.get('/api/push-jobs')).json()).toEqual({ items: [], total: 0 });
  });

  it('needs an active Smaily account', async () => {
    t = await startPushTest({ contacts: 10 });
    expect((await t.admin.delete('/api/smaily/activation')).statusCode).toBe(200);
    const response = await t.user.post('/api/push-jobs', { confirmAll: true });
    expect([response.statusCode, response.json<ApiError>().message]).toEqual([
      409,
      'Smaily liidestus pole aktiveeritud. Administraator aktiveerib selle vaates Üldine › Seadistused › E-teenuste seadistused.',
    ]);
  });

  it('one job at a time: a second start, a re-send, re-activation and Deaktiveeri are refused, naming the running job', async () => {
    t = await startPushTest({ contacts: 30, env: { SMAILY_TIMEOUT_MS: '5000' } });
    t.failBatches([{ kind: 'slow', delayMs: 400 }]);
    const first = await t.start({ classification: 'HARJU' });
    const probes = () =>
      t.sandbox.requests(t.account.subdomain).filter((request) => request.endpoint === 'workflows.php').length;
    const probesBefore = probes();

    const second = await t.user.post('/api/push-jobs', { confirmAll: true });
    expect([second.statusCode, second.json<ApiError>().message]).toEqual([
      409,
      `Töö #${first.id} on pooleli. Oota, kuni see lõpeb, või katkesta see.`,
    ]);
    const resend = await t.user.post(`/api/push-jobs/${first.id}/resend`);
    expect(resend.statusCode).toBe(409);
    const locked = `Töö #${first.id} on pooleli: selle ajal ei saa Smaily kontot muuta ega deaktiveerida.`;
    const activation = await t.activate(t.account);
    const deactivation = await t.admin.delete('/api/smaily/activation');
    expect([activation.statusCode, activation.json<ApiError>().message]).toEqual([409, locked]);
    expect([deactivation.statusCode, deactivation.json<ApiError>().message]).toEqual([409, locked]);
    // Neither asked Smaily anything nor changed the account.
    expect(probes()).toBe(probesBefore);
    expect((await t.user.get('/api/smaily/status')).json()).toMatchObject({ state: 'active' });
    expect((await t.user.get('/api/push-jobs')).json<{ total: number }>().total).toBe(1);

    expect((await t.waitForEnd(first.id)).status).toBe('completed');
    expect((await t.admin.delete('/api/smaily/activation')).statusCode).toBe(200);
  });
});

describe('reading jobs', () => {
  it('lists newest first, gives the running job as the latest, then the newest', async () => {
    t = await startPushTest({ contacts: 30, env: { SMAILY_TIMEOUT_MS: '5000' } });
    expect((await t.user.get('/api/push-jobs/latest')).json<LatestPushJob>()).toEqual({ job: null });
    const first = await t.waitForEnd((await t.start({ custCat: 'VKE' })).id);
    t.failBatches([{ kind: 'slow', delayMs: 300 }]);
    const second = await t.start({ classification: 'TARTU' });
    expect((await t.user.get('/api/push-jobs/latest')).json<LatestPushJob>().job).toMatchObject({
      id: second.id,
      status: 'running',
    });
    await t.waitForEnd(second.id);

    const list = (await t.user.get('/api/push-jobs?pageSize=1&page=2')).json<{ items: PushJob[]; total: number }>();
    expect([list.total, list.items.map((job) => job.id)]).toEqual([2, [first.id]]);
    expect(list.items[0]).toEqual(first);
    expect((await t.user.get('/api/push-jobs/latest')).json<LatestPushJob>().job).toMatchObject({
      id: second.id,
      status: 'completed',
      filters: { classification: 'TARTU' },
    });
    expect((await t.user.get('/api/push-jobs/999')).statusCode).toBe(404);
    expect((await t.user.get('/api/push-jobs/abc')).statusCode).toBe(400);
  });

  it('writes who started each job, its filters and its counts to Sünkroniseerimise logi', async () => {
    t = await startPushTest({ contacts: 30 });
    const job = await t.waitForEnd((await t.start({ custCat: 'VKE', classification: 'HARJU' })).id);
    const log = (await t.user.get('/api/sync-log?kind=job')).json<SyncLogPage>();
    const { counts } = job;
    expect(
      log.items.map(({ userName, subject, outcome, details }) => ({ userName, subject, outcome, details })),
    ).toEqual([
      {
        userName: 'Kati Kasutaja',
        subject: String(job.id),
        outcome: 'ok',
        details: expect.objectContaining({
          action: 'completed',
          filters: { custCat: 'VKE', classification: 'HARJU' },
          counts,
          skippedByReason: {},
        }) as unknown,
      },
      {
        userName: 'Kati Kasutaja',
        subject: String(job.id),
        outcome: 'ok',
        details: {
          action: 'started',
          address: `${t.account.subdomain}.sendsmaily.net`,
          filters: { custCat: 'VKE', classification: 'HARJU' },
          total: counts.total,
        },
      },
    ]);
  });

  it('names in the log only the reasons that skipped someone', async () => {
    t = await startPushTest({ contacts: 30 });
    const job = await t.waitForEnd((await t.start({ confirmAll: true })).id);
    expect(job.skippedByReason).toMatchObject({ closed: 0, 'no-email': 2, 'invalid-email': 1 });
    const [ended] = (await t.user.get('/api/sync-log?kind=job')).json<SyncLogPage>().items;
    expect(ended?.details).toMatchObject({
      action: 'completed',
      skippedByReason: { 'no-email': 2, 'invalid-email': 1 },
    });
    expect(Object.keys((ended?.details as { skippedByReason: object }).skippedByReason)).toEqual([
      'no-email',
      'invalid-email',
    ]);
  });
});
