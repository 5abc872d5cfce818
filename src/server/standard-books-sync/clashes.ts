import type { SessionUser } from '../../shared/auth';
import { contactInputOf } from '../../shared/contact-csv';
import {
  sbClashChoices,
  sbClashesShown,
  type SbClash,
  type SbClashChoice,
  type SbClashList,
} from '../../shared/standard-books-master';
import { loadReferenceCodes, type ReferenceCodes } from '../contacts/contact-references';
import { toContact } from '../contacts/contact-rows';
import { loadContactLinks } from '../contacts/contact-store';
import type { Db } from '../db/database';
import type { SbRecord } from '../standard-books/types';
import { appendLogEntry } from '../sync-log/log-store';
import { contactFieldsRead, readContactRecord, type SbContact } from './contact-records';

/**
 * Code clashes: a record of Standard Books whose code is a local contact's (typed or imported here). A read never
 * applies one by itself; it stores the record as read, and a person chooses per code what the next read does.
 */

type Actor = Pick<SessionUser, 'id' | 'name'>;

const isChoice = (value: string | null): value is SbClashChoice =>
  (sbClashChoices as readonly (string | null)[]).includes(value);

/** What of a record a clash keeps: the fields a read asks for and its sequence, nothing the server added. */
function recordSnapshot(record: SbRecord): string {
  const kept: Record<string, unknown> = {};
  for (const field of [...contactFieldsRead, '@sequence']) if (field in record) kept[field] = record[field];
  return JSON.stringify(kept);
}

export function parseSnapshot(text: string): SbRecord {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as SbRecord) : {};
  } catch {
    return {};
  }
}

/** The choice stored for each of these codes (null: not chosen yet); codes without a clash are left out. */
export async function clashChoices(db: Db, codes: readonly string[]): Promise<Map<string, SbClashChoice | null>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .selectFrom('standard_books_clashes')
    .select(['code', 'choice'])
    .where('code', 'in', codes)
    .execute();
  return new Map(rows.map((row) => [row.code, isChoice(row.choice) ? row.choice : null]));
}

/** A read met the clash (again): the record as read now is what the page shows and a replacement applies. */
export async function recordClash(db: Db, code: string, record: SbRecord, seenAt: string): Promise<void> {
  const snapshot = recordSnapshot(record);
  await db
    .insertInto('standard_books_clashes')
    .values({ code, sb_record: snapshot, found_at: seenAt, seen_at: seenAt })
    .onConflict((conflict) => conflict.column('code').doUpdateSet({ sb_record: snapshot, seen_at: seenAt }))
    .execute();
}

/** The clash is over: the record was applied, or the contact is no longer local. */
export async function dropClashes(db: Db, codes: readonly string[]): Promise<void> {
  if (codes.length > 0) await db.deleteFrom('standard_books_clashes').where('code', 'in', codes).execute();
}

/** Each stored record on the card's fields, checked against the code lists as a read would; null if it fails. */
export function clashContact(snapshot: string, codes: ReferenceCodes): SbContact | null {
  const verdict = readContactRecord(parseSnapshot(snapshot), codes);
  return verdict.ok ? verdict.value : null;
}

/** The page's list: both versions side by side, undecided ones first, then by code. */
export async function listClashes(db: Db): Promise<SbClashList> {
  const rows = await db
    .selectFrom('standard_books_clashes')
    .innerJoin('contacts', 'contacts.code', 'standard_books_clashes.code')
    .selectAll('contacts')
    .select([
      'standard_books_clashes.sb_record',
      'standard_books_clashes.found_at',
      'standard_books_clashes.seen_at',
      'standard_books_clashes.choice',
      'standard_books_clashes.chosen_at',
      'standard_books_clashes.chosen_by_name',
    ])
    .where('contacts.source', '=', 'local')
    .orderBy((eb) => eb.case().when('standard_books_clashes.choice', 'is', null).then(0).else(1).end())
    .orderBy('contacts.code')
    .execute();
  const shown = rows.slice(0, sbClashesShown);
  const links = await loadContactLinks(
    db,
    shown.map((row) => row.id),
  );
  const codes = await loadReferenceCodes(db);
  const items: SbClash[] = shown.map((row) => ({
    code: row.code,
    local: contactInputOf(toContact(row, links.classifications.get(row.id) ?? [], links.objects.get(row.id) ?? [])),
    standardBooks: clashContact(row.sb_record, codes)?.input ?? null,
    foundAt: row.found_at,
    seenAt: row.seen_at,
    choice: isChoice(row.choice) ? row.choice : null,
    chosenAt: row.chosen_at,
    chosenBy: row.chosen_by_name,
  }));
  return { items, total: rows.length };
}

/** A person's choice for one code (null takes it back), logged with who made it; false when there is no clash. */
export async function chooseClash(
  db: Db,
  code: string,
  choice: SbClashChoice | null,
  user: Actor,
  at: Date,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const found = await trx
      .selectFrom('standard_books_clashes')
      .innerJoin('contacts', 'contacts.code', 'standard_books_clashes.code')
      .select('standard_books_clashes.choice')
      .where('standard_books_clashes.code', '=', code)
      .where('contacts.source', '=', 'local')
      .executeTakeFirst();
    if (!found) return false;
    await trx
      .updateTable('standard_books_clashes')
      .set({
        choice,
        chosen_at: choice === null ? null : at.toISOString(),
        chosen_by_id: choice === null ? null : user.id,
        chosen_by_name: choice === null ? null : user.name,
      })
      .where('code', '=', code)
      .execute();
    await appendLogEntry(trx, {
      user,
      kind: 'standard-books-clash',
      subject: code,
      outcome: 'ok',
      details: { choice: choice ?? 'undecided', previous: found.choice ?? 'undecided' },
      at,
    });
    return true;
  });
}
