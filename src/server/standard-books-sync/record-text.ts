import { z } from 'zod';
import { hasControlCharacter } from '../../shared/text-field';
import type { SbRejection } from '../../shared/standard-books-sync';

/** Why one record is not applied, before its register is known to the caller. */
export type RecordRejection = Omit<SbRejection, 'register'>;
export type RecordVerdict<T> = { ok: true; value: T } | { ok: false; rejection: RecordRejection };

/** Standard Books sends every value as text; a number or flag written bare is taken as its text, nothing else. */
const sbValue = z
  .union([z.string(), z.number(), z.boolean(), z.null()])
  .optional()
  .transform((value) => (value === undefined || value === null ? '' : String(value)));

/** The zod schema of a record with these fields: each one text (or absent), anything else refused. */
export function sbRecordSchema<F extends string>(fields: readonly F[]) {
  return z.looseObject(Object.fromEntries(fields.map((field) => [field, sbValue])) as Record<F, typeof sbValue>);
}

/**
 * Text as the app keeps it. Standard Books data may carry raw control characters (standard-books.md §1.3): a tab
 * or a line break pasted into a name or an address line in the desktop client. They are stripped on the way in —
 * line breaks and tabs become one space, other control characters go — rather than rejecting the record: the
 * flaw is cosmetic, the contact is real, and only Standard Books could fix it, so a rejection would keep a
 * customer out of the register and out of every push over a character nobody can see. Codes are the exception
 * (see codeText): a code is an identity, and an identity is never rewritten.
 */
export function cleanText(value: string): string {
  // Tabs and line breaks first, then what is left of C0 and DEL.
  const spaced = value.replace(/[\t\r\n]+/g, ' ');
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  return spaced.replace(/[\u0000-\u001f\u007f]/g, '').trim();
}

/** A code exactly as sent, or null when it holds a control character (the record is then rejected). */
export function codeText(value: string): string | null {
  const trimmed = value.trim();
  return hasControlCharacter(trimmed) ? null : trimmed;
}

/** A record's code for a rejection: readable whatever it holds, and short. */
export const displayCode = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? cleanText(String(value)).slice(0, 60) : '';

/** A comma-separated list of codes ("HARJU,UUDIS"), as CUVc keeps Classification and Objects. */
export const codeList = (value: string): string[] =>
  value
    .split(',')
    .map((code) => code.trim())
    .filter((code) => code !== '');

/** A 0/1 flag as Standard Books writes it; null for anything else. */
export function flagValue(value: string): boolean | null {
  const text = value.trim().toLowerCase();
  if (text === '' || text === '0' || text === 'false') return false;
  if (text === '1' || text === 'true') return true;
  return null;
}

interface IssueShape {
  code: string;
  message: string;
  path: PropertyKey[];
}

/** The first problem zod found with a record's fields, as a rejection naming the field. */
export function rejectionOfIssue(issue: IssueShape, fieldOf: (path: PropertyKey[]) => string): RecordRejection {
  const field = fieldOf(issue.path);
  if (issue.message === 'duplicateValues') return { code: '', reason: 'duplicate-codes', field };
  if (issue.code === 'too_big' || issue.message === 'listTooLong') return { code: '', reason: 'too-long', field };
  if (field === 'Code') {
    return { code: '', reason: issue.code === 'too_small' ? 'missing-code' : 'invalid-code' };
  }
  if (issue.code === 'too_small' && (field === 'Name' || field === 'name')) return { code: '', reason: 'missing-name' };
  return { code: '', reason: 'invalid-value', field };
}
