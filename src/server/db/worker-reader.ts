import {
  CompiledQuery,
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
} from 'kysely';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Db } from './database';
import type { Database } from './schema';

// Plain CommonJS, run by `new Worker(…, { eval: true })`: the bundled server has no separate file to start.
// Statements are kept by their SQL, as on the app's own connection (database.ts, withStatementCache).
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
if (workerData.cacheSizeKb) db.pragma('cache_size = -' + workerData.cacheSizeKb);
const statements = new Map();
const prepare = (sql) => {
  let statement = statements.get(sql);
  if (!statement) {
    if (statements.size >= 100) statements.delete(statements.keys().next().value);
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
};
parentPort.on('message', (message) => {
  if (message === 'stop') {
    db.close();
    parentPort.close();
    return;
  }
  try {
    const statement = prepare(message.sql);
    // Not a reader: begin, commit or rollback (the connection is read-only, so SQLite refuses any write).
    if (!statement.reader) statement.run(message.parameters);
    parentPort.postMessage({ id: message.id, rows: statement.reader ? statement.all(message.parameters) : [] });
  } catch (error) {
    parentPort.postMessage({ id: message.id, error: { message: String(error.message), code: error.code } });
  }
});
`;

interface Answer {
  id: number;
  rows?: unknown[];
  error?: { message: string; code?: string };
}

/** The worker thread and its read-only connection. Should the worker die, every query from then on fails. */
class ReaderThread implements DatabaseConnection {
  private readonly worker: Worker;
  private stopped: Error | undefined;
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (rows: unknown[]) => void; reject: (error: Error) => void }>();

  constructor(workerData: { file: string; cacheSizeKb?: number }) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(workerSource, { eval: true, workerData: { driver, ...workerData } });
    this.worker.on('message', (answer: Answer) => {
      const waiting = this.pending.get(answer.id);
      if (!waiting) return;
      this.pending.delete(answer.id);
      if (answer.error) waiting.reject(Object.assign(new Error(answer.error.message), { code: answer.error.code }));
      else waiting.resolve(answer.rows ?? []);
    });
    const failAll = (error: Error) => {
      this.stopped ??= error;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    this.worker.on('error', failAll);
    this.worker.on('exit', () => failAll(new Error('the database reader has stopped')));
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (this.stopped) throw this.stopped;
    const id = this.nextId++;
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, sql: query.sql, parameters: query.parameters });
    });
    return { rows: rows as R[] };
  }

  // eslint-disable-next-line require-yield -- Kysely's interface; nothing here streams
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('the worker reader does not stream');
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.postMessage('stop');
    await exited;
  }
}

/**
 * One connection. Queries go to the worker as they come (it answers them in turn). A transaction is a snapshot
 * of its own: a query from outside it would run inside it, so it is refused instead.
 */
class WorkerReaderDriver implements Driver {
  private inTransaction = false;

  constructor(private readonly thread: ReaderThread) {}

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    if (this.inTransaction) throw new Error('this reader is inside a transaction: open a reader of its own');
    return this.thread;
  }

  async releaseConnection(): Promise<void> {}

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    this.inTransaction = true;
    await connection.executeQuery(CompiledQuery.raw('begin'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    this.inTransaction = false;
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    this.inTransaction = false;
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async destroy(): Promise<void> {
    await this.thread.stop();
  }
}

/**
 * Kysely on a read-only connection in a worker thread. better-sqlite3 runs a query synchronously on the thread
 * that calls it: a page of a job's plan (contacts, their links and consent marks) held the event loop for tens of
 * milliseconds, and with it every other request and the job's own bookkeeping. Here the query runs beside the
 * event loop, which only waits for its rows. It reads what the app's connection has committed (WAL readers never
 * block the writer); a transaction on it is a snapshot the app keeps writing past. `destroy()` stops the thread.
 */
export function openWorkerReader(file: string, options: { cacheSizeKb?: number } = {}): Db {
  const thread = new ReaderThread({ file, ...options });
  return new Kysely<Database>({
    dialect: {
      createAdapter: () => new SqliteAdapter(),
      createDriver: () => new WorkerReaderDriver(thread),
      createIntrospector: (db) => new SqliteIntrospector(db),
      createQueryCompiler: () => new SqliteQueryCompiler(),
    },
  });
}
