import SQLite from 'better-sqlite3';
import { databaseFile, kyselyOn, type Db } from '../db/database';

/**
 * A second connection to the app's database, for a planner's one long read transaction (a snapshot the app's
 * own connection keeps writing past). It never writes, so it runs no migrations. With PostgreSQL this becomes a
 * REPEATABLE READ transaction on a connection of its own.
 */
export function openReadConnection(dataDir: string): Db {
  const sqlite = new SQLite(databaseFile(dataDir));
  sqlite.pragma('busy_timeout = 5000');
  // One pass in key order reads each page once: better-sqlite3's default 16 MB cache would only cost memory.
  sqlite.pragma('cache_size = -2000');
  return kyselyOn(sqlite);
}
