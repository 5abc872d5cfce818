import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/database';
import type { StandardBooksReader } from '../standard-books-sync/read-service';
import { logAutomation, pauseAutomation } from './automation-log';
import { updateAutomationRow } from './settings-store';

export interface StandardBooksFirstDeps {
  db: Db;
  reader: StandardBooksReader;
  /** AUTOMATIC_SYNC_SB_MAX_AGE_MINUTES: a read older than this is done again before a run. */
  maxAgeMinutes: number;
  failuresToPause: number;
  log: FastifyBaseLogger;
}

/**
 * Before an automatic run, when a Standard Books connection exists: a read from Standard Books if the last one is
 * older than the setting, so that the run sends what Standard Books has now. A failed read sends nothing (the run is
 * tried at the next slot); three in a row pause the automation. Returns whether the run may go on.
 */
export function readStandardBooksFirst(deps: StandardBooksFirstDeps): (at: Date) => Promise<boolean> {
  return async (at) => {
    const result = await deps.reader.readIfOlderThan(deps.maxAgeMinutes * 60_000);
    if (result.kind === 'fresh' || result.kind === 'not-connected') return true;
    if (result.kind === 'busy') {
      // Someone else's read is under way: the run goes on from what it leaves.
      await deps.reader.idle();
      return true;
    }
    if (result.summary.outcome !== 'failed') {
      await updateAutomationRow(deps.db, { sb_failures: 0 });
      return true;
    }
    const code = result.summary.failure?.code ?? null;
    const row = await updateAutomationRow(deps.db, (current) => ({
      sb_failures: current.sb_failures + 1,
      last_run_at: at.toISOString(),
      last_run_outcome: 'standard-books-read-failed',
      waiting_for_job: 0,
    }));
    await logAutomation(deps.db, null, 'failed', { action: 'standard-books-read-failed', failure: code }, at);
    deps.log.warn({ failure: code, inRow: row.sb_failures }, 'automatic sync: read from Standard Books failed');
    if (row.sb_failures >= deps.failuresToPause) {
      await pauseAutomation(deps.db, 'standard-books-read-failed', code, at);
    }
    return false;
  };
}
