import { isTypedKind, typeKindOf, type RegisterEntry, type RegisterKind } from '../../shared/registers';
import type { Db } from '../db/database';
import type { FieldProblem } from '../http/request-error';
import { registerTexts } from './register-messages';
import { listEntries } from './register-store';

/** What the rules of a register need to know about the rest of the data, read once per request or import. */
export interface EntryContext {
  typeCodes: ReadonlySet<string>;
  /** How many contacts use each object that any contact uses. */
  contactsPerObject: ReadonlyMap<string, number>;
}

export async function loadEntryContext(db: Db, kind: RegisterKind): Promise<EntryContext> {
  const typeCodes = isTypedKind(kind)
    ? new Set((await listEntries(db, typeKindOf[kind])).map((entry) => entry.code))
    : new Set<string>();
  const contactsPerObject = new Map<string, number>();
  if (kind === 'objects') {
    const rows = await db
      .selectFrom('contact_objects')
      .select(['object_code', (eb) => eb.fn.count<number>('contact_id').distinct().as('count')])
      .groupBy('object_code')
      .execute();
    for (const row of rows) contactsPerObject.set(row.object_code, Number(row.count));
  }
  return { typeCodes, contactsPerObject };
}

/**
 * Field problems of an entry about to be saved: a type that does not exist, or a new type for an object that
 * contacts use (it could give a contact two objects of one type, which a card does not allow).
 */
export function entryProblems(
  kind: RegisterKind,
  input: RegisterEntry,
  existing: RegisterEntry | undefined,
  context: EntryContext,
): Record<string, FieldProblem> {
  if (!isTypedKind(kind)) return {};
  const typeCode = input.typeCode ?? '';
  if (!context.typeCodes.has(typeCode)) {
    return {
      typeCode: {
        text: kind === 'classifications' ? registerTexts.unknownClassificationType : registerTexts.unknownObjectType,
      },
    };
  }
  const users = context.contactsPerObject.get(input.code) ?? 0;
  if (kind === 'objects' && existing && existing.typeCode !== typeCode && users > 0) {
    return { typeCode: { text: registerTexts.objectTypeLocked, params: { count: users } } };
  }
  return {};
}
