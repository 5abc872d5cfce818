import type { DryRun, PushFilters } from '../../shared/push-jobs';
import { PushDecider, skipReasons, type SkipReason } from '../../shared/push-rules';
import { filterContacts } from '../contacts/list-contacts';
import { consentMarks, lastFullRead } from '../consent/consent-store';
import { closedEmailsToForget } from '../consent/forget';
import type { Db } from '../db/database';
import { fieldError, type FieldProblem } from '../http/request-error';
import { refuseBrokenSavedMapping } from '../smaily-fields/mapping-check';

const pageSize = 5000;

/** A filter naming a customer class or classification that does not exist is a mistake, not "no contacts". */
export async function checkFilters(db: Db, filters: PushFilters): Promise<void> {
  const problems: Record<string, FieldProblem> = {};
  if (filters.custCat) {
    const found = await db
      .selectFrom('customer_classes')
      .select('code')
      .where('code', '=', filters.custCat)
      .executeTakeFirst();
    if (!found) problems.custCat = { text: 'unknownCustomerClass' };
  }
  if (filters.classification) {
    const code = filters.classification;
    const found = await db.selectFrom('classifications').select('code').where('code', '=', code).executeTakeFirst();
    if (!found) problems.classification = { text: 'unknownClassification', params: { codes: code } };
  }
  if (Object.keys(problems).length > 0) throw fieldError(problems);
}

/**
 * What a job with these filters would do, without sending anything: the same rules in the same code order,
 * reading only code, e-mail, the two flags, the Standard Books removal mark and the consent stored for the
 * e-mail a page at a time. Consent is as last read from Smaily (a start reads it again). A grid a start would
 * refuse is refused here too, so the dialog says what to fix before anyone presses Käivita.
 */
export async function dryRun(db: Db, filters: PushFilters): Promise<DryRun> {
  await refuseBrokenSavedMapping(db);
  const decider = new PushDecider();
  const skipped = Object.fromEntries(skipReasons.map((reason) => [reason, 0])) as Record<SkipReason, number>;
  let matching = 0;
  let toSend = 0;
  let unsubscribed = 0;
  let after: string | null = null;
  for (;;) {
    let query = filterContacts(db.selectFrom('contacts'), filters)
      .select([
        'contacts.code',
        'contacts.email',
        'contacts.email_key',
        'contacts.blocked',
        'contacts.no_mail_posting',
        'contacts.removed_from_sb_at',
      ])
      .orderBy('contacts.code')
      .limit(pageSize);
    if (after !== null) query = query.where('contacts.code', '>', after);
    const rows = await query.execute();
    const marks = await consentMarks(
      db,
      rows.map((row) => row.email_key),
    );
    for (const row of rows) {
      matching += 1;
      const mark = marks.get(row.email_key);
      const decision = decider.decide({
        Code: row.code,
        eMail: row.email,
        blockedFlag: row.blocked === 1,
        forgotten: mark?.forgotten === true,
        removedFromStandardBooks: row.removed_from_sb_at !== null,
      });
      if (!decision.send) skipped[decision.reason] += 1;
      else {
        toSend += 1;
        if (row.no_mail_posting === 1 || mark?.smailyUnsubscribed === true) unsubscribed += 1;
      }
    }
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) {
      const closedToForget = (await closedEmailsToForget(db, filters)).length;
      return { matching, toSend, unsubscribed, skipped, closedToForget, consentReadAt: await lastFullRead(db) };
    }
    after = last.code;
  }
}
