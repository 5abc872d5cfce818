/**
 * Whether a push accepts an e-mail address. Standard Books keeps e-mail as free text, so the card only warns;
 * this rule decides. Deliberately practical rather than full RFC 5322: one @, no spaces, a dotted domain of
 * letters, digits and hyphens, and a top-level domain of letters (which includes the reserved `.test`).
 */
const emailPattern =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

export function isValidEmail(value: string): boolean {
  const email = value.trim();
  if (email.length > 254) return false;
  const local = email.split('@')[0] ?? '';
  if (local.length > 64 || local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  return emailPattern.test(email);
}

export type EmailProblem = 'missing' | 'invalid';

/** Why a push would not send this address, or null when it would. */
export function emailProblem(value: string | null | undefined): EmailProblem | null {
  if (!value || value.trim() === '') return 'missing';
  return isValidEmail(value) ? null : 'invalid';
}

/** The key under which Smaily (and our duplicate rule) treats two addresses as the same. */
export function emailKey(value: string): string {
  return value.trim().toLowerCase();
}
