import type { SessionUser } from '../../shared/auth';
import type { ConsentCounts, ConsentReadSummary, ConsentReadTrigger } from '../../shared/consent';
import { emailKey } from '../../shared/email';
import { parseTallinnDateTime } from '../../shared/tallinn-time';
import type { Db } from '../db/database';
import { RequestError } from '../http/request-error';
import type { SmailyAccount, SmailyClient, SmailyFailure } from '../smaily/types';
import { readAllUnsubscribers, type Unsubscriber } from '../smaily/unsubscribers';
import { appendLogEntry } from '../sync-log/log-store';
import { consentMessages, withFailure } from './consent-messages';
import {
  conflictingContacts,
  countNotHeld,
  dropUnsubscribes,
  markFullRead,
  recordUnsubscribes,
  storedUnsubscribes,
  type UnsubscribeFact,
} from './consent-store';
import type { WriteBackCause } from '../standard-books-sync/write-back-store';

export interface ConsentDeps {
  db: Db;
  /** The one client of the process, so that consent reads share the account's rate limiter with every push. */
  smaily: SmailyClient;
  /** Rows per page of Smaily's unsubscribed list (SMAILY_UNSUBSCRIBERS_PAGE_SIZE). */
  pageSize: number;
}

type Actor = Pick<SessionUser, 'id' | 'name'> | null;

export type ConsentReadOutcome = { ok: true; summary: ConsentReadSummary } | { ok: false; failure: SmailyFailure };

/** How many e-mails or codes an entry names, at most: the counts say the rest. */
const namedInLog = 100;

export function toFact(email: string, unsubscribedAtText: string): UnsubscribeFact {
  const unsubscribedAt = parseTallinnDateTime(unsubscribedAtText);
  // Smaily's "none" is zeros; kept as "" so that it never reads as a moment.
  return {
    emailKey: emailKey(email),
    email,
    unsubscribedAtText: unsubscribedAt ? unsubscribedAtText : '',
    unsubscribedAt,
  };
}

/** The failure in an entry's details: its kind and what Smaily answered, never a message that may echo an e-mail. */
export function failureDetails(failure: SmailyFailure) {
  return {
    failure: failure.kind,
    ...('status' in failure && { status: failure.status }),
    ...('code' in failure && { code: failure.code }),
  };
}

export const failureCode = (failure: SmailyFailure): number | null =>
  'code' in failure ? failure.code : 'status' in failure ? failure.status : null;

/**
 * Smaily's whole list, applied in one transaction: an unsubscribe not stored before (or with another moment) is
 * recorded, a stored one Smaily no longer lists is dropped (the person subscribed again there, e.g. through a
 * Smaily form: otherwise the next push would unsubscribe them again), and the rest stays as it was.
 */
async function applyList(
  db: Db,
  rows: readonly Unsubscriber[],
  at: string,
  cause: WriteBackCause,
): Promise<{ counts: ConsentCounts; resubscribed: string[]; conflicts: string[] }> {
  const listed = new Map<string, UnsubscribeFact>();
  for (const row of rows) {
    const fact = toFact(row.email, row.unsubscribedAt);
    if (fact.emailKey !== '') listed.set(fact.emailKey, fact);
  }
  const stored = await storedUnsubscribes(db);
  const fresh = [...listed.values()].filter((fact) => stored.get(fact.emailKey) !== fact.unsubscribedAtText);
  const gone = [...stored.keys()].filter((key) => !listed.has(key));
  await recordUnsubscribes(db, fresh, at, cause);
  await dropUnsubscribes(db, gone);
  const conflicts = (await conflictingContacts(db).execute()).map((row) => row.code);
  const counts = {
    read: listed.size,
    new: fresh.length,
    known: listed.size - fresh.length,
    resubscribed: gone.length,
    conflicts: conflicts.length,
    notHeld: await countNotHeld(db),
  };
  return { counts, resubscribed: gone, conflicts };
}

/**
 * Reads Smaily's whole unsubscribed list and stores what it says, with an entry in Sünkroniseerimise logi either
 * way. Nothing is stored unless every page was read.
 */
export async function readSmailyConsent(
  { db, smaily, pageSize }: ConsentDeps,
  account: SmailyAccount,
  actor: Actor,
  trigger: ConsentReadTrigger,
): Promise<ConsentReadOutcome> {
  const outcome = await readAllUnsubscribers(smaily, account, { pageSize });
  const at = new Date().toISOString();
  if (outcome.kind !== 'ok') {
    await appendLogEntry(db, {
      user: actor,
      kind: 'consent',
      outcome: 'failed',
      smailyCode: failureCode(outcome),
      details: { scope: 'full', trigger, ...failureDetails(outcome) },
    });
    return { ok: false, failure: outcome };
  }
  return db.transaction().execute(async (trx) => {
    const { counts, resubscribed, conflicts } = await applyList(trx, outcome.body, at, { trigger, user: actor });
    await markFullRead(trx, at);
    await appendLogEntry(trx, {
      user: actor,
      kind: 'consent',
      outcome: 'ok',
      details: {
        scope: 'full',
        trigger,
        ...counts,
        ...(resubscribed.length > 0 && { resubscribedEmails: resubscribed.slice(0, namedInLog) }),
        ...(conflicts.length > 0 && { conflictCodes: conflicts.slice(0, namedInLog) }),
      },
      at: new Date(at),
    });
    return { ok: true, summary: { at, ...counts } };
  });
}

/**
 * As readSmailyConsent, for what must not go on without it (a bulk push, a re-send): a failed read refuses with a
 * 502 that says nothing was sent.
 */
export async function requireSmailyConsent(
  deps: ConsentDeps,
  account: SmailyAccount,
  actor: Actor,
  trigger: ConsentReadTrigger,
): Promise<ConsentReadSummary> {
  const read = await readSmailyConsent(deps, account, actor, trigger);
  if (!read.ok) throw new RequestError(502, withFailure(consentMessages.readFailedNothingSent, read.failure));
  return read.summary;
}
