import { z } from 'zod';
import { contactFieldNames, getContactField, type ContactFieldName } from './contact-fields';
import type { Language, MessageParams } from './messages';
import {
  isReservedSmailyField,
  isValidSmailyFieldName,
  smailyEmailField,
  smailyFieldNameMaxLength,
  startsWithDigit,
  toSmailyFieldName,
} from './smaily-field-name';
import { textField } from './text-field';

/**
 * Smaily päringu väljad: the grid that says which contact-card field goes to which Smaily field. The grid is one
 * unit: it is read and saved whole, as `{ rows }`, so that every problem has a form path (`rows.3.smailyField`).
 */

/** Tüüp: Väärtus sends the field's own content (codes), Kirjeldus the linked cards' names. */
export const valueKinds = ['value', 'description'] as const;
export type ValueKind = (typeof valueKinds)[number];

/** The fields whose rows may name an Objekti/Klassifikaatori tüüp, and the register of that type. */
export const typedFields = { Classification: 'classificationTypes', Objects: 'objectTypes' } as const;

export function isContactFieldName(name: string): name is ContactFieldName {
  return (contactFieldNames as readonly string[]).includes(name);
}

/** Kirjeldus exists only where the field points to another card (Kliendiklass, Klassifikaator, Objektid). */
export function allowsDescription(contactField: string): boolean {
  const kind = getContactField(contactField)?.kind;
  return kind === 'link' || kind === 'links';
}

export function allowsType(contactField: string): contactField is keyof typeof typedFields {
  return Object.hasOwn(typedFields, contactField);
}

/** The shape of one row; the rules between rows and against the registers are in findMappingProblems. */
export const mappingRowSchema = z.strictObject({
  smailyField: textField(smailyFieldNameMaxLength, { required: true }),
  // A string first, so that a row whose field is not chosen yet reads "required" rather than "invalid".
  contactField: z.string().min(1).pipe(z.enum(contactFieldNames)),
  valueKind: z.enum(valueKinds),
  typeCode: textField(20).nullable(),
});
export type MappingRow = z.infer<typeof mappingRowSchema>;
/** A row as a form holds it before validation: the contact field may still be empty. */
export type MappingRowDraft = z.input<typeof mappingRowSchema>;

export const mappingSchema = z.strictObject({ rows: z.array(mappingRowSchema).min(1).max(100) });
export type Mapping = z.infer<typeof mappingSchema>;
export type MappingDraft = z.input<typeof mappingSchema>;

/**
 * PUT's answer: the grid as stored, and whether the automatic sync's next run now sends its whole selection
 * (said only while the automation is on: src/shared/automatic-sync.ts).
 */
export const savedMappingSchema = mappingSchema.extend({ automaticSyncWholeSelectionDue: z.boolean().optional() });
export type SavedMapping = z.infer<typeof savedMappingSchema>;

/** The grid of a new database, as Standard Books starts it: e-mail and name. */
export const standardMappingRows: readonly MappingRow[] = [
  { smailyField: smailyEmailField, contactField: 'eMail', valueKind: 'value', typeCode: null },
  { smailyField: 'name', contactField: 'Name', valueKind: 'value', typeCode: null },
];

const texts = {
  smailyFieldFormat: {
    et: 'Lubatud on väikesed tähed a–z, numbrid ja _',
    en: 'Use lowercase letters a–z, digits and _ only',
  },
  smailyFieldLeadingDigit: {
    et: 'Nimi ei tohi alata numbriga: Smaily jätaks sellise välja vaikselt ära. Sobib nt „{suggestion}”',
    en: 'The name must not start with a digit: Smaily would silently drop the field. "{suggestion}" will do',
  },
  smailyFieldTaken: {
    et: 'Smaily väli „{name}” on juba real {row}',
    en: 'The Smaily field "{name}" is already on row {row}',
  },
  smailyFieldReserved: {
    et: '„{name}” on Smaily reserveeritud väli',
    en: '"{name}" is a field Smaily reserves for itself',
  },
  emailRowMissing: {
    et: 'Rida „email” ← E-post on kohustuslik: Smaily tunneb kontakti e-posti järgi',
    en: 'The row "email" ← E-mail is required: Smaily knows a contact by its e-mail',
  },
  emailRowField: {
    et: 'Smaily väli „email” saab olla ainult E-post (eMail)',
    en: 'The Smaily field "email" can only be E-mail (eMail)',
  },
  emailRowValue: { et: 'E-post saadetakse alati väärtusena', en: 'The e-mail is always sent as its value' },
  descriptionNotAvailable: {
    et: 'Kirjeldus on ainult teisele kaardile viitavatel väljadel (Kliendiklass, Klassifikaator, Objektid)',
    en: 'Description exists only for fields that link to another card (Customer class, Classification, Objects)',
  },
  typeNotAvailable: {
    et: 'Tüübi saab valida ainult Klassifikaatori ja Objektide väljale',
    en: 'A type can be chosen only for Classification and Objects',
  },
  unknownClassificationType: { et: 'Klassifikaatori tüüpi {code} pole', en: 'There is no classification type {code}' },
  unknownObjectType: { et: 'Objekti tüüpi {code} pole', en: 'There is no object type {code}' },
} satisfies Record<string, Record<Language, string>>;

