import { afterEach, describe, expect, it, vi } from 'vitest';
import { startSbSyncTest, type SbSyncTest } from '../testing/standard-books-sync-test';
import { dailyFullReadTask, isDailyFullReadDue } from './daily-full-read';
import { StandardBooksReader } from './read-service';

describe('when the daily full read is due (SB_FULL_READ_AT, Tallinn time)', () => {
  const at = (iso: string) => Date.parse(iso);
  it.each([
    // Winter, UTC+2: 03:30 in Tallinn is 01:30 UTC.
    ['2026-12-01T01:29:59Z', null, false],
    ['2026-12-01T01:30:00Z', null, true],
    ['2026-12-01T09:00:00Z', '2026-11-30T01:30:05Z', true],
    ['2026-12-01T09:00:00Z', '2026-12-01T01:30:05Z', false],
    // A full read someone started by hand after the time counts for the day.
    ['2026-12-01T09:00:00Z', '2026-12-01T08:00:00Z', false],
    // Just after midnight in Tallinn it is a new day whose time has not come yet.
    ['2026-12-01T22:30:00Z', '2026-12-01T01:30:05Z', false],
    // Summer, UTC+3: 03:30 in Tallinn is 00:30 UTC.
    ['2026-07-01T00:29:00Z', null, false],
    ['2026-07-01T00:30:00Z', '2026-06-30T00:30:01Z', true],
  ])('at %s, the last full read begun %s: %s', (now, last, due) => {
    expect(isDailyFullReadDue(at(now), '03:30', last)).toBe(due);
  });
});

describe('the task that looks once a minute', () => {
  let t: SbSyncTest;
  afterEach(() => t.close());

  it('starts one full read a day once the time has come, started by nobody, and only when connected', async () => {
    t = await startSbSyncTest();
    const { app } = t.testApp;
    let clock = Date.parse('2026-12-01T01:00:00Z');
    const now = () => clock;
    const reader = new StandardBooksReader({
      db: app.db,
      client: app.standardBooks,
      secrets: app.secrets,
      fields: { description: 'Comment', classificationType: 'ClassType', objectType: 'OTCode' },
      log: app.log,
      now,
    });
    const task = dailyFullReadTask({ db: app.db, reader, time: '03:30', now, log: app.log });
    expect(task.intervalMs).toBe(60_000);
    const reads = () => app.db.selectFrom('sync_log').selectAll().where('kind', '=', 'standard-books-read').execute();

    clock = Date.parse('2026-12-01T02:00:00Z');
    await task.run();
    expect(await reads()).toEqual([]); // not connected yet

    await t.connect(t.newCompany(4));
    clock = Date.parse('2026-12-01T01:29:00Z');
    await task.run();
    expect(await reads()).toEqual([]);

    clock = Date.parse('2026-12-01T01:31:00Z');
    await task.run();
    clock = Date.parse('2026-12-01T01:32:00Z');
    await task.run();
    const [entry, ...more] = await reads();
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ user_name: null, outcome: 'ok' });
    expect(JSON.parse(entry?.details ?? '{}')).toMatchObject({
      mode: 'full',
      trigger: 'daily',
      registers: { contacts: { mode: 'full', created: 4 } },
    });

    clock = Date.parse('2026-12-02T01:31:00Z');
    await task.run();
    expect(await reads()).toHaveLength(2);
  });
});

describe('readIfOlderThan: the automatic sync’s entry point', () => {
  let t: SbSyncTest;
  afterEach(() => t.close());

  it('reads incrementally when the last read is older than asked, and counts failed reads in a row', async () => {
    let clock = Date.parse('2026-12-01T10:00:00Z');
    t = await startSbSyncTest();
    const { app } = t.testApp;
    const reader = new StandardBooksReader({
      db: app.db,
      client: app.standardBooks,
      secrets: app.secrets,
      fields: { description: 'Comment', classificationType: 'ClassType', objectType: 'OTCode' },
      log: app.log,
      now: () => clock,
    });
    const minutes = (n: number) => n * 60_000;
    expect(await reader.readIfOlderThan(minutes(20))).toEqual({ kind: 'not-connected' });

    const company = t.newCompany(3);
    await t.connect(company);
    const first = await reader.readIfOlderThan(minutes(20));
    expect(first).toMatchObject({
      kind: 'read',
      summary: { mode: 'incremental', trigger: 'automatic', outcome: 'ok' },
    });
    clock += minutes(10);
    expect(await reader.readIfOlderThan(minutes(20))).toEqual({
      kind: 'fresh',
      lastReadAt: '2026-12-01T10:00:00.000Z',
    });

    for (let n = 1; n <= 3; n++) {
      clock += minutes(21);
      t.sandbox.failNext(company.companyNo, [503, 503]);
      const failed = await reader.readIfOlderThan(minutes(20));
      expect(failed).toMatchObject({ kind: 'read', summary: { outcome: 'failed', failure: { code: 'server-error' } } });
      expect((await t.status()).read.consecutiveFailures).toBe(n);
    }
    clock += minutes(21);
    expect(await reader.readIfOlderThan(minutes(20))).toMatchObject({ kind: 'read', summary: { outcome: 'ok' } });
    expect((await t.status()).read.consecutiveFailures).toBe(0);

    clock += minutes(21);
    t.sandbox.failNext(company.companyNo, [{ kind: 'slow', delayMs: 200 }]);
    const running = reader.readIfOlderThan(minutes(20));
    await vi.waitFor(() => expect(reader.running()).not.toBeNull());
    expect(await reader.readIfOlderThan(0)).toEqual({ kind: 'busy' });
    expect(await running).toMatchObject({ kind: 'read' });
  });
});
