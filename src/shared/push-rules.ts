import { emailKey, isValidEmail } from './email';

/**
 * Why a contact is not sent, in the order product.md "Rules of a push" decides them: an e-mail forgotten in
 * Smaily ("Unusta Smailys") is never sent again, a closed contact is skipped before anyone looks at its e-mail,
 * and duplicates are looked for only among contacts still eligible.
 */
export const skipReasons = [
  'forgotten',
  'removed-from-standard-books',
  'closed',
  'no-email',
  'invalid-email',
  'duplicate-email',
] as const;
export type SkipReason = (typeof skipReasons)[number];

export interface PushCandidate {
  Code: string;
  eMail: string;
  blockedFlag: boolean;
  /** Its e-mail is on the list of addresses forgotten in Smaily (src/server/consent). */
  forgotten?: boolean;
  /** A full read no longer found it in Standard Books (it stays in the register, marked). */
  removedFromStandardBooks?: boolean;
}

/**
 * The reason found on the contact alone (forgotten, removed, closed, no e-mail, invalid e-mail), or null when it
 * may be sent.
 */
export function ownSkipReason(
  contact: Pick<PushCandidate, 'eMail' | 'blockedFlag' | 'forgotten' | 'removedFromStandardBooks'>,
): Exclude<SkipReason, 'duplicate-email'> | null {
  if (contact.forgotten === true) return 'forgotten';
  if (contact.removedFromStandardBooks === true) return 'removed-from-standard-books';
  if (contact.blockedFlag) return 'closed';
  if (contact.eMail.trim() === '') return 'no-email';
  if (!isValidEmail(contact.eMail)) return 'invalid-email';
  return null;
}

export type PushDecision = { send: true } | { send: false; reason: SkipReason; duplicateOf?: string };

/**
 * Decides contacts one by one, given in code order (codes compared as text): of eligible contacts sharing an
 * e-mail (compared case-insensitively) the first is sent and the others are duplicates of it. Holds one
 * entry per distinct e-mail, so a run of 100 000 contacts can stream through it.
 */
export class PushDecider {
  private readonly firstByEmail = new Map<string, string>();

  decide(contact: PushCandidate): PushDecision {
    const reason = ownSkipReason(contact);
    if (reason) return { send: false, reason };
    const key = emailKey(contact.eMail);
    const first = this.firstByEmail.get(key);
    if (first !== undefined) return { send: false, reason: 'duplicate-email', duplicateOf: first };
    this.firstByEmail.set(key, contact.Code);
    return { send: true };
  }
}

/** Codes compared as text, the order in which duplicates are decided. */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
