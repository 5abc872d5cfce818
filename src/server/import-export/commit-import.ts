import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ImportTarget } from '../../shared/import-export';
import type { Db } from '../db/database';
import { contactImport } from './contact-import';
import { summarise, type ImportHandler } from './import-plan';
import type { ImportSession } from './import-sessions';
import { registerImport } from './register-import';

/** Runs `use` with the handler of an import's target (contacts, or one register). */
export function withHandler<R>(target: ImportTarget, use: <T>(handler: ImportHandler<T>) => R): R {
  return target === 'contacts' ? use(contactImport) : use(registerImport(target));
}

/** The data moved between the preview and the commit: what the user confirmed is no longer what would happen. */
export class PlanChangedError extends Error {
  constructor() {
    super('import plan changed since the preview');
    this.name = 'PlanChangedError';
  }
}

export interface CommitResult {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

/**
 * Writes a previewed import in one transaction: all of it or, on any failure, none of it. The rows are checked
 * again inside the transaction, and unless they come out exactly as the preview showed, nothing is written.
 * Between parts it lets the event loop turn, so that progress reaches the browser while it writes.
 */
export function commitImport(
  db: Db,
  session: ImportSession,
  progress: (done: number, total: number) => void,
): Promise<CommitResult> {
  return withHandler(session.target, (handler) =>
    db.transaction().execute(async (trx) => {
      const plan = await handler.plan(trx, session.fields, session.rows);
      const summary = summarise(plan);
      if (summary.fingerprint !== session.preview?.fingerprint) throw new PlanChangedError();
      const total = summary.create + summary.update;
      progress(0, total);
      await handler.write(trx, plan.rows, async (written) => {
        progress(written, total);
        await nextTurn();
      });
      return {
        created: summary.create,
        updated: summary.update,
        unchanged: summary.unchanged,
        rejected: summary.rejectedCount,
      };
    }),
  );
}
