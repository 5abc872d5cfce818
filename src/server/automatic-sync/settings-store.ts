import type { Selectable } from 'kysely';
import {
  automaticSyncPauseReasons,
  automaticSyncRunOutcomes,
  automaticSyncSchedules,
  defaultAutomaticSyncSettings,
  type AutomaticSyncPauseReason,
  type AutomaticSyncRunOutcome,
  type AutomaticSyncSettings,
} from '../../shared/automatic-sync';
import type { Db } from '../db/database';
import type { AutomaticSyncTable } from '../db/schema';
import { jobFilters } from '../push-jobs/job-store';

export type AutomationRow = Selectable<AutomaticSyncTable>;

export const readAutomationRow = (db: Db): Promise<AutomationRow> =>
  db.selectFrom('automatic_sync').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();

export async function updateAutomationRow(
  db: Db,
  values: Partial<Omit<AutomationRow, 'id'>> | ((row: AutomationRow) => Partial<Omit<AutomationRow, 'id'>>),
): Promise<AutomationRow> {
  const current = await readAutomationRow(db);
  const changes = typeof values === 'function' ? values(current) : values;
  if (Object.keys(changes).length > 0) {
    await db.updateTable('automatic_sync').set(changes).where('id', '=', 1).execute();
  }
  return { ...current, ...changes };
}

export function settingsOf(row: AutomationRow): AutomaticSyncSettings {
  return {
    enabled: row.enabled === 1,
    schedule:
      automaticSyncSchedules.find((schedule) => schedule === row.schedule) ?? defaultAutomaticSyncSettings.schedule,
    dailyAt: row.daily_at,
    filters: jobFilters({ filter_cust_cat: row.filter_cust_cat, filter_classification: row.filter_classification }),
  };
}

export const pauseReasonOf = (row: AutomationRow): AutomaticSyncPauseReason | null =>
  automaticSyncPauseReasons.find((reason) => reason === row.paused_reason) ?? null;

export const runOutcomeOf = (row: AutomationRow): AutomaticSyncRunOutcome | null =>
  automaticSyncRunOutcomes.find((outcome) => outcome === row.last_run_outcome) ?? null;

export const isWholeSelectionDue = (row: AutomationRow): boolean => row.whole_due_gen > row.whole_done_gen;

/** What /api/health says of the automation. */
export function healthOf(row: AutomationRow): 'off' | 'on' | 'paused' {
  if (row.enabled !== 1) return 'off';
  return row.paused_reason === null ? 'on' : 'paused';
}
