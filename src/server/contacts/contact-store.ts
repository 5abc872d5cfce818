import type { Contact, ContactInput } from '../../shared/contacts';
import type { Db } from '../db/database';
import { contactColumns, toContact } from './contact-rows';

/** Reads the ordered classification and object codes of many contacts in two queries. */
export async function loadContactLinks(
  db: Db,
  contactIds: readonly number[],
): Promise<{ classifications: Map<number, string[]>; objects: Map<number, string[]> }> {
  const classifications = new Map<number, string[]>();
  const objects = new Map<number, string[]>();
  if (contactIds.length === 0) return { classifications, objects };
  const classificationRows = await db
    .selectFrom('contact_classifications')
    .select(['contact_id', 'classification_code as code'])
    .where('contact_id', 'in', contactIds)
    .orderBy('contact_id')
    .orderBy('position')
    .execute();
  for (const row of classificationRows) classifications.set(row.contact_id, [...(classifications.get(row.contact_id) ?? []), row.code]);
  const objectRows = await db
    .selectFrom('contact_objects')
    .select(['contact_id', 'object_code as code'])
    .where('contact_id', 'in', contactIds)
    .orderBy('contact_id')
    .orderBy('position')
    .execute();
  for (const row of objectRows) objects.set(row.contact_id, [...(objects.get(row.contact_id) ?? []), row.code]);
  return { classifications, objects };
}

export async function findContact(db: Db, code: string): Promise<{ id: number; contact: Contact } | null> {
  const row = await db.selectFrom('contacts').selectAll().where('code', '=', code).executeTakeFirst();
  if (!row) return null;
  const links = await loadContactLinks(db, [row.id]);
  return { id: row.id, contact: toContact(row, links.classifications.get(row.id) ?? [], links.objects.get(row.id) ?? []) };
}

async function writeLinks(db: Db, contactId: number, input: ContactInput): Promise<void> {
  await db.deleteFrom('contact_classifications').where('contact_id', '=', contactId).execute();
  await db.deleteFrom('contact_objects').where('contact_id', '=', contactId).execute();
  if (input.Classification.length > 0) {
    await db
      .insertInto('contact_classifications')
      .values(input.Classification.map((code, position) => ({ contact_id: contactId, position, classification_code: code })))
      .execute();
  }
  if (input.Objects.length > 0) {
    await db
      .insertInto('contact_objects')
      .values(input.Objects.map((code, position) => ({ contact_id: contactId, position, object_code: code })))
      .execute();
  }
}

/** Inserts a contact with its links; run inside a transaction (`db` may be one). */
export async function insertContact(db: Db, input: ContactInput, now: Date): Promise<number> {
  const stamp = now.toISOString();
  const { id } = await db
    .insertInto('contacts')
    .values({ ...contactColumns(input), date_created: stamp, date_changed: stamp })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeLinks(db, id, input);
  return id;
}

/** Replaces a contact's fields and links (its code stays); run inside a transaction. */
export async function updateContact(db: Db, contactId: number, input: ContactInput, now: Date): Promise<void> {
  await db
    .updateTable('contacts')
    .set({ ...contactColumns(input), date_changed: now.toISOString() })
    .where('id', '=', contactId)
    .execute();
  await writeLinks(db, contactId, input);
}
