import type { SessionUser } from '../../shared/auth';
import { sbConnectionSubject, type SbCheckFailureCode, type SbCheckResult } from '../../shared/standard-books-sync';
import type { Db } from '../db/database';
import type { SecretBox } from '../secrets/secret-box';
import type { SbConnection, StandardBooksClient } from '../standard-books/types';
import { appendLogEntry } from '../sync-log/log-store';
import { SB_PASSWORD_PURPOSE } from './active-connection';
import { hasConnection, noConnection, readConnectionRow, updateConnectionRow } from './connection-store';
import { describeCheckFailure, failureFacts, type DescribedFailure } from './failure-codes';

export interface ConnectionDeps {
  db: Db;
  client: StandardBooksClient;
  secrets: SecretBox;
}

type Actor = Pick<SessionUser, 'id' | 'name'>;

export type CheckOutcome =
  | { ok: true; result: SbCheckResult }
  | { ok: false; failure: DescribedFailure & { code: SbCheckFailureCode; facts: Record<string, string | number> } };

// A person waits for the answer: one retry covers a blip, and a dead server is named in seconds, not minutes.
export const CHECK_ATTEMPTS = 2;

/** Kontrolli ühendust: one cheap read (one contact's code) through the client and its address rules. */
export async function checkConnection(client: StandardBooksClient, connection: SbConnection): Promise<CheckOutcome> {
  const outcome = await client.check(connection, { attempts: CHECK_ATTEMPTS });
  if (outcome.kind === 'ok') return { ok: true, result: { systemVersion: outcome.body.systemVersion } };
  return { ok: false, failure: { ...describeCheckFailure(outcome), facts: failureFacts(outcome) } };
}

/**
 * Checks the connection and stores it only when Standard Books accepts it. A failure is remembered and logged but
 * changes neither the stored connection nor the last success. Another server or company means other sequences:
 * the registers' marks are dropped, so the next read is a full one.
 */
export async function saveConnection(
  { db, client, secrets }: ConnectionDeps,
  connection: SbConnection,
  user: Actor,
): Promise<CheckOutcome> {
  const checked = await checkConnection(client, connection);
  const at = new Date().toISOString();
  const subject = { address: connection.address, companyNo: connection.companyNo };
  await db.transaction().execute(async (trx) => {
    if (!checked.ok) {
      await updateConnectionRow(trx, { failure_code: checked.failure.code, failure_at: at });
    } else {
      const before = await readConnectionRow(trx);
      if (before.address !== connection.address || before.company_no !== connection.companyNo) {
        await trx.deleteFrom('standard_books_registers').execute();
      }
      await updateConnectionRow(trx, {
        address: connection.address,
        company_no: connection.companyNo,
        username: connection.username,
        password_sealed: secrets.seal(connection.password, SB_PASSWORD_PURPOSE),
        connected_at: at,
        connected_by_id: user.id,
        connected_by_name: user.name,
        result_code: 'connected',
        result_at: at,
        failure_code: null,
        failure_at: null,
      });
    }
    await appendLogEntry(trx, {
      user,
      kind: 'standard-books-connection',
      subject: sbConnectionSubject,
      outcome: checked.ok ? 'ok' : 'failed',
      details: checked.ok
        ? { ...subject, result: 'connected' }
        : { ...subject, result: checked.failure.code, ...checked.failure.facts },
      at: new Date(at),
    });
  });
  return checked;
}

/** Deaktiveeri: removes the stored connection (its password first of all); false when there was none. */
export async function removeConnection(db: Db, user: Actor): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const row = await readConnectionRow(trx);
    if (!hasConnection(row)) return false;
    const at = new Date();
    await updateConnectionRow(trx, {
      ...noConnection,
      result_code: 'disconnected',
      result_at: at.toISOString(),
      failure_code: null,
      failure_at: null,
    });
    await appendLogEntry(trx, {
      user,
      kind: 'standard-books-connection',
      subject: sbConnectionSubject,
      outcome: 'ok',
      details: { address: row.address, companyNo: row.company_no, result: 'disconnected' },
      at,
    });
    return true;
  });
}
