import type { SmailyView } from '../../shared/consent';
import { emailProblem } from '../../shared/email';
import { parseTallinnDateTime } from '../../shared/tallinn-time';
import { failureResult } from '../contact-push/failure-result';
import { findContact } from '../contacts/contact-store';
import type { Db } from '../db/database';
import type { SecretBox } from '../secrets/secret-box';
import { loadActiveSmailyAccount } from '../smaily-account/active-account';
import { loadMappingRows } from '../smaily-fields/mapping-store';
import type { SmailyClient } from '../smaily/types';

/**
 * The card's view of Smaily: one contact.php?email= through the shared client (and its rate limiter), shown and
 * never stored — subscribed or not and since when, and the fields of Smaily päringu väljad that Smaily holds.
 * Null when the contact does not exist.
 */
export async function smailyView(
  { db, smaily, secrets }: { db: Db; smaily: SmailyClient; secrets: SecretBox },
  code: string,
): Promise<SmailyView | null> {
  const found = await findContact(db, code);
  if (!found) return null;
  const { eMail } = found.contact;
  const problem = emailProblem(eMail);
  if (problem) return { kind: 'not-read', reason: problem === 'missing' ? 'no-email' : 'invalid-email' };
  const active = await loadActiveSmailyAccount(db, secrets);
  if (active.status !== 'active') {
    return { kind: 'not-read', reason: active.status === 'inactive' ? 'smaily-inactive' : 'needs-reactivation' };
  }
  const outcome = await smaily.getContact(active.account, eMail);
  if (outcome.kind !== 'ok') {
    const { reason, smailyCode, smailyMessage } = failureResult(outcome);
    return { kind: 'failed', reason, smailyCode, smailyMessage };
  }
  const contact = outcome.body;
  // contact.php answers 206 "Could not find requested email address" for an address it does not know.
  if (!contact) return { kind: 'unknown', smailyCode: 206 };
  const names = [...new Set((await loadMappingRows(db)).map((row) => row.smailyField))].filter(
    (name) => name !== 'email' && Object.hasOwn(contact.fields, name),
  );
  const since = contact.isUnsubscribed ? contact.fields.unsubscribed_at : contact.fields.subscribed_at;
  return {
    kind: 'found',
    email: contact.email,
    subscribed: !contact.isUnsubscribed,
    since: parseTallinnDateTime(since ?? ''),
    fields: names.map((name) => ({ name, value: contact.fields[name] ?? '' })),
  };
}
