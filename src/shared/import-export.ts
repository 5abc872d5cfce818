import { z } from 'zod';
import { contactFields } from './contact-fields';
import { contactListQuerySchema } from './contacts';
import type { Language } from './messages';
import { registerKinds, registerPathSegment } from './registers';
import { foldEstonianLetters } from './text';

/** What can be imported and exported as CSV: the contacts, and each code list so it can be loaded first. */
export const importTargets = ['contacts', ...registerKinds] as const;
export const importTargetSchema = z.enum(importTargets);
export type ImportTarget = z.infer<typeof importTargetSchema>;

export interface ImportField {
  /** The field's name in the API (CUVc names for contacts), also the column name an export writes */
  name: string;
  label: Record<Language, string>;
  /** Other column names that mean this field, e.g. Standard Books' longer Estonian wording */
  aliases?: readonly string[];
}

const contactAliases: Partial<Record<string, readonly string[]>> = {
  Code: ['Kontakti kood', 'Contact code'],
  Name: ['Kontakti nimi', 'Contact name'],
  CustCat: ['Customer category', 'Kliendi klass'],
  Classification: ['Klassifikaatorid', 'Kliendi klassifikaator', 'Classifications'],
  eMail: ['Email', 'E-mail', 'E-posti aadress'],
  Person: ['Peamine kontaktisik'],
  Objects: ['Objekt', 'Object'],
  CountryCode: ['Riigi kood', 'Country code'],
  VATNr: ['KMKR', 'KMKR number', 'VAT number'],
};

/** Every contact-card field an import may set: all but the read-only dates. */
export const contactImportFields: readonly ImportField[] = contactFields
  .filter((field) => field.kind !== 'date')
  .map((field) => ({ name: field.name, label: field.label, aliases: contactAliases[field.name] }));

const codeField: ImportField = { name: 'code', label: { et: 'Kood', en: 'Code' } };
const nameField: ImportField = {
  name: 'name',
  label: { et: 'Nimi', en: 'Name' },
  aliases: ['Kirjeldus', 'Description', 'Comment'],
};
const typeField: ImportField = {
  name: 'typeCode',
  label: { et: 'Tüüp', en: 'Type' },
  aliases: ['Klassifikaatori tüüp', 'Objektitüüp', 'Objekti tüüp', 'Classification type', 'Object type', 'OTCode'],
};

export const importFields: Record<ImportTarget, readonly ImportField[]> = {
  contacts: contactImportFields,
  customerClasses: [codeField, nameField],
  classificationTypes: [codeField, nameField],
  classifications: [codeField, nameField, typeField],
  objectTypes: [codeField, nameField],
  objects: [codeField, nameField, typeField],
};

/** The field every row is matched by (create or update). */
export function keyFieldOf(target: ImportTarget): string {
  return target === 'contacts' ? 'Code' : 'code';
}

/** A column name as compared: Estonian letters folded, case, spaces and punctuation ignored ("E-post" = "epost"). */
export function normaliseColumnName(value: string): string {
  return foldEstonianLetters(value).replace(/[^a-z0-9]/g, '');
}

/**
 * The field each column of a file means, by its name: the API field name, either language's label, or an alias.
 * A field is given to the first column that names it; unknown columns get null (not imported).
 */
