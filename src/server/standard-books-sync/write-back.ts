import type { FastifyBaseLogger } from 'fastify';
import type { SessionUser } from '../../shared/auth';
import { emailKey } from '../../shared/email';
import type { SbWriteFailureCode } from '../../shared/standard-books-master';
import type { Db } from '../db/database';
import type { SbConnection, SbFailure, SbRecord, StandardBooksClient } from '../standard-books/types';
import { appendLogEntry } from '../sync-log/log-store';
import { describeSbFailure } from './failure-codes';
import { flagValue } from './record-text';
import { readConnectionRow } from './connection-store';

export interface WriteBackDeps {
  db: Db;
  client: StandardBooksClient;
  connection: SbConnection;
  now: () => Date;
  log: FastifyBaseLogger;
}

/**
 * Who works through the queue: the end of a read (its user, null for an automatic one), a person on demand, or
 * the periodic task that writes new unsubscribes soon after they are stored (`onlyNew`: failed ones wait for the
 * next read, so a failing Standard Books is not asked again every interval).
 */
export interface WriteBackRun {
  trigger: 'read' | 'on-demand' | 'automatic';
  user: Pick<SessionUser, 'id' | 'name'> | null;
  onlyNew?: boolean;
}

export interface WriteBackResult {
  written: number;
  failed: number;
  /** No longer wanted: the e-mail changed, the unsubscribe is gone, or Standard Books already says 1. */
  dropped: number;
}

type QueueRow = Awaited<ReturnType<typeof loadQueue>>[number];
type Attempt =
  | { kind: 'written' }
  | { kind: 'not-wanted' }
  | { kind: 'failed'; code: SbWriteFailureCode; apiCode: string | null; stop: boolean };

const FIELD = 'NoMailPosting';
/** Failures of one record; any other (the server, the connection) would fail the next record too. */
const recordFailures = new Set<SbWriteFailureCode>(['not-written', 'not-in-standard-books', 'unexpected-answer']);

const loadQueue = (db: Db, onlyNew = false) =>
  db
    .selectFrom('standard_books_write_backs')
    .selectAll()
    .$if(onlyNew, (query) => query.where('attempts', '=', 0))
    .orderBy('queued_at')
    .orderBy('code')
    .execute();

function failed(failure: SbFailure): Attempt {
  const code: SbWriteFailureCode =
    failure.kind === 'not-found' ? 'not-in-standard-books' : describeSbFailure(failure, 'contacts').code;
  const apiCode = failure.kind === 'api-error' ? failure.code : null;
  return { kind: 'failed', code, apiCode, stop: failure.kind !== 'api-error' && !recordFailures.has(code) };
}

/** Whether the contact here still wants the write: from Standard Books, same e-mail, a fact about it, flag clear. */
async function stillWanted(db: Db, row: QueueRow): Promise<boolean> {
  const contact = await db
    .selectFrom('contacts')
    .select(['source', 'removed_from_sb_at', 'email_key', 'no_mail_posting'])
    .where('code', '=', row.code)
    .executeTakeFirst();
  if (contact?.source !== 'standard-books' || contact.removed_from_sb_at !== null) return false;
  if (contact.email_key !== row.email_key || contact.no_mail_posting === 1) return false;
  const [fact, forgotten] = await Promise.all([
    db.selectFrom('smaily_unsubscribes').select('email_key').where('email_key', '=', row.email_key).executeTakeFirst(),
    db.selectFrom('smaily_forgotten').select('email_key').where('email_key', '=', row.email_key).executeTakeFirst(),
  ]);
  return fact !== undefined || forgotten !== undefined;
}

/**
 * One contact: read it from Standard Books (is it there, same e-mail, NoMailPosting still 0?), PATCH
 * `set_field.NoMailPosting=1`, and read it back, since a 200 can carry an error and one without may have written
 * nothing (standard-books.md §1.3).
 */
/** The record's NoMailPosting as a flag; anything but text (a server's oddity) reads as not set. */
const flagOf = (record: SbRecord | null): boolean | null => {
  const value = record?.[FIELD];
  return flagValue(typeof value === 'string' ? value : '');
};

async function writeOne({ client, connection }: WriteBackDeps, row: QueueRow): Promise<Attempt> {
  const before = await client.readRecord(connection, 'contacts', row.code);
  if (before.kind !== 'ok') return failed(before);
  if (before.body === null) return { kind: 'failed', code: 'not-in-standard-books', apiCode: null, stop: false };
  const email = typeof before.body.eMail === 'string' ? before.body.eMail : '';
  if (emailKey(email) !== row.email_key) return { kind: 'not-wanted' };
  if (flagOf(before.body) === true) return { kind: 'not-wanted' };
  const patched = await client.patchContact(connection, row.code, { [FIELD]: '1' });
  if (patched.kind !== 'ok') return failed(patched);
  const after = await client.readRecord(connection, 'contacts', row.code);
  if (after.kind !== 'ok') return failed(after);
  if (flagOf(after.body) !== true) {
    return { kind: 'failed', code: 'not-written', apiCode: null, stop: false };
  }
  return { kind: 'written' };
}

async function record(deps: WriteBackDeps, run: WriteBackRun, row: QueueRow, attempt: Attempt): Promise<void> {
  const at = deps.now();
  await deps.db.transaction().execute(async (trx) => {
    if (attempt.kind === 'failed') {
      await trx
        .updateTable('standard_books_write_backs')
        .set({
          attempts: row.attempts + 1,
          last_attempt_at: at.toISOString(),
          failure_code: attempt.code,
          failure_api_code: attempt.apiCode,
        })
        .where('code', '=', row.code)
        .execute();
    } else {
      await trx.deleteFrom('standard_books_write_backs').where('code', '=', row.code).execute();
    }
    if (attempt.kind === 'not-wanted') return;
    await appendLogEntry(trx, {
      user: run.user,
      kind: 'standard-books-write',
      subject: row.code,
      outcome: attempt.kind === 'written' ? 'ok' : 'failed',
      details: {
        field: FIELD,
        value: '1',
        cause: 'smaily-unsubscribe',
        trigger: row.cause_trigger,
        causedBy: row.caused_by_name,
        run: run.trigger,
        attempt: row.attempts + 1,
        ...(attempt.kind === 'failed' && { failure: attempt.code }),
        ...(attempt.kind === 'failed' && attempt.apiCode !== null && { apiCode: attempt.apiCode }),
      },
      at,
    });
  });
}

/**
 * Works through the unsubscribes waiting to be written, when the setting is on: each contact once, in the order
 * they were queued. A failure stays listed (with why) for the next run; a failure of the server or the
 * connection ends this run, since the rest would fail the same way. Nothing here changes a contact: the next
 * read brings NoMailPosting 1 back as a change Standard Books made.
 */
export async function writeBackUnsubscribes(deps: WriteBackDeps, run: WriteBackRun): Promise<WriteBackResult> {
  const result: WriteBackResult = { written: 0, failed: 0, dropped: 0 };
  if ((await readConnectionRow(deps.db)).write_back_consent !== 1) return result;
  for (const row of await loadQueue(deps.db, run.onlyNew)) {
    const attempt: Attempt = (await stillWanted(deps.db, row)) ? await writeOne(deps, row) : { kind: 'not-wanted' };
    await record(deps, run, row, attempt);
    if (attempt.kind === 'written') result.written += 1;
    else if (attempt.kind === 'not-wanted') result.dropped += 1;
    else {
      result.failed += 1;
      if (attempt.stop) break;
    }
  }
  if (result.written + result.failed > 0) deps.log.info({ ...result, run: run.trigger }, 'standard books write-back');
  return result;
}
