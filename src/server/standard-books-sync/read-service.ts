import type { FastifyBaseLogger } from 'fastify';
import type { SessionUser } from '../../shared/auth';
import {
  noSbReadCounts,
  type SbReadMode,
  type SbReadSummary,
  type SbReadTrigger,
  type SbStatus,
} from '../../shared/standard-books-sync';
import type { Db } from '../db/database';
import type { SecretBox } from '../secrets/secret-box';
import type { StandardBooksClient } from '../standard-books/types';
import { loadActiveConnection } from './active-connection';
import type { CodeListFields } from './code-list-records';
import { readConnectionRow } from './connection-store';
import { runRead } from './read-run';
import { writeBackUnsubscribes, type WriteBackResult, type WriteBackRun } from './write-back';
import { hasNewWriteBacks } from './write-back-store';

export interface ReaderDeps {
  db: Db;
  client: StandardBooksClient;
  secrets: SecretBox;
  fields: CodeListFields;
  log: FastifyBaseLogger;
  /** The clock of the read marks and of "older than". */
  now: () => number;
}

type Running = NonNullable<SbStatus['read']['running']>;
type Actor = Pick<SessionUser, 'id' | 'name'> | null;

export type StartRefusal = 'running' | 'not-connected';
/** A write-back is refused while a read runs ('running') or another write-back does ('writing'). */
export type WriteBackRefusal = StartRefusal | 'writing';

/** What readIfOlderThan did: read (with the read's summary), or why not. */
export type ReadIfOlderResult =
  | { kind: 'read'; summary: SbReadSummary }
  /** The last read ended less than `maxAgeMs` ago. */
  | { kind: 'fresh'; lastReadAt: string }
  /** Another read is running; its result will be the last read. */
  | { kind: 'busy' }
  | { kind: 'not-connected' };

/**
 * Reads from Standard Books in the background, one read at a time per installation. The page polls `running()`;
 * a read interrupted by a restart is not resumed: the next one starts again from the stored marks.
 */
export class StandardBooksReader {
  private current: { progress: Running; done: Promise<SbReadSummary> } | null = null;
  /** From the moment a read's start is claimed until the read ends. */
  private reading = false;
  private closing = false;
  /** A write-back outside a read (on demand or the periodic task), which the app's close waits for too. */
  private writing: Promise<unknown> | null = null;

  constructor(private readonly deps: ReaderDeps) {}

  running(): Running | null {
    return this.current ? { ...this.current.progress, totals: { ...this.current.progress.totals } } : null;
  }

  /** Starts a read and resolves when it has begun, not when it ends (see `idle`). */
  async start(
    mode: SbReadMode,
    trigger: SbReadTrigger,
    user: Actor,
  ): Promise<{ ok: true } | { ok: false; refusal: StartRefusal }> {
    const started = await this.begin(mode, trigger, user);
    if (!started.ok) return started;
    started.done.catch((error: unknown) => this.deps.log.error({ err: error }, 'standard books read failed'));
    return { ok: true };
  }

  /** Runs a read to its end. */
  async run(mode: SbReadMode, trigger: SbReadTrigger, user: Actor): Promise<SbReadSummary | StartRefusal> {
    const started = await this.begin(mode, trigger, user);
    return started.ok ? started.done : started.refusal;
  }

  /**
   * The automatic sync's entry point: an incremental read if the last read (whatever its outcome) ended longer
   * than `maxAgeMs` ago, or never. Failed reads in a row are counted on the connection (SbStatus
   * `consecutiveFailures`); three raise the administrators' banner.
   */
  async readIfOlderThan(maxAgeMs: number, trigger: SbReadTrigger = 'automatic'): Promise<ReadIfOlderResult> {
    if (this.reading) return { kind: 'busy' };
    const { last_read_at: lastReadAt } = await readConnectionRow(this.deps.db);
    if (lastReadAt !== null && this.deps.now() - Date.parse(lastReadAt) < maxAgeMs) {
      return { kind: 'fresh', lastReadAt };
    }
    const result = await this.run('incremental', trigger, null);
    if (result === 'running') return { kind: 'busy' };
    if (result === 'not-connected') return { kind: 'not-connected' };
    return { kind: 'read', summary: result };
  }

