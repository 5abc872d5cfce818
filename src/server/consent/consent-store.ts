import { sql } from 'kysely';
import type { SessionUser } from '../../shared/auth';
import type { Db } from '../db/database';
import { queueWriteBacks, type WriteBackCause } from '../standard-books-sync/write-back-store';

/**
 * What this app knows of consent from Smaily, kept by e-mail key (trimmed, lower case: contacts.email_key). Every
 * change goes through one function of its kind — a new (or renewed) unsubscribe, an unsubscribe dropped because
 * the person subscribed again, an e-mail forgotten — so that whatever must follow a change (marking contacts for
 * the next automatic push) has one place to hook into. Nothing here rewrites a contact's own fields.
 */

export interface UnsubscribeFact {
  emailKey: string;
  /** As Smaily gave it. */
  email: string;
  /** Smaily's `unsubscribed_at` as it gave it (Tallinn time); "" when it gave none. */
  unsubscribedAtText: string;
  /** The same moment in UTC; null when Smaily gave none. */
  unsubscribedAt: string | null;
}

export interface ForgottenEmail {
  emailKey: string;
  email: string;
}

/** The marks a push needs per e-mail key. */
export interface ConsentMarks {
  smailyUnsubscribed: boolean;
  forgotten: boolean;
}

// 4 values a row, well inside SQLite's 32 766 bound values per statement.
const writeChunk = 1000;
const readChunk = 5000;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let start = 0; start < items.length; start += size) parts.push(items.slice(start, start + size));
  return parts;
}

/**
 * New unsubscribes, or known ones with another moment (the person unsubscribed again): learned `at`, by what
 * `cause` says. Their Standard Books contacts then wait to be written back, when that is on (write-back-store).
 */
export async function recordUnsubscribes(
  db: Db,
  facts: readonly UnsubscribeFact[],
  at: string,
  cause: WriteBackCause,
): Promise<void> {
  for (const part of chunks(facts, writeChunk)) {
    await db
      .insertInto('smaily_unsubscribes')
      .values(
        part.map((fact) => ({
          email_key: fact.emailKey,
          email: fact.email,
          unsubscribed_at_text: fact.unsubscribedAtText,
          unsubscribed_at: fact.unsubscribedAt,
          learned_at: at,
        })),
      )
      .onConflict((conflict) =>
        conflict.column('email_key').doUpdateSet((eb) => ({
          email: eb.ref('excluded.email'),
          unsubscribed_at_text: eb.ref('excluded.unsubscribed_at_text'),
          unsubscribed_at: eb.ref('excluded.unsubscribed_at'),
          learned_at: eb.ref('excluded.learned_at'),
        })),
      )
      .execute();
  }
  await queueWriteBacks(
    db,
    facts.map((fact) => fact.emailKey),
    at,
    cause,
  );
}

/** Unsubscribes that Smaily no longer holds: the person subscribed again there. */
export async function dropUnsubscribes(db: Db, emailKeys: readonly string[]): Promise<void> {
  for (const part of chunks(emailKeys, readChunk)) {
    await db.deleteFrom('smaily_unsubscribes').where('email_key', 'in', part).execute();
  }
}

/**
 * Unusta Smailys: these e-mails are never sent again. Their unsubscribes go with them: Smaily holds nothing of the
 * person any more, and its list must not later read as if they had subscribed again.
 */
export async function recordForgotten(
  db: Db,
  emails: readonly ForgottenEmail[],
  at: string,
  by: Pick<SessionUser, 'id' | 'name'> | null,
): Promise<void> {
  for (const part of chunks(emails, writeChunk)) {
    await db
      .insertInto('smaily_forgotten')
      .values(
        part.map((item) => ({
          email_key: item.emailKey,
          email: item.email,
          forgotten_at: at,
          forgotten_by_id: by?.id ?? null,
          forgotten_by_name: by?.name ?? null,
        })),
      )
      .onConflict((conflict) =>
        conflict.column('email_key').doUpdateSet((eb) => ({
          forgotten_at: eb.ref('excluded.forgotten_at'),
          forgotten_by_id: eb.ref('excluded.forgotten_by_id'),
          forgotten_by_name: eb.ref('excluded.forgotten_by_name'),
        })),
      )
      .execute();
    await db
      .deleteFrom('smaily_unsubscribes')
      .where(
        'email_key',
        'in',
        part.map((item) => item.emailKey),
      )
      .execute();
  }
}

