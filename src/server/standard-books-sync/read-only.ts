import { changedContactFields } from '../../shared/contact-csv';
import type { ContactInput } from '../../shared/contacts';
import type { RegisterEntry } from '../../shared/registers';
import { sbMasterTexts } from '../../shared/standard-books-master';
import { RequestError, type FieldProblem } from '../http/request-error';

/**
 * Standard Books is the master of what it sent: a contact or a code list entry read from it changes only there
 * (and comes back with the next read). Every field the app keeps of a contact is one Standard Books sends, so a
 * change to any of them is refused; sending the card back unchanged is not a change.
 */

const readOnlyProblems = (fields: readonly string[]): Record<string, FieldProblem> =>
  Object.fromEntries(fields.map((field) => [field, { text: sbMasterTexts.fieldReadOnly }]));

/** The fields of a Standard Books contact this input would change; empty when it changes none. */
export const sbContactChanges = (stored: ContactInput, input: ContactInput): string[] =>
  changedContactFields(stored, input);

/** The fields of a Standard Books code list entry this input would change. */
export function sbEntryChanges(stored: RegisterEntry, input: RegisterEntry): string[] {
  const changed: string[] = [];
  if (stored.code !== input.code) changed.push('code');
  if (stored.name !== input.name) changed.push('name');
  if ((stored.typeCode ?? '') !== (input.typeCode ?? '')) changed.push('typeCode');
  return changed;
}

/** 409, naming each field the change would touch. */
export const sbContactRefusal = (fields: readonly string[]): RequestError =>
  new RequestError(409, sbMasterTexts.contactReadOnly, readOnlyProblems(fields));

/** 409 for a change (naming its fields) or a deletion (no fields) of a Standard Books entry. */
export const sbEntryRefusal = (fields: readonly string[] = []): RequestError =>
  new RequestError(409, sbMasterTexts.entryReadOnly, readOnlyProblems(fields));

/** A CSV row's problems, one per field it would change (import-export's RowProblem). */
export const readOnlyRowProblems = (fields: readonly string[]) =>
  fields.map((field) => ({ field, text: sbMasterTexts.fieldReadOnly }));
