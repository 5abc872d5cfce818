import type { SessionUser } from '../../shared/auth';
import type { ContactConsent, ConsentCounts } from '../../shared/consent';
import { emailKey } from '../../shared/email';
import type { Db } from '../db/database';
import type { SmailyAccount, SmailyClient, SmailyFailure } from '../smaily/types';
import { appendLogEntry } from '../sync-log/log-store';
import {
  conflictingContacts,
  dropUnsubscribes,
  findForgotten,
  findUnsubscribe,
  recordUnsubscribes,
} from './consent-store';
import { failureCode, failureDetails, toFact } from './read-consent';

export type ContactConsentRead =
  { ok: true; smailyUnsubscribed: boolean; conflict: boolean } | { ok: false; failure: SmailyFailure };

const isInConflict = async (db: Db, code: string) =>
  (await conflictingContacts(db, code).executeTakeFirst()) !== undefined;

/**
 * Before a single push: what Smaily says of this one contact's e-mail now (contact.php?email=), stored as a full
 * read would store it — unsubscribed there is recorded, subscribed there drops a stored unsubscribe, an address
 * Smaily does not know changes nothing — with its entry in Sünkroniseerimise logi.
 */
export async function readContactConsent(
  { db, smaily }: { db: Db; smaily: SmailyClient },
  account: SmailyAccount,
  contact: { code: string; email: string },
  actor: Pick<SessionUser, 'id' | 'name'>,
): Promise<ContactConsentRead> {
  const outcome = await smaily.getContact(account, contact.email);
  const log = { user: actor, kind: 'consent', subject: contact.code } as const;
  if (outcome.kind !== 'ok') {
    await appendLogEntry(db, {
      ...log,
      outcome: 'failed',
      smailyCode: failureCode(outcome),
      details: { scope: 'contact', trigger: 'push', ...failureDetails(outcome) },
    });
    return { ok: false, failure: outcome };
  }
  const key = emailKey(contact.email);
  const at = new Date().toISOString();
  return db.transaction().execute(async (trx) => {
    const stored = await findUnsubscribe(trx, key);
    const counts: ConsentCounts = { read: 0, new: 0, known: 0, resubscribed: 0, conflicts: 0, notHeld: 0 };
    const found = outcome.body;
    if (found?.isUnsubscribed) {
      counts.read = 1;
      const fact = { ...toFact(found.email, found.fields.unsubscribed_at ?? ''), emailKey: key };
      if (stored?.unsubscribed_at_text === fact.unsubscribedAtText) counts.known = 1;
      else {
        await recordUnsubscribes(trx, [fact], at, { trigger: 'push', user: actor });
        counts.new = 1;
      }
    } else if (found && stored) {
      await dropUnsubscribes(trx, [key]);
      counts.resubscribed = 1;
    }
    const conflict = await isInConflict(trx, contact.code);
    counts.conflicts = conflict ? 1 : 0;
    const smailyUnsubscribed = found?.isUnsubscribed === true || (found === null && stored !== undefined);
    const state = found === null ? 'unknown' : found.isUnsubscribed ? 'unsubscribed' : 'subscribed';
    await appendLogEntry(trx, {
      ...log,
      outcome: 'ok',
      details: { scope: 'contact', trigger: 'push', state, ...counts },
      at: new Date(at),
    });
    return { ok: true, smailyUnsubscribed, conflict };
  });
}

/** The card's trail: Smaily's unsubscribe and when we learned it, a conflict, and whether the e-mail is forgotten. */
export async function contactConsent(db: Db, code: string): Promise<ContactConsent | null> {
  const row = await db
    .selectFrom('contacts')
    .select(['email_key', 'no_mail_posting_changed_at'])
    .where('code', '=', code)
    .executeTakeFirst();
  if (!row) return null;
  const fact = row.email_key === '' ? undefined : await findUnsubscribe(db, row.email_key);
  const forgotten = row.email_key === '' ? undefined : await findForgotten(db, row.email_key);
  return {
    smailyUnsubscribe: fact ? { unsubscribedAt: fact.unsubscribed_at, learnedAt: fact.learned_at } : null,
    conflict: fact !== undefined && (await isInConflict(db, code)),
    noMailPostingChangedAt: row.no_mail_posting_changed_at,
    forgotten: forgotten ? { at: forgotten.forgotten_at, by: forgotten.forgotten_by_name } : null,
  };
}
