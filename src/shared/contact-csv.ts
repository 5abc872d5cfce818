import { contactFieldNames } from './contact-fields';
import type { Contact, ContactInput } from './contacts';

/**
 * How a contact's fields read and write as CSV cells: flags and the contact type as 0/1, lists (Classification,
 * Objects) as comma-separated codes as Standard Books stores them, everything else as text.
 */
export const contactCsvColumns = contactFieldNames;

type FlagField = 'NoMailPosting' | 'blockedFlag';
type ListField = 'Classification' | 'Objects';
type TextField = Exclude<keyof ContactInput, FlagField | ListField | 'CustType'>;

const flagFields: readonly string[] = ['NoMailPosting', 'blockedFlag'] satisfies FlagField[];
const listFields: readonly string[] = ['Classification', 'Objects'] satisfies ListField[];
const editableFields = contactFieldNames.filter(
  (name): name is keyof ContactInput => name !== 'DateCreated' && name !== 'DateChanged',
);

const isFlagField = (name: string): name is FlagField => flagFields.includes(name);
const isListField = (name: string): name is ListField => listFields.includes(name);
const isTextField = (name: string): name is TextField =>
  name !== 'CustType' &&
  !isFlagField(name) &&
  !isListField(name) &&
  (editableFields as readonly string[]).includes(name);

function cellOf(value: Contact[keyof Contact]): string {
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (Array.isArray(value)) return value.join(',');
  return String(value);
}

/** A contact as one CSV record, in the order of contactCsvColumns. */
export function contactToCells(contact: Contact): string[] {
  return contactCsvColumns.map((name) => cellOf(contact[name]));
}

const yes = new Set(['1', 'jah', 'yes', 'true', 'x']);
const no = new Set(['', '0', 'ei', 'no', 'false']);

/** A flag cell: 1/0, also jah/ei, yes/no, true/false and x; empty is 0. Null when it is none of these. */
export function parseFlag(cell: string): boolean | null {
  const value = cell.trim().toLocaleLowerCase('et');
  if (yes.has(value)) return true;
  if (no.has(value)) return false;
  return null;
}

/** Kontakti tüüp: 0/1 as CUVc.CustType, or the label in either language; empty is 0 (Ettevõte). */
export function parseContactType(cell: string): 0 | 1 | null {
  const value = cell.trim().toLocaleLowerCase('et');
  if (['', '0', 'ettevõte', 'company'].includes(value)) return 0;
  if (['1', 'eraisik', 'private person'].includes(value)) return 1;
  return null;
}

/** A list cell: "HARJU, UUDIS" → ["HARJU", "UUDIS"]. */
export function parseCodeList(cell: string): string[] {
  return cell
    .split(',')
    .map((code) => code.trim())
    .filter((code) => code !== '');
}

export type CellProblem = 'invalidFlag' | 'invalidContactType';

/**
 * The contact an imported row describes: `base` (the stored contact, or an empty one) with the row's cells put
 * over it, field by field. Fields that are not columns of the file keep the base's value. The result still has
 * to pass contactInputSchema; cells that cannot be read at all are reported per field.
 */
export function applyContactCells(
  base: ContactInput,
  fields: readonly string[],
  cells: readonly string[],
): { input: ContactInput; problems: Map<string, CellProblem> } {
  const input: ContactInput = { ...base, Classification: [...base.Classification], Objects: [...base.Objects] };
  const problems = new Map<string, CellProblem>();
  fields.forEach((name, index) => {
    const cell = cells[index] ?? '';
    if (name === 'CustType') {
      const type = parseContactType(cell);
      if (type === null) problems.set(name, 'invalidContactType');
      else input.CustType = type;
    } else if (isFlagField(name)) {
      const flag = parseFlag(cell);
      if (flag === null) problems.set(name, 'invalidFlag');
      else input[name] = flag;
    } else if (isListField(name)) {
      input[name] = parseCodeList(cell);
    } else if (isTextField(name)) {
      input[name] = cell;
    }
  });
  return { input, problems };
}

/** The card's editable fields only, e.g. to compare an imported row with the stored contact. */
export function contactInputOf(contact: Contact): ContactInput {
  const { DateCreated: _created, DateChanged: _changed, ...input } = contact;
  return input;
}

/** The editable fields in which two contacts differ (lists compared in order), in the card's order. */
export function changedContactFields(a: ContactInput, b: ContactInput): (keyof ContactInput)[] {
  return editableFields.filter((name) => cellOf(a[name]) !== cellOf(b[name]));
}

/** Whether two contacts' editable fields are the same (lists in the same order). */
export function sameContactInput(a: ContactInput, b: ContactInput): boolean {
  return changedContactFields(a, b).length === 0;
}
