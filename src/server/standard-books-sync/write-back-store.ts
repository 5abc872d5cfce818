import { sql } from 'kysely';
import type { SessionUser } from '../../shared/auth';
import {
  sbWriteFailureCodes,
  sbWriteBackSubject,
  type SbWriteBackStatus,
  type SbWriteFailureCode,
} from '../../shared/standard-books-master';
import type { Db } from '../db/database';
import { appendLogEntry } from '../sync-log/log-store';
import { readConnectionRow, updateConnectionRow } from './connection-store';

/**
 * "Kirjuta Smaily loobumised Standard Booksi": the setting, and the queue of unsubscribes waiting to be written
 * to Standard Books, one row per contact code. The queue is filled when an unsubscribe is stored (consent-store's
 * recordUnsubscribes) and worked through by the next read and on demand (write-back.ts).
 */

type Actor = Pick<SessionUser, 'id' | 'name'>;

/** What learned the unsubscribe: a consent read's trigger and who started it, or the setting turned on. */
export interface WriteBackCause {
  trigger: string;
  user: Actor | null;
}

export const failuresShown = 200;
const chunk = 5000;

/** Standard Books contacts with these e-mail keys whose "Ära koosta massmaile" is clear here. */
function writableContacts(db: Db) {
  return db
    .selectFrom('contacts')
    .select(['contacts.code', 'contacts.email_key'])
    .where('contacts.source', '=', 'standard-books')
    .where('contacts.removed_from_sb_at', 'is', null)
    .where('contacts.no_mail_posting', '=', 0);
}

async function enqueue(
  db: Db,
  rows: readonly { code: string; email_key: string }[],
  at: string,
  cause: WriteBackCause,
) {
  for (let start = 0; start < rows.length; start += 1000) {
    await db
      .insertInto('standard_books_write_backs')
      .values(
        rows.slice(start, start + 1000).map((row) => ({
          code: row.code,
          email_key: row.email_key,
          queued_at: at,
          cause_trigger: cause.trigger,
          caused_by_id: cause.user?.id ?? null,
          caused_by_name: cause.user?.name ?? null,
        })),
      )
      .onConflict((conflict) =>
        conflict.column('code').doUpdateSet((eb) => ({
          email_key: eb.ref('excluded.email_key'),
          queued_at: eb.ref('excluded.queued_at'),
          cause_trigger: eb.ref('excluded.cause_trigger'),
          caused_by_id: eb.ref('excluded.caused_by_id'),
          caused_by_name: eb.ref('excluded.caused_by_name'),
          attempts: 0,
          last_attempt_at: null,
          failure_code: null,
          failure_api_code: null,
        })),
      )
      .execute();
  }
}

/** New (or renewed) unsubscribes of these e-mail keys: their Standard Books contacts wait to be written, if on. */
export async function queueWriteBacks(
  db: Db,
  emailKeys: readonly string[],
  at: string,
  cause: WriteBackCause,
): Promise<void> {
  if (emailKeys.length === 0 || (await readConnectionRow(db)).write_back_consent !== 1) return;
  for (let start = 0; start < emailKeys.length; start += chunk) {
    const rows = await writableContacts(db)
      .where('contacts.email_key', 'in', emailKeys.slice(start, start + chunk))
      .execute();
    await enqueue(db, rows, at, cause);
  }
}

/**
 * Turns the setting on or off, audited. On: the unsubscribes already stored wait to be written too, except a
 * contact whose flag Standard Books cleared after the person unsubscribed (a conflict: Standard Books' word
 * stands). Off: nothing waits any more. Returns whether anything changed.
 */
export async function setWriteBack(db: Db, enabled: boolean, user: Actor, at: Date): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const before = (await readConnectionRow(trx)).write_back_consent === 1;
    if (before === enabled) return false;
    await updateConnectionRow(trx, { write_back_consent: enabled ? 1 : 0 });
    let queued = 0;
    if (enabled) {
      const rows = await writableContacts(trx)
        .innerJoin('smaily_unsubscribes', 'smaily_unsubscribes.email_key', 'contacts.email_key')
        .where((eb) =>
          eb.or([
            eb('contacts.no_mail_posting_changed_at', 'is', null),
            eb('smaily_unsubscribes.unsubscribed_at', 'is', null),
            sql<boolean>`contacts.no_mail_posting_changed_at <= smaily_unsubscribes.unsubscribed_at`,
          ]),
        )
        .execute();
      await enqueue(trx, rows, at.toISOString(), { trigger: 'enabled', user });
      queued = rows.length;
    } else {
      await trx.deleteFrom('standard_books_write_backs').execute();
    }
    await appendLogEntry(trx, {
      user,
      kind: 'standard-books-setting',
      subject: sbWriteBackSubject,
      outcome: 'ok',
      details: { writeBackConsent: enabled, ...(enabled && { queued }) },
      at,
    });
    return true;
  });
}

/** Whether the setting is on and an unsubscribe waits that was not tried yet (the periodic task's question). */
export async function hasNewWriteBacks(db: Db): Promise<boolean> {
  if ((await readConnectionRow(db)).write_back_consent !== 1) return false;
  const row = await db
    .selectFrom('standard_books_write_backs')
    .select('code')
    .where('attempts', '=', 0)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

const knownFailure = (value: string | null): SbWriteFailureCode =>
  sbWriteFailureCodes.find((code) => code === value) ?? 'unexpected-answer';

export async function loadWriteBackStatus(db: Db): Promise<SbWriteBackStatus> {
  const enabled = (await readConnectionRow(db)).write_back_consent === 1;
  const { pending } = await db
    .selectFrom('standard_books_write_backs')
    .select((eb) => eb.fn.countAll<number>().as('pending'))
    .executeTakeFirstOrThrow();
  const failed = await db
    .selectFrom('standard_books_write_backs')
    .selectAll()
    .where('failure_code', 'is not', null)
    .orderBy('code')
    .limit(failuresShown)
    .execute();
  return {
    enabled,
    pending: Number(pending),
    failures: failed.map((row) => ({
      code: row.code,
      attempts: row.attempts,
      lastAttemptAt: row.last_attempt_at,
      failure: knownFailure(row.failure_code),
      apiCode: row.failure_api_code,
    })),
  };
}