export function matchColumns(header: readonly string[], fields: readonly ImportField[]): (string | null)[] {
  const byName = new Map<string, string>();
  for (const field of fields) {
    for (const name of [field.name, field.label.et, field.label.en, ...(field.aliases ?? [])]) {
      const key = normaliseColumnName(name);
      if (!byName.has(key)) byName.set(key, field.name);
    }
  }
  const taken = new Set<string>();
  return header.map((column) => {
    const field = byName.get(normaliseColumnName(column));
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

export type MappingProblem = 'unknownField' | 'duplicateField';

/** What is wrong with a chosen list of fields (one per uploaded column): per column, and whether the key is missing. */
export function mappingProblems(
  target: ImportTarget,
  fields: readonly string[],
): { columns: Map<number, MappingProblem>; keyMissing: boolean } {
  const known = new Set(importFields[target].map((field) => field.name));
  const columns = new Map<number, MappingProblem>();
  fields.forEach((field, index) => {
    if (!known.has(field)) columns.set(index, 'unknownField');
    else if (fields.indexOf(field) !== index) columns.set(index, 'duplicateField');
  });
  return { columns, keyMissing: !fields.includes(keyFieldOf(target)) };
}

/** At most this many rows per file, and per upload request. */
export const maxImportRows = 200_000;
export const maxImportChunkRows = 2_000;

/** Each target's address under /api/import and /api/export: `contacts`, or the register's own (e.g. `customer-classes`). */
export const importTargetPath: Record<ImportTarget, string> = { contacts: 'contacts', ...registerPathSegment };
const targetOfPath = new Map(importTargets.map((target) => [importTargetPath[target], target]));

export const importTargetParamsSchema = z.object({
  target: z
    .string()
    .refine((path) => targetOfPath.has(path), 'invalidValue')
    .transform((path) => targetOfPath.get(path) ?? 'contacts'),
});
export const importSessionParamsSchema = z.object({ id: z.uuid() });

/** Starts an import: which field each uploaded column holds, and how many rows will follow. */
export const importSessionInputSchema = z.strictObject({
  fields: z.array(z.string().max(40)).min(1).max(64),
  totalRows: z.number().int().min(1).max(maxImportRows),
});
export type ImportSessionInput = z.infer<typeof importSessionInputSchema>;
export const importSessionSchema = z.object({ id: z.uuid() });

/**
 * A part of the file: each row with its row number in the file and its cells in the order of `fields`. A cell is
 * any text here: the preview checks it by its field's rules (length, control characters) and rejects its row
 * naming the line and field; what the rows take in memory is bounded by the server's byte limits.
 */
export const importRowsInputSchema = z.strictObject({
  rows: z
    .array(z.strictObject({ line: z.number().int().min(1), cells: z.array(z.string()).max(64) }))
    .min(1)
    .max(maxImportChunkRows),
});
export type ImportRowsInput = z.infer<typeof importRowsInputSchema>;
export const importRowsResultSchema = z.object({ received: z.number().int() });

export const importProblemSchema = z.object({ field: z.string().nullable(), message: z.string() });
export const importRejectedRowSchema = z.object({
  line: z.number().int(),
  code: z.string(),
  problems: z.array(importProblemSchema),
});
export type ImportRejectedRow = z.infer<typeof importRejectedRowSchema>;

const count = z.number().int().min(0);

/**
 * What a confirmed import would do; nothing has been written yet. `rejectedRows` gives the reasons of the first
 * 1 000 rejected rows only (`rejected` counts them all).
 */
export const importPreviewSchema = z.object({
  total: count,
  create: count,
  update: count,
  unchanged: count,
  rejected: count,
  rejectedRows: z.array(importRejectedRowSchema),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

/**
 * The commit answers as a stream of JSON lines: progress while it writes, then `done` once the transaction is
 * committed, or `failed` when it was rolled back (nothing written); `changed` says the data moved since the preview.
 */
export const importCommitEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), done: count, total: count }),
  z.object({ type: z.literal('done'), created: count, updated: count, unchanged: count, rejected: count }),
  z.object({ type: z.literal('failed'), message: z.string(), changed: z.boolean() }),
]);
export type ImportCommitEvent = z.infer<typeof importCommitEventSchema>;

/** Export: the same search and filters as the Kontaktid register (GET /api/contacts). */
export const contactExportQuerySchema = contactListQuerySchema.pick({
  search: true,
  custCat: true,
  classification: true,
});
export type ContactExportQuery = z.infer<typeof contactExportQuerySchema>;