/** Every stored unsubscribe's moment as Smaily gave it, by e-mail key. */
export async function storedUnsubscribes(db: Db): Promise<Map<string, string>> {
  const rows = await db.selectFrom('smaily_unsubscribes').select(['email_key', 'unsubscribed_at_text']).execute();
  return new Map(rows.map((row) => [row.email_key, row.unsubscribed_at_text]));
}

export const findUnsubscribe = (db: Db, emailKey: string) =>
  db.selectFrom('smaily_unsubscribes').selectAll().where('email_key', '=', emailKey).executeTakeFirst();

export const findForgotten = (db: Db, emailKey: string) =>
  db.selectFrom('smaily_forgotten').selectAll().where('email_key', '=', emailKey).executeTakeFirst();

/** Whether each e-mail key has a stored unsubscribe, and whether it is forgotten; keys with neither are left out. */
export async function consentMarks(db: Db, emailKeys: readonly string[]): Promise<Map<string, ConsentMarks>> {
  const marks = new Map<string, ConsentMarks>();
  const mark = (key: string) => {
    const found = marks.get(key) ?? { smailyUnsubscribed: false, forgotten: false };
    marks.set(key, found);
    return found;
  };
  const keys = [...new Set(emailKeys)].filter((key) => key !== '');
  for (const part of chunks(keys, readChunk)) {
    const unsubscribed = await db
      .selectFrom('smaily_unsubscribes')
      .select('email_key')
      .where('email_key', 'in', part)
      .execute();
    for (const row of unsubscribed) mark(row.email_key).smailyUnsubscribed = true;
    const forgotten = await db
      .selectFrom('smaily_forgotten')
      .select('email_key')
      .where('email_key', 'in', part)
      .execute();
    for (const row of forgotten) mark(row.email_key).forgotten = true;
  }
  return marks;
}

/**
 * Contacts in conflict: "Ära koosta massmaile" is clear, and it was cleared here after the moment the person
 * unsubscribed in Smaily. Any other edit leaves the flag's moment alone (contacts/mail-flag.ts), so it is never one.
 * In code order; `code` narrows it to one contact.
 */
export function conflictingContacts(db: Db, code?: string) {
  let query = db
    .selectFrom('contacts')
    .innerJoin('smaily_unsubscribes', 'smaily_unsubscribes.email_key', 'contacts.email_key')
    .select('contacts.code')
    .where('contacts.no_mail_posting', '=', 0)
    .where('contacts.no_mail_posting_changed_at', 'is not', null)
    .where('smaily_unsubscribes.unsubscribed_at', 'is not', null)
    .where(sql<boolean>`contacts.no_mail_posting_changed_at > smaily_unsubscribes.unsubscribed_at`)
    .orderBy('contacts.code');
  if (code !== undefined) query = query.where('contacts.code', '=', code);
  return query;
}

/** Stored unsubscribes whose e-mail no contact of the register holds. */
export async function countNotHeld(db: Db): Promise<number> {
  const { total } = await db
    .selectFrom('smaily_unsubscribes')
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('contacts')
            .select(sql.lit(1).as('one'))
            .whereRef('contacts.email_key', '=', 'smaily_unsubscribes.email_key'),
        ),
      ),
    )
    .executeTakeFirstOrThrow();
  return Number(total);
}

export async function lastFullRead(db: Db): Promise<string | null> {
  const row = await db.selectFrom('consent_reads').select('last_full_read_at').where('id', '=', 1).executeTakeFirst();
  return row?.last_full_read_at ?? null;
}

export async function markFullRead(db: Db, at: string): Promise<void> {
  await db.updateTable('consent_reads').set({ last_full_read_at: at }).where('id', '=', 1).execute();
}
