import { isTypedKind, registerEntryInputSchema, type RegisterEntry, type RegisterKind } from '../../shared/registers';
import type { SbRecord } from '../standard-books/types';
import { cleanText, codeText, displayCode, rejectionOfIssue, sbRecordSchema, type RecordVerdict } from './record-text';

/** The field names of the code lists, which are settings: only Code and ObjVc's are confirmed (README). */
export interface CodeListFields {
  description: string;
  classificationType: string;
  objectType: string;
}

/** The fields a read of a code list asks for (`fields=`). */
export function codeListFieldsRead(kind: RegisterKind, names: CodeListFields): string[] {
  if (kind === 'classifications') return ['Code', names.description, names.classificationType];
  if (kind === 'objects') return ['Code', names.description, names.objectType];
  return ['Code', names.description];
}

/**
 * One code list record → the entry the app keeps, or why not: validated with zod (each field text) and then with
 * the register's own schema. Standard Books does not require a description; the app's registers require a name,
 * so an entry without one is named by its code, which is what Standard Books shows where a name is missing.
 */
export function readCodeListRecord(
  kind: RegisterKind,
  record: SbRecord,
  names: CodeListFields,
): RecordVerdict<RegisterEntry> {
  const [, descriptionField, typeField] = codeListFieldsRead(kind, names);
  const shown = displayCode(record.Code);
  const parsed = sbRecordSchema(codeListFieldsRead(kind, names)).safeParse(record);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? '');
    return { ok: false, rejection: { code: shown, reason: 'invalid-value', field } };
  }
  const fields: Record<string, string> = parsed.data;
  const code = codeText(fields.Code ?? '');
  if (code === null) return { ok: false, rejection: { code: shown, reason: 'invalid-code' } };
  const name = cleanText(fields[descriptionField ?? ''] ?? '') || code;
  const candidate = isTypedKind(kind)
    ? { code, name, typeCode: cleanText(fields[typeField ?? ''] ?? '') }
    : { code, name };
  const checked = registerEntryInputSchema(kind).safeParse(candidate);
  if (!checked.success) {
    const [issue] = checked.error.issues;
    // The entry's own names back to the Standard Books fields the administrator can look for.
    const sbField = (path: PropertyKey[]) =>
      ({ code: 'Code', name: descriptionField, typeCode: typeField })[String(path[0])] ?? String(path[0]);
    const rejection = issue ? rejectionOfIssue(issue, sbField) : ({ code: '', reason: 'invalid-value' } as const);
    return { ok: false, rejection: { ...rejection, code: shown } };
  }
  return { ok: true, value: checked.data };
}
