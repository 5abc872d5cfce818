import { afterEach, expect, it } from 'vitest';
import { emptyContactInput } from '../../../shared/contacts';
import { contactColumns } from '../../contacts/contact-rows';
import { updateContact } from '../../contacts/contact-store';
import { createTestDataDir } from '../../testing/data-dir';
import { databaseAt } from '../../testing/database-at';
import { migrateToLatest, type Db } from '../database';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function freshDatabaseAt(migration: string): Promise<Db> {
  const data = createTestDataDir();
  cleanups.push(data.remove);
  const db = await databaseAt(data.dir, migration);
  cleanups.push(() => db.destroy());
  return db;
}

it('upgrades a database with contacts and jobs in place: nothing is lost, nobody is forgotten or in conflict', async () => {
  const db = await freshDatabaseAt('0009-sync-log');
  const stamp = '2026-01-05T10:00:00.000Z';
  const contact = { ...emptyContactInput, Code: 'K-1', Name: 'Mari Maasikas', eMail: 'mari@eesti.test' };
  const { id } = await db
    .insertInto('contacts')
    .values({ ...contactColumns(contact), no_mail_posting: 1, date_created: stamp, date_changed: stamp })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('push_jobs')
    .values({
      status: 'completed',
      subdomain: 'firma',
      mapping: '[]',
      lookups: '{}',
      batch_size: 10,
      started_at: stamp,
      skipped_closed: 3,
    })
    .execute();

  await migrateToLatest(db);

  expect(
    await db
      .selectFrom('contacts')
      .select(['code', 'name', 'email', 'no_mail_posting', 'no_mail_posting_changed_at', 'date_changed'])
      .execute(),
  ).toEqual([
    {
      code: 'K-1',
      name: 'Mari Maasikas',
      email: 'mari@eesti.test',
      no_mail_posting: 1,
      no_mail_posting_changed_at: null,
      date_changed: stamp,
    },
  ]);
  expect(await db.selectFrom('push_jobs').select(['skipped_closed', 'skipped_forgotten']).execute()).toEqual([
    { skipped_closed: 3, skipped_forgotten: 0 },
  ]);
  expect(await db.selectFrom('smaily_unsubscribes').selectAll().execute()).toEqual([]);
  expect(await db.selectFrom('smaily_forgotten').selectAll().execute()).toEqual([]);
  expect(await db.selectFrom('consent_reads').selectAll().execute()).toEqual([{ id: 1, last_full_read_at: null }]);

  // From now on a change of the flag is dated; a save that keeps it keeps its date.
  const now = new Date('2026-02-01T08:00:00.000Z');
  await updateContact(db, id, { ...contact, NoMailPosting: false }, now);
  await updateContact(db, id, { ...contact, NoMailPosting: false, Phone: '+372 5555 0000' }, new Date());
  expect(
    await db.selectFrom('contacts').select(['no_mail_posting', 'no_mail_posting_changed_at', 'phone']).execute(),
  ).toEqual([{ no_mail_posting: 0, no_mail_posting_changed_at: now.toISOString(), phone: '+372 5555 0000' }]);
});
