import { sql } from 'kysely';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import type { Db } from './database';

/** SQLite's own default: a commit that leaves the WAL past this many pages checkpoints it. */
const sqliteAutoCheckpointPages = 1000;

// Plain CommonJS, run by `new Worker(…, { eval: true })`: the bundled server has no separate file to start.
// PASSIVE copies what no reader still needs and never waits for, or blocks, a writer or a reader.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 1000');
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    parentPort.postMessage({ error: String((error && error.message) || error) });
  }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export interface WalCheckpointer {
  stop: () => Promise<void>;
}

/**
 * SQLite checkpoints its write-ahead log inside whichever commit takes the log past 1 000 pages: it copies those
 * pages into the database file and syncs it, on the event loop, tens of milliseconds each time on a busy disk;
 * the first commit after a push job's planning snapshot ends copies the whole plan at once. Here a worker thread
 * with a connection of its own checkpoints every `intervalMs`, and the app's connection no longer does it
 * itself. Should the worker die, the connection checkpoints by itself again, so the log never grows unchecked.
 */
export async function startWalCheckpointer(
  db: Db,
  file: string,
  intervalMs: number,
  log: Pick<Logger, 'warn'>,
): Promise<WalCheckpointer> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(workerSource, { eval: true, workerData: { driver, file, intervalMs } });
  let stopping = false;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.on('message', (message: { error?: string }) => {
    log.warn({ error: message.error }, 'WAL checkpoint failed; trying again at the next interval');
  });
  worker.on('error', (error) => log.warn({ err: error }, 'WAL checkpointer stopped'));
  void exited.then(async () => {
    if (stopping) return;
    await sql.raw(`pragma wal_autocheckpoint = ${sqliteAutoCheckpointPages}`).execute(db);
  });
  await sql.raw('pragma wal_autocheckpoint = 0').execute(db);
  return {
    stop: async () => {
      stopping = true;
      worker.postMessage('stop');
      await exited;
      await sql.raw(`pragma wal_autocheckpoint = ${sqliteAutoCheckpointPages}`).execute(db);
    },
  };
}
