import type { SessionUser } from '../../shared/auth';
import { findMappingProblems, type KnownTypes, type MappingRow } from '../../shared/smaily-fields';
import type { Db } from '../db/database';
import { fieldError } from '../http/request-error';
import { appendLogEntry } from '../sync-log/log-store';
import { loadMappingRows, replaceMappingRows } from './mapping-store';

/** What a save changed, by Smaily field name, for Sünkroniseerimise logi. */
export interface MappingChange {
  added: string[];
  removed: string[];
  changed: string[];
  /** Only the order of the rows changed (it decides the order of keys in what is sent, nothing else). */
  reordered: boolean;
}

async function loadKnownTypes(db: Db): Promise<KnownTypes> {
  const [classificationTypes, objectTypes] = await Promise.all([
    db.selectFrom('classification_types').select('code').execute(),
    db.selectFrom('object_types').select('code').execute(),
  ]);
  return { classificationTypes, objectTypes };
}

const sameRow = (a: MappingRow, b: MappingRow) =>
  a.contactField === b.contactField && a.valueKind === b.valueKind && (a.typeCode ?? null) === (b.typeCode ?? null);

function describeChange(before: readonly MappingRow[], after: readonly MappingRow[]): MappingChange {
  const old = new Map(before.map((row) => [row.smailyField, row]));
  const now = new Map(after.map((row) => [row.smailyField, row]));
  const kept = (rows: readonly MappingRow[], other: Map<string, MappingRow>) =>
    rows.map((row) => row.smailyField).filter((name) => other.has(name));
  return {
    added: after.filter((row) => !old.has(row.smailyField)).map((row) => row.smailyField),
    removed: before.filter((row) => !now.has(row.smailyField)).map((row) => row.smailyField),
    changed: after
      .filter((row) => {
        const previous = old.get(row.smailyField);
        return previous !== undefined && !sameRow(previous, row);
      })
      .map((row) => row.smailyField),
    reordered: kept(before, now).join('\n') !== kept(after, old).join('\n'),
  };
}

const isNoChange = (change: MappingChange) =>
  change.added.length + change.removed.length + change.changed.length === 0 && !change.reordered;

/**
 * Saves the grid as one unit: the shared rules (with the type registers as they are now), then all rows replaced
 * and the change written to Sünkroniseerimise logi, in one transaction. A save that changes nothing writes no log entry.
 */
export async function saveMapping(db: Db, rows: MappingRow[], user: SessionUser): Promise<MappingRow[]> {
  const normalised = rows.map((row) => ({ ...row, typeCode: row.typeCode || null }));
  return db.transaction().execute(async (trx) => {
    const problems = findMappingProblems(normalised, await loadKnownTypes(trx));
    if (Object.keys(problems).length > 0) throw fieldError(problems);
    const change = describeChange(await loadMappingRows(trx), normalised);
    if (isNoChange(change)) return normalised;
    await replaceMappingRows(trx, normalised);
    await appendLogEntry(trx, {
      user,
      kind: 'mapping',
      subject: 'smaily_field_mappings',
      outcome: 'ok',
      details: { ...change, rows: normalised },
    });
    return normalised;
  });
}
