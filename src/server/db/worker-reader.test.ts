import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDataDir } from '../testing/data-dir';
import { databaseFile, openDatabase, type Db } from './database';
import { openWorkerReader } from './worker-reader';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function openBoth(): Promise<{ db: Db; reader: Db }> {
  const data = createTestDataDir();
  cleanups.push(data.remove);
  const db = await openDatabase(data.dir);
  cleanups.push(() => db.destroy());
  const reader = openWorkerReader(databaseFile(data.dir));
  cleanups.push(() => reader.destroy());
  return { db, reader };
}

const addClass = (db: Db, code: string) =>
  db
    .insertInto('customer_classes')
    .values({ code, name: `Klass ${code}` })
    .execute();

describe('the worker reader', () => {
  it('answers Kysely queries with what the app’s connection has committed', async () => {
    const { db, reader } = await openBoth();
    expect(await reader.selectFrom('customer_classes').select('code').execute()).toEqual([]);

    await addClass(db, 'VKE');
    await addClass(db, 'SUUR');

    expect(
      await reader.selectFrom('customer_classes').select(['code', 'name']).where('code', '=', 'VKE').execute(),
    ).toEqual([{ code: 'VKE', name: 'Klass VKE' }]);
    expect(await reader.selectFrom('customer_classes').select('code').orderBy('code').execute()).toEqual([
      { code: 'SUUR' },
      { code: 'VKE' },
    ]);
  });

  it('gives every one of many parallel queries its own answer', async () => {
    const { db, reader } = await openBoth();
    const codes = Array.from({ length: 40 }, (_, index) => `K${String(index).padStart(2, '0')}`);
    for (const code of codes) await addClass(db, code);

    const answers = await Promise.all(
      codes.map((code) => reader.selectFrom('customer_classes').select('name').where('code', '=', code).execute()),
    );
    expect(answers.map((rows) => rows[0]?.name)).toEqual(codes.map((code) => `Klass ${code}`));
  });

  it('refuses to write, passes SQLite’s errors on, and goes on answering', async () => {
    const { db, reader } = await openBoth();
    await expect(reader.insertInto('customer_classes').values({ code: 'X', name: 'X' }).execute()).rejects.toThrow(
      /readonly database/,
    );
    await expect(sql`select * from no_such_table`.execute(reader)).rejects.toThrow(/no such table: no_such_table/);

    expect(await db.selectFrom('customer_classes').select('code').execute()).toEqual([]);
    expect((await sql<{ one: number }>`select 1 as one`.execute(reader)).rows).toEqual([{ one: 1 }]);
  });

  it('keeps a snapshot for the length of a transaction while the app writes past it', async () => {
    const { db, reader } = await openBoth();
    await addClass(db, 'A');
    const count = async (on: Db) =>
      Number(
        (
          await on
            .selectFrom('customer_classes')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirst()
        )?.n,
      );

    const seen = await reader.transaction().execute(async (snap) => {
      const first = await count(snap);
      await addClass(db, 'B');
      // A query from outside would read inside the snapshot: it is refused instead.
      await expect(count(reader)).rejects.toThrow(/inside a transaction/);
      return { first, again: await count(snap) };
    });

    expect(seen).toEqual({ first: 1, again: 1 });
    expect(await count(reader)).toBe(2);
  });

  it('fails every query once destroyed', async () => {
    const { reader } = await openBoth();
    await sql`select 1`.execute(reader);
    await reader.destroy();
    await expect(sql`select 1`.execute(reader)).rejects.toThrow();
  });
});
