import type { RegisterEntry, RegisterKind, TypedRegisterKind } from '../../shared/registers';
import type { Db } from '../db/database';

type PlainTable = 'customer_classes' | 'classification_types' | 'object_types';
type TypedTable = 'classifications' | 'objects';

const plainTables: Record<Exclude<RegisterKind, TypedRegisterKind>, PlainTable> = {
  customerClasses: 'customer_classes',
  classificationTypes: 'classification_types',
  objectTypes: 'object_types',
};
const typedTables: Record<TypedRegisterKind, TypedTable> = { classifications: 'classifications', objects: 'objects' };

/** The table of a register, and whether its rows carry a type code. */
function tableOf(kind: RegisterKind): { typed: true; table: TypedTable } | { typed: false; table: PlainTable } {
  return kind === 'classifications' || kind === 'objects'
    ? { typed: true, table: typedTables[kind] }
    : { typed: false, table: plainTables[kind] };
}

/** A register's entries in code order. */
export async function listEntries(db: Db, kind: RegisterKind): Promise<RegisterEntry[]> {
  const target = tableOf(kind);
  if (target.typed)
    return db
      .selectFrom(target.table)
      .select(['code', 'name', 'type_code as typeCode', 'source'])
      .orderBy('code')
      .execute();
  return db.selectFrom(target.table).select(['code', 'name', 'source']).orderBy('code').execute();
}

export async function findEntry(db: Db, kind: RegisterKind, code: string): Promise<RegisterEntry | undefined> {
  const target = tableOf(kind);
  if (target.typed) {
    return db
      .selectFrom(target.table)
      .select(['code', 'name', 'type_code as typeCode', 'source'])
      .where('code', '=', code)
      .executeTakeFirst();
  }
  return db.selectFrom(target.table).select(['code', 'name', 'source']).where('code', '=', code).executeTakeFirst();
}

export async function insertEntries(db: Db, kind: RegisterKind, entries: readonly RegisterEntry[]): Promise<void> {
  const target = tableOf(kind);
  // Few columns per row: 300 rows stay far below SQLite's limit of bound values per statement.
  for (let start = 0; start < entries.length; start += 300) {
    const chunk = entries.slice(start, start + 300);
    if (target.typed) {
      await db
        .insertInto(target.table)
        .values(chunk.map((entry) => ({ code: entry.code, name: entry.name, type_code: entry.typeCode ?? '' })))
        .execute();
    } else {
      await db
        .insertInto(target.table)
        .values(chunk.map((entry) => ({ code: entry.code, name: entry.name })))
        .execute();
    }
  }
}

/** Changes an entry's name (and type); its code stays. */
export async function updateEntry(db: Db, kind: RegisterKind, entry: RegisterEntry): Promise<void> {
  const target = tableOf(kind);
  if (target.typed) {
    await db
      .updateTable(target.table)
      .set({ name: entry.name, type_code: entry.typeCode ?? '' })
      .where('code', '=', entry.code)
      .execute();
  } else {
    await db.updateTable(target.table).set({ name: entry.name }).where('code', '=', entry.code).execute();
  }
}

export async function deleteEntry(db: Db, kind: RegisterKind, code: string): Promise<void> {
  await db.deleteFrom(tableOf(kind).table).where('code', '=', code).execute();
}
