import { databaseFile, type Db } from '../db/database';
import { openWorkerReader } from '../db/worker-reader';

/**
 * A second connection to the app's database, for a planner's one long read transaction (a snapshot the app's
 * own connection keeps writing past). It reads on a thread of its own (db/worker-reader.ts), so reading a page
 * of contacts never holds the event loop, and it never writes, so it runs no migrations. With PostgreSQL this
 * becomes a REPEATABLE READ transaction on a connection of its own.
 */
export function openReadConnection(dataDir: string): Db {
  // One pass in key order reads each page once: better-sqlite3's default 16 MB cache would only cost memory.
  return openWorkerReader(databaseFile(dataDir), { cacheSizeKb: 2000 });
}
