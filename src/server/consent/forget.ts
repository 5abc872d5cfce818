import { sql } from 'kysely';
import type { SessionUser } from '../../shared/auth';
import type { ForgetResult } from '../../shared/consent';
import { emailKey, isValidEmail } from '../../shared/email';
import type { PushFilters } from '../../shared/push-jobs';
import { findContact } from '../contacts/contact-store';
import { filterContacts } from '../contacts/list-contacts';
import type { Db } from '../db/database';
import { notFound, RequestError } from '../http/request-error';
import type { SmailyAccount, SmailyClient } from '../smaily/types';
import { appendLogEntry } from '../sync-log/log-store';
import { consentMessages, withFailure } from './consent-messages';
import { recordForgotten, type ForgottenEmail } from './consent-store';
import { failureCode, failureDetails } from './read-consent';

type Actor = Pick<SessionUser, 'id' | 'name'>;

/** Smaily suggests at most 10 000 addresses per forget request (smaily-api.md §5, D-forget). */
const forgetBatch = 10_000;

/**
 * Unusta Smailys from the card: Smaily forgets the e-mail for good (contact/forget.php), and only then is it kept
 * out of every later push and the act written to Sünkroniseerimise logi with who did it. `confirmedEmail` is the
 * address the confirmation named: if the card has changed since, nothing happens.
 */
export async function forgetContact(
  { db, smaily }: { db: Db; smaily: SmailyClient },
  account: SmailyAccount,
  code: string,
  confirmedEmail: string,
  actor: Actor,
): Promise<ForgetResult> {
  const found = await findContact(db, code);
  if (!found) throw notFound();
  const email = found.contact.eMail;
  if (emailKey(confirmedEmail) !== emailKey(email)) throw new RequestError(409, consentMessages.emailChanged);
  if (!isValidEmail(email)) throw new RequestError(409, consentMessages.nothingToForget);
  const outcome = await smaily.forgetContacts(account, [email]);
  const log = { user: actor, kind: 'forget', subject: code } as const;
  if (outcome.kind !== 'ok') {
    await appendLogEntry(db, {
      ...log,
      outcome: 'failed',
      smailyCode: failureCode(outcome),
      details: { email, ...failureDetails(outcome) },
    });
    throw new RequestError(502, withFailure(consentMessages.forgetFailed, outcome), {}, { email });
  }
  const at = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    await recordForgotten(trx, [{ emailKey: emailKey(email), email }], at, actor);
    await appendLogEntry(trx, {
      ...log,
      outcome: 'ok',
      smailyCode: outcome.body.code,
      details: { email },
      at: new Date(at),
    });
  });
  return { email, at, by: actor.name };
}

/**
 * The e-mails "forget closed contacts" would forget for a bulk push's selection: those of its closed contacts that
 * are valid, not forgotten yet, and held by no open contact anywhere in the register (forgetting an address keeps
 * out every contact that has it). One per e-mail, in code order.
 */
export async function closedEmailsToForget(db: Db, filters: PushFilters): Promise<ForgottenEmail[]> {
  const rows = await filterContacts(db.selectFrom('contacts'), filters)
    .select(['contacts.email', 'contacts.email_key'])
    .where('contacts.blocked', '=', 1)
    .where('contacts.email_key', '!=', '')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('smaily_forgotten')
            .select(sql.lit(1).as('one'))
            .whereRef('smaily_forgotten.email_key', '=', 'contacts.email_key'),
        ),
      ),
    )
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('contacts as open')
            .select(sql.lit(1).as('one'))
            .whereRef('open.email_key', '=', 'contacts.email_key')
            .where('open.blocked', '=', 0),
        ),
      ),
    )
    .orderBy('contacts.code')
    .execute();
  const byKey = new Map<string, ForgottenEmail>();
  for (const row of rows) {
    if (!byKey.has(row.email_key) && isValidEmail(row.email)) {
      byKey.set(row.email_key, { emailKey: row.email_key, email: row.email.trim() });
    }
  }
  return [...byKey.values()];
}

/**
 * Before a bulk push, when an administrator asked: forgets in Smaily the e-mails of the selection's closed
 * contacts, as many as the user confirmed (409 if that number has changed since), in requests of up to 10 000.
 * Each part is kept out as soon as Smaily has forgotten it; a part that fails stops it with a 502.
 */
export async function forgetClosedContacts(
  { db, smaily }: { db: Db; smaily: SmailyClient },
  account: SmailyAccount,
  filters: PushFilters,
  confirmedCount: number,
  actor: Actor,
): Promise<number> {
  const emails = await closedEmailsToForget(db, filters);
  if (emails.length !== confirmedCount) {
    throw new RequestError(
      409,
      consentMessages.forgetCountChanged,
      {},
      { confirmed: confirmedCount, now: emails.length },
    );
  }
  const log = { user: actor, kind: 'forget', subject: null } as const;
  let done = 0;
  for (let start = 0; start < emails.length; start += forgetBatch) {
    const part = emails.slice(start, start + forgetBatch);
    const outcome = await smaily.forgetContacts(
      account,
      part.map((item) => item.email),
    );
    if (outcome.kind !== 'ok') {
      await appendLogEntry(db, {
        ...log,
        outcome: done > 0 ? 'partial' : 'failed',
        smailyCode: failureCode(outcome),
        details: { scope: 'closed', filters, count: done, total: emails.length, ...failureDetails(outcome) },
      });
      throw new RequestError(
        502,
        withFailure(consentMessages.forgetClosedFailed, outcome),
        {},
        {
          done,
          total: emails.length,
        },
      );
    }
    await recordForgotten(db, part, new Date().toISOString(), actor);
    done += part.length;
  }
  await appendLogEntry(db, { ...log, outcome: 'ok', details: { scope: 'closed', filters, count: done } });
  return done;
}
