import type { SessionUser } from '../../shared/auth';
import type { ConfirmableReason, PushResult } from '../../shared/contact-push';
import type { SyncLogOutcome } from '../../shared/sync-log';
import { buildSmailyPayload, mappingLookupsFrom } from '../../shared/mapping-engine';
import { emailKey } from '../../shared/email';
import { ownSkipReason } from '../../shared/push-rules';
import { findForgotten } from '../consent/consent-store';
import { readContactConsent } from '../consent/contact-consent';
import type { Db } from '../db/database';
import { findContact } from '../contacts/contact-store';
import { refuseBrokenMapping } from '../smaily-fields/mapping-check';
import { loadMappingRows } from '../smaily-fields/mapping-store';
import { loadLookups } from '../lookups/routes';
import type { SecretBox } from '../secrets/secret-box';
import { loadActiveSmailyAccount } from '../smaily-account/active-account';
import { appendLogEntry } from '../sync-log/log-store';
import type { SmailyClient } from '../smaily/types';
import { ackContact, forgetAck } from '../automatic-sync/acks';
import { failureResult } from './failure-result';

const accountRefusals: ReadonlySet<string> = new Set(['wrong-credentials', 'unknown-account', 'no-api-access']);

export interface PushDeps {
  db: Db;
  smaily: SmailyClient;
  secrets: SecretBox;
}

/** The first contact before this one, in code order, that a bulk push would send with the same e-mail. */
async function earlierHolderOfEmail(db: Db, code: string, emailKey: string): Promise<string | null> {
  const row = await db
    .selectFrom('contacts')
    .select('code')
    .where('email_key', '=', emailKey)
    .where('blocked', '=', 0)
    .where('code', '<', code)
    .orderBy('code')
    .limit(1)
    .executeTakeFirst();
  return row?.code ?? null;
}

/**
 * The entry's outcome in Sünkroniseerimise logi, in a bulk push's words: a contact the rules decline (no or an
 * invalid e-mail, forgotten, gone from Standard Books) is skipped, one that Smaily was not ready for (inactive,
 * to re-activate, its consent unread) is not sent.
 */
function logOutcome(result: PushResult): SyncLogOutcome {
  if (result.outcome === 'sent') return 'ok';
  if (result.outcome === 'failed') return 'failed';
  const notReady =
    result.outcome === 'not-sent' &&
    ['smaily-inactive', 'needs-reactivation', 'consent-unread'].includes(result.reason);
  return notReady ? 'not-sent' : 'skipped';
}

/**
 * Edasta Smaily'sse for one contact: the rules of a push (product.md), Smaily's consent for its e-mail read first
 * (a push never goes out on stale consent), the saved mapping through the mapping engine, one contact.php call
 * through the Smaily client, and an entry in Sünkroniseerimise logi. Returns null when the contact does not exist.
 */
export async function pushContact(
  { db, smaily, secrets }: PushDeps,
  code: string,
  confirmed: readonly ConfirmableReason[],
  user: SessionUser,
): Promise<PushResult | null> {
  // Read before the card: an edit landing after this has a higher change_seq, so the automatic sync still sends it.
  const seqAtRead = await db.selectFrom('contacts').select('change_seq').where('code', '=', code).executeTakeFirst();
  const found = await findContact(db, code);
  if (!found) return null;
  const { contact } = found;
  const log = (result: PushResult, smailyCode: number | null = null, smailyMessage: string | null = null) =>
    appendLogEntry(db, {
      user,
      kind: 'push',
      subject: contact.Code,
      outcome: logOutcome(result),
      smailyCode,
      smailyMessage,
      details: { ...result, confirmed },
    });

  const active = await loadActiveSmailyAccount(db, secrets);
  if (active.status !== 'active') {
    const result: PushResult = {
      outcome: 'not-sent',
      reason: active.status === 'inactive' ? 'smaily-inactive' : 'needs-reactivation',
    };
    await log(result);
    return result;
  }

  // Before any question to the user: a grid that must be fixed first refuses the push with a 409 saying where.
  const mapping = await loadMappingRows(db);
  refuseBrokenMapping(mapping);

  const key = emailKey(contact.eMail);
  const forgotten = key !== '' && (await findForgotten(db, key)) !== undefined;
  const own = ownSkipReason({ ...contact, forgotten, removedFromStandardBooks: found.removedFromStandardBooks });
  if (own === 'closed' && !confirmed.includes('closed'))
    return { outcome: 'needs-confirmation', reason: 'closed', duplicateOf: null };
  // A forgotten e-mail or a contact Standard Books no longer has is not a question: nothing sends them.
  if (own === 'forgotten' || own === 'removed-from-standard-books' || own === 'no-email' || own === 'invalid-email') {
    const result: PushResult = { outcome: 'not-sent', reason: own };
    await log(result);
    return result;
  }
  const duplicateOf = await earlierHolderOfEmail(db, contact.Code, key);
  if (duplicateOf !== null && !confirmed.includes('duplicate-email')) {
    return { outcome: 'needs-confirmation', reason: 'duplicate-email', duplicateOf };
  }

  const consent = await readContactConsent(
    { db, smaily },
    active.account,
    { code: contact.Code, email: contact.eMail },
    user,
  );
  if (!consent.ok) {
    const failed = failureResult(consent.failure);
    // Smaily refusing the account is about the account, whichever call met it; anything else is about consent.
    const result: PushResult = accountRefusals.has(failed.reason)
      ? failed
      : { outcome: 'not-sent', reason: 'consent-unread', cause: failed.reason };
    await log(result, failed.smailyCode, failed.smailyMessage);
    return result;
  }
  const { smailyUnsubscribed } = consent;
  const lookups = mappingLookupsFrom(await loadLookups(db));
  const payload = buildSmailyPayload({ ...contact, smailyUnsubscribed }, mapping, lookups);
  // The mapping always holds the email ← eMail row; spelled out here because the payload's type cannot say so.
  const outcome = await smaily.upsertContact(active.account, { ...payload, email: contact.eMail });
  if (outcome.kind !== 'ok') {
    const result = failureResult(outcome);
    await log(result, result.smailyCode, result.smailyMessage);
    return result;
  }
  const at = new Date().toISOString();
  await db.updateTable('contacts').set({ last_sent_at: at }).where('id', '=', found.id).execute();
  // A confirmed duplicate overwrote the first contact's values in Smaily: the first is due again, as the rules want.
  if (duplicateOf !== null) await forgetAck(db, active.account.subdomain, duplicateOf);
  else if (seqAtRead) await ackContact(db, active.account.subdomain, contact.Code, seqAtRead.change_seq);
  const unsubscribed = smailyUnsubscribed ? 'smaily' : contact.NoMailPosting ? 'no-mail-posting' : null;
  const result: PushResult = { outcome: 'sent', at, unsubscribed };
  await log(result, outcome.body.code, outcome.body.message);
  return result;
}
