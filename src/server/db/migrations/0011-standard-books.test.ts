import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact } from '../../../shared/contacts';
import type { PushJob } from '../../../shared/push-jobs';
import type { SbContactOrigin, SbStatus } from '../../../shared/standard-books-sync';
import { seedDemoData } from '../../seed/seed-database';
import { createTestDataDir } from '../../testing/data-dir';
import { databaseAt } from '../../testing/database-at';
import { createTestApp, type TestApp } from '../../testing/test-app';

/** A database as the migrations before 0011 left it, with data in it, then opened by this version of the app. */
const data = createTestDataDir();
let testApp: TestApp;
beforeAll(async () => {
  const db = await databaseAt(data.dir, '0010-consent');
  await seedDemoData(db, 20);
  await db
    .insertInto('push_jobs')
    .values({
      status: 'completed',
      subdomain: 'firma',
      mapping: '[]',
      lookups: '{"customerClasses":[],"classifications":[],"objects":[]}',
      batch_size: 1000,
      started_at: '2026-11-28T10:00:00.000Z',
      finished_at: '2026-11-28T10:01:00.000Z',
      total: 20,
      sent: 18,
      skipped: 2,
      skipped_closed: 1,
      skipped_no_email: 1,
      planned: 1,
    })
    .execute();
  await db.destroy();

  testApp = await createTestApp({ dataDir: data.dir });
});
afterAll(async () => {
  await testApp.close();
  data.remove();
});

describe('migration 0011 on a database with data', () => {
  it('keeps every contact, now marked as made here', async () => {
    const { cookie } = await testApp.signIn('admin');
    const api = testApp.as(cookie);
    const contact = await api.get('/api/contacts/100005');
    expect(contact.statusCode).toBe(200);
    expect(contact.json<Contact>()).toMatchObject({ Code: '100005', Classification: expect.any(Array) as string[] });
    expect((await api.get('/api/contacts/100005/standard-books')).json<SbContactOrigin>()).toEqual({
      source: 'local',
      removedFromStandardBooksAt: null,
      readAt: null,
    });
    const sources = await testApp.app.db.selectFrom('contacts').select('source').distinct().execute();
    expect(sources).toEqual([{ source: 'local' }]);
    for (const table of [
      'customer_classes',
      'classification_types',
      'classifications',
      'object_types',
      'objects',
    ] as const) {
      const rows = await testApp.app.db.selectFrom(table).select(['source', 'removed_from_sb_at']).execute();
      expect(rows.length).toBeGreaterThan(0);
      expect(new Set(rows.map((row) => `${row.source} ${String(row.removed_from_sb_at)}`))).toEqual(
        new Set(['local null']),
      );
    }
  });

  it('keeps the jobs, with no contact skipped as removed from Standard Books', async () => {
    const { cookie } = await testApp.signIn('user');
    const jobs = (await testApp.as(cookie).get('/api/push-jobs')).json<{ items: PushJob[] }>();
    expect(jobs.items[0]?.skippedByReason).toEqual({
      forgotten: 0,
      'removed-from-standard-books': 0,
      closed: 1,
      'no-email': 1,
      'invalid-email': 0,
      'duplicate-email': 0,
    });
  });

  it('starts with no Standard Books connection and no read marks', async () => {
    const { cookie } = await testApp.signIn('admin');
    const status = (await testApp.as(cookie).get('/api/standard-books/status')).json<SbStatus>();
    expect(status.connection.state).toBe('not-connected');
    expect(status.read).toMatchObject({ running: null, last: null, consecutiveFailures: 0 });
    expect(status.read.registers.map((mark) => mark.sequence)).toEqual(Array(6).fill(null));
  });
});
