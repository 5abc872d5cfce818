import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SbClashList, SbWriteBackStatus } from '../../../shared/standard-books-master';
import { seedDemoData } from '../../seed/seed-database';
import { createTestDataDir } from '../../testing/data-dir';
import { databaseAt } from '../../testing/database-at';
import { createTestApp, type TestApp } from '../../testing/test-app';

/** A database as the migrations before 0012 left it, with data and a Standard Books connection row. */
const data = createTestDataDir();
let testApp: TestApp;
beforeAll(async () => {
  const db = await databaseAt(data.dir, '0011-standard-books');
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
