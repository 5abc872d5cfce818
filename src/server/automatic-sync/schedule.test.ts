import { afterEach, describe, expect, it } from 'vitest';
import { tallinnDate } from '../../shared/tallinn-time';
import type { AutomaticSyncSettings } from '../../shared/automatic-sync';
import { createTestDataDir } from '../testing/data-dir';
import { startAutomationTest, type AutomationTest } from '../testing/automatic-sync-test';
import { createTestApp } from '../testing/test-app';

const minute = 60_000;
let t: AutomationTest | undefined;
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  await t?.close();
  t = undefined;
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** Eraklient: the one demo contact (100001) is not in it, so every run is "nothing to send" and needs no job. */
const emptySelection = { custCat: 'ERA' };

/** The app on a clock the test moves, over an empty selection. */
async function onClock(startIso: string, settings: Partial<AutomaticSyncSettings>) {
  const clock = { now: Date.parse(startIso) };
  t = await startAutomationTest({ contacts: 1, now: () => clock.now });
  await t.configure({ ...settings, filters: emptySelection });
  return { clock, test: t };
}

/** Moves the clock in steps up to `endIso`, checking at each; returns the moments runs happened (app clock). */
async function runsWhileMoving(test: AutomationTest, clock: { now: number }, endIso: string, stepMs: number) {
  const runs: string[] = [];
  const end = Date.parse(endIso);
  while (clock.now < end) {
    clock.now += stepMs;
    await test.testApp.app.automaticSync.tick();
    const at = (await test.status()).lastRun?.at;
    if (at !== undefined && at !== runs.at(-1)) runs.push(at);
  }
  return runs;
}

describe('the schedule, on a clock the test moves', () => {
  it('runs every 15 minutes', async () => {
    const { clock, test } = await onClock('2026-06-01T09:00:00.000Z', { schedule: 'every-15-minutes' });
    const runs = await runsWhileMoving(test, clock, '2026-06-01T10:00:00.000Z', 5 * minute);
    expect(runs).toEqual([
      '2026-06-01T09:15:00.000Z',
      '2026-06-01T09:30:00.000Z',
      '2026-06-01T09:45:00.000Z',
      '2026-06-01T10:00:00.000Z',
    ]);
  });

  it('runs hourly, once an hour also through the night the clocks go forward', async () => {
    const { clock, test } = await onClock('2026-03-28T22:00:00.000Z', { schedule: 'hourly' });
    const runs = await runsWhileMoving(test, clock, '2026-03-29T03:00:00.000Z', 15 * minute);
    expect(runs).toEqual([
      '2026-03-28T23:00:00.000Z',
      '2026-03-29T00:00:00.000Z', // 02:00 winter time
      '2026-03-29T01:00:00.000Z', // 04:00 summer time: 03:00 does not exist
      '2026-03-29T02:00:00.000Z',
      '2026-03-29T03:00:00.000Z',
    ]);
  });

  it('runs daily at 03:30 Tallinn time exactly once a day across the spring change (03:30 skipped)', async () => {
    const { clock, test } = await onClock('2026-03-27T12:00:00.000Z', { schedule: 'daily', dailyAt: '03:30' });
    const runs = await runsWhileMoving(test, clock, '2026-03-30T12:00:00.000Z', 15 * minute);
    expect(runs).toEqual([
      '2026-03-28T01:30:00.000Z', // 03:30 winter time
      '2026-03-29T01:00:00.000Z', // 04:00 summer time, the first moment after the skipped 03:30
      '2026-03-30T00:30:00.000Z', // 03:30 summer time
    ]);
    expect(runs.map((at) => tallinnDate(Date.parse(at)))).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
  });

  it('runs daily at 03:30 Tallinn time exactly once a day across the autumn change (03:30 twice)', async () => {
    const { clock, test } = await onClock('2026-10-23T12:00:00.000Z', { schedule: 'daily', dailyAt: '03:30' });
    const runs = await runsWhileMoving(test, clock, '2026-10-26T12:00:00.000Z', 15 * minute);
    expect(runs).toEqual([
      '2026-10-24T00:30:00.000Z', // 03:30 summer time
      '2026-10-25T00:30:00.000Z', // the first 03:30; the second (01:30Z) starts nothing
      '2026-10-26T01:30:00.000Z', // 03:30 winter time
    ]);
  });

  it('makes one catch-up run after the server was down over several slots', async () => {
    const data = createTestDataDir();
    cleanups.push(() => data.remove());
    const clock = { now: Date.parse('2026-06-01T09:00:00.000Z') };
    const first = await startAutomationTest({ contacts: 1, now: () => clock.now, dataDir: data.dir });
    cleanups.push(() => first.sandbox.close());
    await first.configure({ schedule: 'hourly', filters: emptySelection });
    await first.testApp.close(); // the data folder stays: it is the test's

    clock.now = Date.parse('2026-06-01T15:20:00.000Z'); // six slots went by
    const again = await createTestApp({
      dataDir: data.dir,
      now: () => clock.now,
      env: { SMAILY_URL_TEMPLATE: first.sandbox.urlTemplate, AUTOMATIC_SYNC_CHECK_INTERVAL_MS: '3600000' },
    });
    cleanups.unshift(() => again.app.close());
    const admin = again.as((await again.signIn('admin')).cookie);
    const runsSoFar = async () => {
      const entries = (await admin.get('/api/sync-log?kind=automatic-sync')).json<{
        items: { details: { action?: string; runs?: number } }[];
      }>().items;
      return entries.find((entry) => entry.details.action === 'nothing-to-send')?.details.runs ?? 0;
    };
    await again.app.automaticSync.tick();
    await again.app.automaticSync.tick();
    expect(await runsSoFar()).toBe(1);
    clock.now = Date.parse('2026-06-01T16:00:00.000Z');
    await again.app.automaticSync.tick();
    expect(await runsSoFar()).toBe(2);
  });

  it('runs nothing while a person’s job runs, then once after it', async () => {
    const clock = { now: Date.parse('2026-06-01T09:05:00.000Z') };
    t = await startAutomationTest({
      contacts: 30,
      now: () => clock.now,
      env: { SMAILY_TIMEOUT_MS: '5000', SMAILY_MAX_IN_FLIGHT: '1' },
    });
    await t.configure({ schedule: 'hourly' });
    t.failBatches([{ kind: 'slow', delayMs: 700 }]);
    const manual = await t.start({ confirmAll: true });

    clock.now = Date.parse('2026-06-01T10:00:00.000Z');
    await t.testApp.app.automaticSync.tick();
    expect((await t.status()).lastRun?.outcome).toBe('waiting-for-job');
    await t.testApp.app.automaticSync.tick();
    expect((await t.jobs()).map((job) => job.id)).toEqual([manual.id]);

    await t.waitForEnd(manual.id);
    t.failBatches([{ kind: 'slow', delayMs: 1500 }]); // the automatic run's first batch: it is still running below
    await t.testApp.app.automaticSync.tick();
    await t.testApp.app.automaticSync.tick();
    const jobs = await t.jobs();
    expect(jobs.map((job) => job.id)).toEqual([manual.id + 1, manual.id]);
    expect(jobs[0]).toMatchObject({ status: 'running', startedBy: { id: null, name: null } });

    // A person's start during the automatic run gets today's answer.
    const refused = await t.user.post('/api/push-jobs', { confirmAll: true });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ message: expect.stringContaining(`#${manual.id + 1}`) as string });
    await t.waitForEnd(manual.id + 1);
  });
});
