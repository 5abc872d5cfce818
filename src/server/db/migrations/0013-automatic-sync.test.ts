import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AutomaticSyncStatus } from '../../../shared/automatic-sync';
import type { PushJob } from '../../../shared/push-jobs';
import { seedDemoData } from '../../seed/seed-database';
import { createTestDataDir } from '../../testing/data-dir';
import { databaseAt } from '../../testing/database-at';
import { createTestApp, type TestApp } from '../../testing/test-app';

/** A database as the migrations before 0013 left it, with contacts and a finished job, then opened by this version. */
const data = createTestDataDir();
let testApp: TestApp;
beforeAll(async () => {
  const db = await databaseAt(data.dir, '0012-standard-books-master');
  await seedDemoData(db, 20);
  const { id } = await db
    .insertInto('push_jobs')
    .values({
      status: 'completed',
      subdomain: 'firma',
      mapping: '[]',
      lookups: '{"customerClasses":[],"classifications":[],"objects":[]}',
      batch_size: 1000,
      started_at: '2026-11-28T10:00:00.000Z',
      finished_at: '2026-11-28T10:01:00.000Z',
      started_by_name: 'Mari',
      total: 1,
      sent: 1,
      planned: 1,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('push_job_contacts')
    .values({ job_id: id, seq: 0, code: '100001', name: 'Ärma OÜ', email: 'info@arma.test', outcome: 'sent', batch: 0 })
    .execute();
  await db.destroy();
  testApp = await createTestApp({ dataDir: data.dir });
});
afterAll(async () => {
  await testApp.close();
  data.remove();
});

describe('migration 0013 on a database with data', () => {
  it('keeps the contacts and jobs, and the automation starts off with the whole selection due', async () => {
    const { cookie } = await testApp.signIn('admin');
    const api = testApp.as(cookie);
    expect((await api.get('/api/contacts/100005')).statusCode).toBe(200);
    const jobs = (await api.get('/api/push-jobs')).json<{ items: PushJob[] }>().items;
    expect(jobs).toMatchObject([{ status: 'completed', counts: { sent: 1 }, startedBy: { name: 'Mari' } }]);
    expect((await api.get(`/api/push-jobs/${jobs[0]?.id}/report.csv`)).body).toContain('100001');
    const status = (await api.get('/api/automatic-sync')).json<AutomaticSyncStatus>();
    expect(status).toMatchObject({
      settings: { enabled: false, schedule: 'hourly', dailyAt: '03:30', filters: {} },
      lastRun: null,
      paused: null,
      wholeSelectionDue: true,
    });
    expect((await testApp.app.inject({ method: 'GET', url: '/api/health' })).json()).toEqual({
      status: 'ok',
      automaticSync: 'off',
    });
  });

  it('tracks changes of the contacts that were already there', async () => {
    const { db } = testApp.app;
    const seqOf = async (code: string) =>
      (await db.selectFrom('contacts').select('change_seq').where('code', '=', code).executeTakeFirstOrThrow())
        .change_seq;
    expect(await seqOf('100002')).toBe(0);
    await db.updateTable('contacts').set({ name: 'Uus nimi' }).where('code', '=', '100002').execute();
    await db
      .updateTable('contacts')
      .set({ last_sent_at: '2026-12-01T00:00:00.000Z' })
      .where('code', '=', '100003')
      .execute();
    expect(await seqOf('100002')).toBeGreaterThan(0);
    expect(await seqOf('100003')).toBe(0); // not a change of what is sent
  });
});
