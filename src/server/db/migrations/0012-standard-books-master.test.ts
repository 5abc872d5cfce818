import SQLite from 'better-sqlite3';
import { Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SbClashList, SbWriteBackStatus } from '../../../shared/standard-books-master';
import { seedDemoData } from '../../seed/seed-database';
import { createTestDataDir } from '../../testing/data-dir';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { kyselyOn, prepareDataDir } from '../database';
import { migrations } from './index';

/** A database as the migrations before 0012 left it, with data and a Standard Books connection row. */
const data = createTestDataDir();
let testApp: TestApp;
beforeAll(async () => {
  const db = kyselyOn(new SQLite(prepareDataDir(data.dir)));
  const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) } });
  const { error } = await migrator.migrateTo('0011-standard-books');
  if (error) throw new Error('the migrations before 0012 failed', { cause: error });
  await seedDemoData(db, 5);
  await db.destroy();
  testApp = await createTestApp({ dataDir: data.dir });
});
afterAll(async () => {
  await testApp.close();
  data.remove();
});

describe('migration 0012 on a database with data', () => {
  it('starts with the write-back off, nothing waiting and no clashes; the contacts stay', async () => {
    const { cookie } = await testApp.signIn('admin');
    const api = testApp.as(cookie);
    expect((await api.get('/api/standard-books/write-back')).json<SbWriteBackStatus>()).toEqual({
      enabled: false,
      pending: 0,
      failures: [],
    });
    expect((await api.get('/api/standard-books/clashes')).json<SbClashList>()).toEqual({ items: [], total: 0 });
    expect((await api.get('/api/contacts/100003')).statusCode).toBe(200);
  });
});
