import type { PushFilters } from '../../shared/push-jobs';
import type { PushCandidate, PushDecision } from '../../shared/push-rules';
import { filterContacts } from '../contacts/list-contacts';
import type { Db } from '../db/database';

/** Light rows: enough to decide 100 000 contacts in a few pages without building a single card. */
export const duePageSize = 5000;

/** A contact of the selection as a narrowed plan first sees it: what the rules read and what Smaily acknowledged. */
export interface DueCandidate extends PushCandidate {
  id: number;
  changeSeq: number;
  ack: { seq: number; skipped: boolean } | null;
}

/**
 * Whether a decided contact goes into a narrowed run: Smaily never acknowledged it (for this account), it changed
 * since, or the push that acknowledged it skipped it and the rules now send it (e.g. the contact whose duplicate it
 * was is closed). Failed and not-sent contacts were never acknowledged at their current change, so they are due.
 */
export function isDue(candidate: DueCandidate, decision: PushDecision): boolean {
  const { ack } = candidate;
  if (ack === null || candidate.changeSeq > ack.seq) return true;
  return ack.skipped && decision.send;
}

/**
 * The whole selection in code order from after the cursor (a code), a page of light rows at a time: every contact
 * must be decided by the rules, in order, for the duplicates of the due ones to be decided right.
 */
export async function* dueCandidatePages(
  db: Db,
  filters: PushFilters,
  subdomain: string,
  after: string | null,
): AsyncGenerator<{ candidates: DueCandidate[]; cursor: string }> {
  let cursor = after;
  for (;;) {
    let query = filterContacts(db.selectFrom('contacts'), filters)
      .leftJoin('contact_acks', (join) =>
        join.onRef('contact_acks.code', '=', 'contacts.code').on('contact_acks.subdomain', '=', subdomain),
      )
      .leftJoin('smaily_forgotten', 'smaily_forgotten.email_key', 'contacts.email_key')
      .select([
        'contacts.id',
        'contacts.code',
        'contacts.email',
        'contacts.blocked',
        'contacts.removed_from_sb_at',
        'contacts.change_seq',
        'contact_acks.acked_seq',
        'contact_acks.skipped',
        'smaily_forgotten.email_key as forgotten_key',
      ])
      .orderBy('contacts.code')
      .limit(duePageSize);
    if (cursor !== null) query = query.where('contacts.code', '>', cursor);
    const rows = await query.execute();
    const last = rows.at(-1);
    if (!last) return;
    cursor = last.code;
    yield {
      candidates: rows.map((row) => ({
        id: row.id,
        Code: row.code,
        eMail: row.email,
        blockedFlag: row.blocked === 1,
        forgotten: row.forgotten_key !== null,
        removedFromStandardBooks: row.removed_from_sb_at !== null,
        changeSeq: row.change_seq,
        ack: row.acked_seq === null ? null : { seq: row.acked_seq, skipped: row.skipped === 1 },
      })),
      cursor,
    };
    if (rows.length < duePageSize) return;
  }
}
