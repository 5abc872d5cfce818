import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, type SqliteDatabase } from 'kysely';
import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import { migrations } from './migrations';
import type { Database } from './schema';

export type Db = Kysely<Database>;

export function databaseFile(dataDir: string): string {
  return path.join(dataDir, 'app.sqlite');
}

/**
 * Kysely prepares every query anew. A better-sqlite3 statement holds native memory that V8 does not see, so
 * thousands of one-use statements (a bulk push writes pages of 500 rows) pile up outside the heap until a GC
 * happens to finalise them. Reusing statements by their SQL keeps that memory flat and saves the parsing.
 */
function withStatementCache(sqlite: SQLite.Database, size = 200): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare: (sql: string) => {
      let statement = cache.get(sql);
      if (statement) {
        cache.delete(sql); // re-inserted below: the map's order is the order of last use
      } else {
        statement = sqlite.prepare(sql);
        if (cache.size >= size) cache.delete(cache.keys().next().value ?? '');
      }
      cache.set(sql, statement);
      return statement;
    },
  };
}

/** Kysely on a better-sqlite3 connection, reusing prepared statements. */
export function kyselyOn(sqlite: SQLite.Database): Db {
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
}

/**
 * The data folder (0700 when this creates it) and the database file (0600), before SQLite opens it: SQLite gives
 * its -wal and -shm files the database file's mode, so none of the three is ever readable by other users.
 */
export function prepareDataDir(dataDir: string): string {
  if (mkdirSync(dataDir, { recursive: true, mode: 0o700 }) !== undefined) chmodSync(dataDir, 0o700);
  const file = databaseFile(dataDir);
  closeSync(openSync(file, 'a', 0o600));
  chmodSync(file, 0o600);
  return file;
}

/** Opens (creating when missing) the SQLite file in the data folder and brings it to the latest migration. */
export async function openDatabase(dataDir: string): Promise<Db> {
  const sqlite = new SQLite(prepareDataDir(dataDir));
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = kyselyOn(sqlite);
  await migrateToLatest(db);
  return db;
}

export async function migrateToLatest(db: Db): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed`, { cause: error });
  }
}
