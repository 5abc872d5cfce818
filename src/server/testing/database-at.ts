import SQLite from 'better-sqlite3';
import { Migrator } from 'kysely';
import { kyselyOn, prepareDataDir, type Db } from '../db/database';
import { migrations } from '../db/migrations';

/**
 * The database in `dataDir` as the migrations up to `migration` left it: where a migration's upgrade test puts
 * the data an older version of the app wrote, before this version opens it. The caller destroys it.
 */
export async function databaseAt(dataDir: string, migration: string): Promise<Db> {
  const db = kyselyOn(new SQLite(prepareDataDir(dataDir)));
  const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) } });
  const { error } = await migrator.migrateTo(migration);
  if (error) {
    await db.destroy();
    throw new Error(`the migrations up to ${migration} failed`, { cause: error });
  }
  return db;
}
