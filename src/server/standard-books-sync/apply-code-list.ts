import { noSbReadCounts } from '../../shared/standard-books-sync';
import { typeKindOf, type RegisterEntry } from '../../shared/registers';
import type { Db } from '../db/database';
import type { SbRecord } from '../standard-books/types';
import { readCodeListRecord, type CodeListFields } from './code-list-records';
import { codeListTables, type CodeListKey, type PageResult } from './read-types';

interface StoredEntry {
  name: string;
  typeCode: string | null;
  source: string;
  removed: boolean;
}

// The five code list tables share their columns (the typed two add type_code). Each query names its own table;
// Kysely is told the plain or the typed shape.
const plainTable = (key: CodeListKey) => codeListTables[key] as 'customer_classes';
const typedTable = (key: 'classifications' | 'objects') => codeListTables[key];
const isTyped = (key: CodeListKey): key is 'classifications' | 'objects' =>
  key === 'classifications' || key === 'objects';

async function storedEntries(db: Db, key: CodeListKey, codes: string[]): Promise<Map<string, StoredEntry>> {
  const found = new Map<string, StoredEntry>();
  if (codes.length === 0) return found;
  const columns = ['code', 'name', 'source', 'removed_from_sb_at'] as const;
  const rows = isTyped(key)
    ? await db
        .selectFrom(typedTable(key))
        .select([...columns, 'type_code'])
        .where('code', 'in', codes)
        .execute()
    : await db.selectFrom(plainTable(key)).select(columns).where('code', 'in', codes).execute();
  for (const row of rows) {
    const typeCode = 'type_code' in row && typeof row.type_code === 'string' ? row.type_code : null;
    found.set(row.code, { name: row.name, typeCode, source: row.source, removed: row.removed_from_sb_at !== null });
  }
  return found;
}

async function write(db: Db, key: CodeListKey, entry: RegisterEntry, existing: boolean, seenAt: string) {
  const marks = { sb_seen_at: seenAt, removed_from_sb_at: null };
  if (isTyped(key)) {
    const columns = { name: entry.name, type_code: entry.typeCode ?? '', ...marks };
    if (existing) await db.updateTable(typedTable(key)).set(columns).where('code', '=', entry.code).execute();
    else
      await db
        .insertInto(typedTable(key))
        .values({ code: entry.code, ...columns, source: 'standard-books' })
        .execute();
    return;
  }
  const columns = { name: entry.name, ...marks };
  if (existing) await db.updateTable(plainTable(key)).set(columns).where('code', '=', entry.code).execute();
  else
    await db
      .insertInto(plainTable(key))
      .values({ code: entry.code, ...columns, source: 'standard-books' })
      .execute();
}

/**
 * One page of a code list, in one transaction (`db` is it): new entries are created, entries read before are
 * updated or confirmed, and an entry made here with the same code is left alone (the record is rejected).
 */
export async function applyCodeListPage(
  db: Db,
  key: CodeListKey,
  records: readonly SbRecord[],
  names: CodeListFields,
  seenAt: string,
): Promise<PageResult> {
  const result: PageResult = { counts: noSbReadCounts(), rejections: [] };
  const entries: RegisterEntry[] = [];
  for (const record of records) {
    result.counts.read += 1;
    const verdict = readCodeListRecord(key, record, names);
    if (verdict.ok) entries.push(verdict.value);
    else result.rejections.push(verdict.rejection);
  }
  const stored = await storedEntries(
    db,
    key,
    entries.map((entry) => entry.code),
  );
  // Types are read before their entries, so a type Standard Books has is here by now.
  const types = isTyped(key)
    ? new Set((await db.selectFrom(plainTable(typeKindOf[key])).select('code').execute()).map((row) => row.code))
    : null;
  const confirmed: string[] = [];
  for (const entry of entries) {
    const existing = stored.get(entry.code);
    const typeCode = entry.typeCode ?? null;
    if (existing?.source === 'local') {
      result.rejections.push({ code: entry.code, reason: 'local-entry' });
    } else if (types && !types.has(typeCode ?? '')) {
      result.rejections.push({ code: entry.code, reason: 'unknown-type', codes: typeCode ?? '' });
    } else if (!existing || existing.name !== entry.name || existing.typeCode !== typeCode || existing.removed) {
      await write(db, key, entry, existing !== undefined, seenAt);
      result.counts[existing ? 'updated' : 'created'] += 1;
      // The same record twice in one page (offset paging over a changing set) is applied once.
      stored.set(entry.code, { name: entry.name, typeCode, source: 'standard-books', removed: false });
    } else {
      confirmed.push(entry.code);
      result.counts.unchanged += 1;
    }
  }
  if (confirmed.length > 0) {
    await db.updateTable(plainTable(key)).set({ sb_seen_at: seenAt }).where('code', 'in', confirmed).execute();
  }
  result.counts.rejected = result.rejections.length;
  return result;
}
