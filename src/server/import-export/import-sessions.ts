import { randomUUID } from 'node:crypto';
import type { ImportTarget } from '../../shared/import-export';
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
  /** What the last preview said; a commit must find the same, or it writes nothing. */
  preview: PlanSummary | null;
  committing: boolean;
  touchedAt: number;
}

/**
 * The open imports of one server. Each user has at most one (starting another drops the previous one), and one
 * left alone for `idleMs` is forgotten, so cancelled or abandoned uploads do not stay in memory.
 */
export class ImportSessions {
  private readonly sessions = new Map<string, ImportSession>();

  constructor(private readonly idleMs = 30 * 60 * 1000) {}

  start(userId: number, target: ImportTarget, fields: string[], totalRows: number, now = Date.now()): ImportSession {
    for (const session of this.sessions.values()) {
      if ((session.userId === userId && !session.committing) || now - session.touchedAt > this.idleMs)
        this.sessions.delete(session.id);
    }
    const session: ImportSession = {
      id: randomUUID(),
      userId,
      target,
      fields,
      totalRows,
      rows: [],
      preview: null,
      committing: false,
      touchedAt: now,
    };
    this.sessions.set(session.id, session);
    return session;
  }

  /** The user's own open import; anyone else's, or an expired one, is "not found". */
  get(id: string, userId: number, now = Date.now()): ImportSession {
    const session = this.sessions.get(id);
    if (!session || session.userId !== userId || (now - session.touchedAt > this.idleMs && !session.committing))
      throw notFound();
    session.touchedAt = now;
    return session;
  }

  remove(id: string): void {
    this.sessions.delete(id);
  }
}
