import { sql } from 'kysely';
import { statSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDataDir } from '../testing/data-dir';
import { databaseFile, openDatabase, type Db } from './database';
import { startWalCheckpointer } from './wal-checkpointer';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const warnings: unknown[] = [];
const log = { warn: (...args: unknown[]) => warnings.push(args) };

async function openTestDatabase(): Promise<{ db: Db; file: string }> {
  const data = createTestDataDir();
  cleanups.push(data.remove);
  const db = await openDatabase(data.dir);
  cleanups.push(() => db.destroy());
  await sql`create table filler (id integer primary key, body blob not null)`.execute(db);
  return { db, file: databaseFile(data.dir) };
}

const autoCheckpointPages = async (db: Db) =>
  (await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(db)).rows[0]?.wal_autocheckpoint;

/** About `megabytes` MB of new pages, one transaction per MB. */
async function write(db: Db, megabytes: number): Promise<void> {
  for (let index = 0; index < megabytes; index++) {
    await sql`with recursive n(i) as (select 1 union all select i + 1 from n where i < 250)
      insert into filler (body) select randomblob(4000) from n`.execute(db);
  }
}

describe('the WAL checkpointer', () => {
  it("copies the log into the database file from its own thread while the app's connection does no checkpoint", async () => {
    const { db, file } = await openTestDatabase();
    const checkpointer = await startWalCheckpointer(db, file, 10, log);
    cleanups.push(() => checkpointer.stop());

    expect(await autoCheckpointPages(db)).toBe(0);
    const before = statSync(file).size;
    await write(db, 6);

    // Only a checkpoint moves pages from the -wal file into the database file.
    await expect.poll(() => statSync(file).size - before, { timeout: 5000, interval: 10 }).toBeGreaterThan(6e6);
    expect(warnings).toEqual([]);
  });

  it('hands checkpoints back to the connection when stopped', async () => {
    const { db, file } = await openTestDatabase();
    const checkpointer = await startWalCheckpointer(db, file, 60_000, log);
    await checkpointer.stop();

    expect(await autoCheckpointPages(db)).toBe(1000);
  });
});