/** A problem on one cell (or on `rows` as a whole), in the shape the server's fieldError takes. */
export interface MappingProblem {
  text: Record<Language, string>;
  params?: MessageParams;
}

/** The type codes that exist, e.g. a `Lookups` object or the codes read from the database. */
export interface KnownTypes {
  classificationTypes: readonly { code: string }[];
  objectTypes: readonly { code: string }[];
}

/**
 * The grid's rules, shared by the server (which refuses the save) and the browser (which shows them before
 * sending): name format, reserved and duplicate names, the e-mail row, Kirjeldus and the type only where they
 * apply, and — when the registers are known — only a type that exists. Keyed by form path; the first problem of
 * a cell wins. A later row with a name already used is the one marked, so the original row stays clean.
 */
export function findMappingProblems(
  rows: readonly MappingRowDraft[],
  knownTypes?: KnownTypes,
): Record<string, MappingProblem> {
  const problems: Record<string, MappingProblem> = {};
  const add = (path: string, text: MappingProblem['text'], params?: MessageParams) => {
    problems[path] ??= params ? { text, params } : { text };
  };
  const firstRowOf = new Map<string, number>();

  rows.forEach((row, index) => {
    const at = (cell: keyof MappingRowDraft) => `rows.${index}.${cell}`;
    const name = row.smailyField.trim();
    const typeCode = row.typeCode?.trim() ?? '';
    if (name !== '' && !isValidSmailyFieldName(name)) {
      const suggestion = toSmailyFieldName(name);
      // Only the first character is wrong: say so, since the rest of the name looks fine to the user.
      if (startsWithDigit(name) && suggestion === `_${name}`)
        add(at('smailyField'), texts.smailyFieldLeadingDigit, { suggestion });
      else add(at('smailyField'), texts.smailyFieldFormat);
    } else if (isReservedSmailyField(name)) add(at('smailyField'), texts.smailyFieldReserved, { name });
    const first = firstRowOf.get(name);
    if (name !== '' && first !== undefined) add(at('smailyField'), texts.smailyFieldTaken, { name, row: first + 1 });
    else firstRowOf.set(name, index);

    if (name === smailyEmailField) {
      if (row.contactField !== 'eMail') add(at('contactField'), texts.emailRowField);
      if (row.valueKind !== 'value') add(at('valueKind'), texts.emailRowValue);
    }
    if (row.valueKind === 'description' && !allowsDescription(row.contactField))
      add(at('valueKind'), texts.descriptionNotAvailable);
    if (typeCode === '') return;
    if (!allowsType(row.contactField)) add(at('typeCode'), texts.typeNotAvailable);
    else if (knownTypes && !knownTypes[typedFields[row.contactField]].some((type) => type.code === typeCode)) {
      const text = row.contactField === 'Classification' ? texts.unknownClassificationType : texts.unknownObjectType;
      add(at('typeCode'), text, { code: typeCode });
    }
  });

  if (!firstRowOf.has(smailyEmailField)) add('rows', texts.emailRowMissing);
  return problems;
}

/**
 * The first problem of a saved grid: a grid saved under an older rule (e.g. `3_klass`, before names had to start
 * with a letter or _) must be fixed before anything is pushed with it. `row` (1-based) and `name` say where, or
 * are null for a problem of the grid as a whole. The registers are not checked: a type deleted since selects
 * nothing.
 */
export function firstMappingProblem(
  rows: readonly MappingRowDraft[],
): { row: number | null; name: string | null; problem: MappingProblem } | null {
  const [path, problem] = Object.entries(findMappingProblems(rows))[0] ?? [];
  if (path === undefined || problem === undefined) return null;
  const index = /^rows\.(\d+)\./.exec(path)?.[1];
  const row = index === undefined ? undefined : rows[Number(index)];
  if (!row) return { row: null, name: null, problem };
  return { row: Number(index) + 1, name: row.smailyField.trim(), problem };
}
