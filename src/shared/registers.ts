import { z } from 'zod';
import { codeSchema } from './codes';
import { textField } from './text-field';

/** The code lists a contact card links to. Each entry: a code (fixed after its first save) and a name. */
export const customerClassSchema = z.object({ code: z.string(), name: z.string() });
export type CustomerClass = z.infer<typeof customerClassSchema>;

export const classificationTypeSchema = z.object({ code: z.string(), name: z.string() });
export type ClassificationType = z.infer<typeof classificationTypeSchema>;

export const classificationSchema = z.object({ code: z.string(), name: z.string(), typeCode: z.string() });
export type Classification = z.infer<typeof classificationSchema>;

export const objectTypeSchema = z.object({ code: z.string(), name: z.string() });
export type ObjectType = z.infer<typeof objectTypeSchema>;

export const objectSchema = z.object({ code: z.string(), name: z.string(), typeCode: z.string() });
export type ContactObject = z.infer<typeof objectSchema>;

/** Everything a card or a filter needs to offer and describe codes, fetched once. */
export const lookupsSchema = z.object({
  customerClasses: z.array(customerClassSchema),
  classificationTypes: z.array(classificationTypeSchema),
  classifications: z.array(classificationSchema),
  objectTypes: z.array(objectTypeSchema),
  objects: z.array(objectSchema),
});
export type Lookups = z.infer<typeof lookupsSchema>;

/** The five code lists kept by the app: Kliendiklassid, Klassifikaatorid and Objektid with their types. */
export const registerKinds = [
  'customerClasses',
  'classificationTypes',
  'classifications',
  'objectTypes',
  'objects',
] as const;
export type RegisterKind = (typeof registerKinds)[number];

/** Kinds whose entries belong to a type, and the kind that lists those types. */
export const typeKindOf = { classifications: 'classificationTypes', objects: 'objectTypes' } as const;
export type TypedRegisterKind = keyof typeof typeKindOf;

export function isTypedKind(kind: RegisterKind): kind is TypedRegisterKind {
  return kind in typeKindOf;
}

/** Each register's address under /api/registers and /api/export. */
export const registerPathSegment: Record<RegisterKind, string> = {
  customerClasses: 'customer-classes',
  classificationTypes: 'classification-types',
  classifications: 'classifications',
  objectTypes: 'object-types',
  objects: 'objects',
};

/** A customer class code is CUVc.CustCat (5 characters); the others are 20 as in Standard Books. */
export const registerCodeMaxLength: Record<RegisterKind, number> = {
  customerClasses: 5,
  classificationTypes: 20,
  classifications: 20,
  objectTypes: 20,
  objects: 20,
};

export const registerNameMaxLength = 60;

/** An entry of any register as the API returns it; `typeCode` only for classifications and objects. */
export const registerEntrySchema = z.object({
  code: z.string(),
  name: z.string(),
  typeCode: z.string().optional(),
  /** Where the entry came from; one read from Standard Books changes only there. Absent on input. */
  source: z.enum(['local', 'standard-books']).optional(),
});
export type RegisterEntry = z.infer<typeof registerEntrySchema>;
export const registerEntryListSchema = z.array(registerEntrySchema);

const nameSchema = textField(registerNameMaxLength, { required: true });

const plainEntryInput = (kind: RegisterKind) =>
  z.strictObject({ code: codeSchema(registerCodeMaxLength[kind]), name: nameSchema });
const typedEntryInput = (kind: RegisterKind) =>
  z.strictObject({ code: codeSchema(registerCodeMaxLength[kind]), name: nameSchema, typeCode: codeSchema(20) });

/** What a register's form (or an imported row) sends; the code cannot change after the first save. */
export function registerEntryInputSchema(kind: RegisterKind): z.ZodType<RegisterEntry, RegisterEntry> {
  return isTypedKind(kind) ? typedEntryInput(kind) : plainEntryInput(kind);
}

export const registerParamsSchema = z.object({ code: z.string().min(1).max(20) });
