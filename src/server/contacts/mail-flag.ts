import { sql, type RawBuilder } from 'kysely';

/**
 * "Ära koosta massmaile" (NoMailPosting) and when it last changed: the one rule every writer of contacts follows
 * (the card, CSV imports, reads from Standard Books), so that a clear made here after a person unsubscribed in
 * Smaily can be told from any other edit (src/server/consent: a conflict). Editing anything else keeps the moment.
 */

/** For a new contact: a set flag changed as the contact came in; a clear one never changed. */
export function mailFlagOnInsert(noMailPosting: boolean, at: string) {
  return { no_mail_posting: noMailPosting ? 1 : 0, no_mail_posting_changed_at: noMailPosting ? at : null };
}

/** For a stored contact: the moment moves only when the stored flag differs from the new one. */
export function mailFlagOnUpdate(
  noMailPosting: boolean,
  at: string,
): { no_mail_posting: number; no_mail_posting_changed_at: RawBuilder<string | null> } {
  const value = noMailPosting ? 1 : 0;
  return {
    no_mail_posting: value,
    // Read in the UPDATE itself, against the stored row: no separate read that another writer could overtake.
    no_mail_posting_changed_at: sql<
      string | null
    >`case when no_mail_posting = ${value} then no_mail_posting_changed_at else ${at} end`,
  };
}
