import { afterEach, describe, expect, it } from 'vitest';
import type { SyncLogEntry } from '../../shared/sync-log';
import { startAutomationTest, type AutomationTest } from '../testing/automatic-sync-test';

let t: AutomationTest;
afterEach(async () => {
  await t.close();
});

const health = async () => (await t.testApp.app.inject({ method: 'GET', url: '/api/health' })).json<unknown>();

const automationEntries = async () =>
  (await t.admin.get('/api/sync-log?kind=automatic-sync')).json<{ items: SyncLogEntry[] }>().items;

describe('the automation pauses and resumes', () => {
  it('pauses when Smaily answers 401 during a run, and goes on with the rest after re-activation and resume', async () => {
    t = await startAutomationTest({ contacts: 25, env: { SMAILY_RETRY_ATTEMPTS: '1' } });
    await t.configure();
    expect(await health()).toEqual({ status: 'ok', automaticSync: 'on' });
    t.failBatches([401]);
    const stopped = await t.runAndWait();
    expect(stopped).toMatchObject({ status: 'stopped', stopReason: 'unauthorized' });
    const paused = await t.status();
    expect(paused.paused).toMatchObject({ reason: 'smaily-refused', detail: 'unauthorized (401)' });
    expect(paused.nextRunAt).toBeNull();
    expect(await health()).toEqual({ status: 'ok', automaticSync: 'paused' });

    // Paused: a slot starts nothing.
    await t.testApp.app.automaticSync.tick();
    expect((await t.jobs()).length).toBe(1);

    expect((await t.admin.delete('/api/smaily/activation')).statusCode).toBe(200);
    const refused = await t.admin.post('/api/automatic-sync/resume');
    expect(refused.statusCode).toBe(409);
    expect((await t.activate(t.account)).statusCode).toBe(200);
    const resumed = await t.admin.post('/api/automatic-sync/resume');
    expect(resumed.statusCode, resumed.body).toBe(200);
    expect(await health()).toEqual({ status: 'ok', automaticSync: 'on' });

    await t.testApp.app.automaticSync.tick();
    const next = (await t.status()).lastRun?.job;
    expect(next?.id).not.toBe(stopped?.id);
    const ended = await t.waitForEnd(next?.id ?? 0);
    expect(ended.status).toBe('completed');
    const notSentBefore = (await t.outcomes(stopped?.id ?? 0)).filter((row) => row.outcome === 'not-sent');
    const sentNow = (await t.outcomes(ended.id)).filter((row) => row.outcome === 'sent').map((row) => row.code);
    expect(notSentBefore.length).toBeGreaterThan(0);
    expect(sentNow).toEqual(expect.arrayContaining(notSentBefore.map((row) => row.code)));
  });

  it('pauses after three consent reads in a row failed, having sent nothing', async () => {
    t = await startAutomationTest({ contacts: 5, env: { SMAILY_RETRY_ATTEMPTS: '1' } });
    await t.configure();
    for (const attempt of [1, 2, 3]) {
      t.sandbox.failNext(t.account.subdomain, [503]);
      const status = await t.runNow();
      expect(status.lastRun?.outcome, `attempt ${attempt}`).toBe('consent-read-failed');
      expect(status.paused === null, `attempt ${attempt}`).toBe(attempt < 3);
    }
    expect((await t.status()).paused).toMatchObject({ reason: 'consent-read-failed' });
    expect(await health()).toEqual({ status: 'ok', automaticSync: 'paused' });
    expect(await t.jobs()).toEqual([]);
    expect(t.posts()).toEqual([]);
    // The log tells these reads from a person's job start.
    const reads = (await t.admin.get('/api/sync-log?kind=consent')).json<{ items: SyncLogEntry[] }>().items;
    expect(reads.map((entry) => [entry.outcome, entry.details])).toEqual(
      Array.from({ length: 3 }, (): unknown[] => [
        'failed',
        expect.objectContaining({ scope: 'full', trigger: 'automatic' }),
      ]),
    );
  });

  it('writes one log entry for runs in a row with nothing to send', async () => {
    t = await startAutomationTest({ contacts: 5 });
    await t.configure();
    await t.runAndWait();
    const first = await t.runNow();
    await t.runNow();
    const third = await t.runNow();
    expect(third.lastRun?.nothingSince).toBe(first.lastRun?.at);
    const entries = (await automationEntries()).filter(
      (entry) => (entry.details as { action?: string }).action === 'nothing-to-send',
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ outcome: 'skipped', userName: null, details: { runs: 3 } });
  });
});
