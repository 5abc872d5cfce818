import type { ContactRow } from './body-parse';
import { emailKey, isValidEmail } from './email';
import type { SandboxContact } from './types';

// Smaily computes these itself; a client posting them does not change them (UNCONFIRMED, see smaily-api.md §3).
export const READ_ONLY_FIELDS = new Set([
  'created_at',
  'subscribed_at',
  'modified_at',
  'unsubscribed_at',
  'last_response_code',
  'last_response_at',
  'last_open_at',
  'total_opens',
  'last_click_at',
  'total_clicks',
]);
const CONTROL_FIELDS = new Set(['email', 'is_unsubscribed', 'is_deleted']);

/**
 * The custom field names Smaily keeps. Its Estonian API page ("Süsteemi laiendamine (lihtne API)",
 * help.smaily.com/et/support/solutions/articles/16000039283): "Väljad ei tohi alata numbriga, ega sisaldada muid
 * märke peale alakriipsu (_). Vastasel juhul need kaotatakse automaatselt." Any other field is dropped without a
 * word and the write still answers 101. Upper case counts as "other marks": every official plugin writes
 * lowercase snake_case (smaily-api.md §3). Written out here rather than shared with the app's own rule, so that
 * the sandbox stays an independent check of it.
 */
const KEPT_FIELD_NAME = /^[a-z_][a-z0-9_]*$/;

export type UpsertVerdict = 'stored' | 'no-email' | 'invalid-email';

export interface ContactBook {
  contacts: Map<string, SandboxContact>;
  /** Lowercased addresses a test declared invalid. */
  invalid: Set<string>;
}

function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

/** 1/"1"/true set the flag, anything else present clears it, absent means "leave as is". */
function asFlag(value: unknown): boolean | undefined {
  if (value === undefined) return undefined;
  return value === true || Number(value) === 1;
}

function setSubscription(contact: SandboxContact, unsubscribed: boolean, now: number): void {
  if (contact.isUnsubscribed === unsubscribed) return;
  contact.isUnsubscribed = unsubscribed;
  if (unsubscribed) contact.unsubscribedAt = now;
  else contact.subscribedAt = now;
}

export function upsertContactRow(book: ContactBook, row: ContactRow, now: number): UpsertVerdict {
  if (typeof row.email !== 'string' || row.email.trim() === '') return 'no-email';
  const email = row.email.trim();
  const key = emailKey(email);
  if (!isValidEmail(email) || book.invalid.has(key)) return 'invalid-email';

  const unsubscribe = asFlag(row.is_unsubscribed);
  const existing = book.contacts.get(key);
  if (asFlag(row.is_deleted) === true) {
    // Deleting purges custom data but keeps the unsubscribed status, so a re-import cannot re-subscribe.
    if (existing) {
      if (unsubscribe !== undefined) setSubscription(existing, unsubscribe, now);
      Object.assign(existing, { isDeleted: true, fields: {}, modifiedAt: now });
    }
    return 'stored';
  }

  const contact: SandboxContact = existing ?? {
    email,
    fields: {},
    isUnsubscribed: unsubscribe === true,
    isDeleted: false,
    createdAt: now,
    modifiedAt: now,
    subscribedAt: unsubscribe === true ? null : now,
    unsubscribedAt: unsubscribe === true ? now : null,
  };
  contact.email = email;
  contact.isDeleted = false;
  contact.modifiedAt = now;
  if (unsubscribe !== undefined) setSubscription(contact, unsubscribe, now);
  for (const [name, value] of Object.entries(row)) {
    if (CONTROL_FIELDS.has(name) || READ_ONLY_FIELDS.has(name) || !KEPT_FIELD_NAME.test(name)) continue;
    contact.fields[name] = asText(value);
  }
  book.contacts.set(key, contact);
  return 'stored';
}

export function findContact(book: ContactBook, email: string): SandboxContact | undefined {
  const contact = book.contacts.get(emailKey(email));
  return contact?.isDeleted ? undefined : contact;
}

export const copyContact = (contact: SandboxContact): SandboxContact => ({ ...contact, fields: { ...contact.fields } });