  /**
   * Writes the waiting Smaily unsubscribes to Standard Books now; refused while a read runs (its end writes them)
   * or another write-back does.
   */
  writeBackNow(user: Actor): Promise<WriteBackResult | WriteBackRefusal> {
    return this.writeBack({ trigger: 'on-demand', user });
  }

  /** The periodic task: unsubscribes not tried yet, unless a read runs (its end writes them) or none is set up. */
  async writeBackNew(): Promise<void> {
    // Asked every interval: the connection (and its sealed password) is loaded only when something waits.
    if (!(await hasNewWriteBacks(this.deps.db))) return;
    await this.writeBack({ trigger: 'automatic', user: null, onlyNew: true });
  }

  private async writeBack(run: WriteBackRun): Promise<WriteBackResult | WriteBackRefusal> {
    if (this.reading || this.closing) return 'running';
    if (this.writing) return 'writing';
    const work = (async () => {
      const active = await loadActiveConnection(this.deps.db, this.deps.secrets);
      if (active.status !== 'connected') return 'not-connected' as const;
      const { db, client, log } = this.deps;
      const now = () => new Date(this.deps.now());
      return writeBackUnsubscribes({ db, client, connection: active.connection, now, log }, run);
    })();
    this.writing = work;
    try {
      return await work;
    } finally {
      this.writing = null;
    }
  }

  /** Resolves when no read runs (tests, and the app's close). */
  async idle(): Promise<void> {
    await this.current?.done.catch(() => undefined);
    await this.writing?.catch(() => undefined);
  }

  /**
   * Stops at the next page: the read ends as interrupted, its registers' marks where they were. A request in
   * flight may take up to SB_TIMEOUT_MS (and its retries) to end; the app does not wait longer than `graceMs` for
   * it, since each page is its own transaction and an unfinished read simply starts again from the marks.
   */
  async stop(graceMs = 5000): Promise<void> {
    this.closing = true;
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, graceMs);
      timer.unref();
    });
    await Promise.race([this.idle(), grace]);
    clearTimeout(timer);
  }

  private async begin(
    mode: SbReadMode,
    trigger: SbReadTrigger,
    user: Actor,
  ): Promise<{ ok: true; done: Promise<SbReadSummary> } | { ok: false; refusal: StartRefusal }> {
    // Claimed before the first await, so that two starts at once cannot both begin.
    if (this.reading || this.closing) return { ok: false, refusal: 'running' };
    this.reading = true;
    try {
      // A write-back takes seconds: the read begins after it (and writes what came meanwhile at its end).
      await this.writing?.catch(() => undefined);
      if (this.closing) {
        this.reading = false;
        return { ok: false, refusal: 'running' };
      }
      const active = await loadActiveConnection(this.deps.db, this.deps.secrets);
      if (active.status !== 'connected') {
        this.reading = false;
        return { ok: false, refusal: 'not-connected' };
      }
      const { db, client, fields, log } = this.deps;
      const progress: Running = {
        mode,
        trigger,
        startedAt: new Date(this.deps.now()).toISOString(),
        register: null,
        totals: noSbReadCounts(),
      };
      const done = runRead(
        {
          db,
          client,
          fields,
          log,
          now: () => new Date(this.deps.now()),
          isClosing: () => this.closing,
          onProgress: (register, totals) => {
            progress.register = register;
            progress.totals = totals;
          },
        },
        { connection: active.connection, mode, trigger, user },
      ).finally(() => {
        this.current = null;
        this.reading = false;
      });
      this.current = { progress, done };
      return { ok: true, done };
    } catch (error) {
      this.reading = false;
      throw error;
    }
  }
}
