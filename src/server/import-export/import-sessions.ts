import { randomUUID } from 'node:crypto';
import type { ImportTarget } from '../../shared/import-export';
import type { Config } from '../config';
import { notFound } from '../http/request-error';
import type { PlanSummary } from './import-plan';

export interface StagedRow {
  line: number;
  cells: string[];
}

/** An import between its upload and its commit: rows wait here, in memory, and nothing is in the database yet. */
export interface ImportSession {
  id: string;
  userId: number;
  target: ImportTarget;
  /** The field each uploaded column holds. */
  fields: string[];
  totalRows: number;
  rows: StagedRow[];
  /** What the staged rows count against the limits (stagedBytes). */
  bytes: number;
  /** What the last preview said; a commit must find the same, or it writes nothing. */
  preview: PlanSummary | null;
  committing: boolean;
  touchedAt: number;
}

export interface ImportLimits {
  /** Staged bytes one import may hold. */
  maxBytes: number;
  /** Staged bytes all open imports of the server may hold together. */
  totalMaxBytes: number;
  /** An import left alone this long is dropped. */
  idleMs: number;
}

export function importLimitsFromConfig(config: Config): ImportLimits {
  return {
    maxBytes: config.IMPORT_MAX_BYTES,
    totalMaxBytes: config.IMPORT_TOTAL_MAX_BYTES,
    idleMs: config.IMPORT_IDLE_MINUTES * 60 * 1000,
  };
}

/**
 * What staged rows count against the limits, close to what they take on the heap (measured on V8): each cell's
 * UTF-8 bytes plus 8 for its place in the row (an empty cell costs that too), plus 64 for each row itself.
 */
export function stagedBytes(rows: readonly StagedRow[]): number {
  let bytes = 0;
  for (const row of rows) {
    bytes += 64 + 8 * row.cells.length;
    for (const cell of row.cells) bytes += Buffer.byteLength(cell, 'utf8');
  }
  return bytes;
}

/** An upload that would take its import (`import`), or all imports together (`server`), past their limit. */
export class ImportLimitError extends Error {
  constructor(
    readonly limit: 'import' | 'server',
    readonly maxBytes: number,
  ) {
    super(`staged rows would exceed the ${limit} limit of ${maxBytes} bytes`);
    this.name = 'ImportLimitError';
  }
}

/** How often to look for abandoned imports: every minute, or twice within the idle time when that is shorter. */
export function sweepIntervalMs(idleMs: number): number {
  return Math.min(60_000, Math.max(10, Math.floor(idleMs / 2)));
}

/**
 * The open imports of one server, bounded in bytes per import and in total. Each user has at most one (starting
 * another drops the previous one), and one left alone for `idleMs` is dropped by sweep(), so cancelled or abandoned
 * uploads give their memory back. A committing import is never dropped.
 */
export class ImportSessions {
  private readonly sessions = new Map<string, ImportSession>();
  private total = 0;

  constructor(
    private readonly limits: ImportLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Bytes the open imports hold together. */
  get stagedBytes(): number {
    return this.total;
  }

  start(userId: number, target: ImportTarget, fields: string[], totalRows: number): ImportSession {
    this.sweep();
    for (const session of [...this.sessions.values()])
      if (session.userId === userId && !session.committing) this.remove(session.id);
    const session: ImportSession = {
      id: randomUUID(),
      userId,
      target,
      fields,
      totalRows,
      rows: [],
      bytes: 0,
      preview: null,
      committing: false,
      touchedAt: this.now(),
    };
    this.sessions.set(session.id, session);
    return session;
  }

  /** The user's own open import; anyone else's, or an expired one, is "not found". */
  get(id: string, userId: number): ImportSession {
    const session = this.sessions.get(id);
    if (session && this.expired(session)) this.remove(id);
    if (!session || session.userId !== userId || this.expired(session)) throw notFound();
    session.touchedAt = this.now();
    return session;
  }

  /** Adds a part of the file, all of it or (past a limit, with ImportLimitError) none of it. */
  stage(session: ImportSession, rows: readonly StagedRow[]): void {
    const bytes = stagedBytes(rows);
    if (session.bytes + bytes > this.limits.maxBytes) throw new ImportLimitError('import', this.limits.maxBytes);
    if (this.total + bytes > this.limits.totalMaxBytes) throw new ImportLimitError('server', this.limits.totalMaxBytes);
    for (const row of rows) session.rows.push(row);
    session.bytes += bytes;
    this.total += bytes;
    session.preview = null;
  }

  remove(id: string): void {
    const session = this.sessions.get(id);
    if (!session) return;
    this.sessions.delete(id);
    this.total -= session.bytes;
  }

  /** Drops every import left alone for longer than the idle time; returns how many. */
  sweep(): number {
    let dropped = 0;
    for (const session of [...this.sessions.values()]) {
      if (!this.expired(session)) continue;
      this.remove(session.id);
      dropped++;
    }
    return dropped;
  }

  private expired(session: ImportSession): boolean {
    return !session.committing && this.now() - session.touchedAt > this.limits.idleMs;
  }
}
