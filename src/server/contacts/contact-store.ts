import type { Contact, ContactInput } from '../../shared/contacts';
import type { Db } from '../db/database';
import type { NewContactRow } from '../db/schema';
import { statementChunks } from '../db/statement-chunks';
import { contactColumns, toContact } from './contact-rows';
import { mailFlagOnInsert, mailFlagOnUpdate } from './mail-flag';

function appendTo(lists: Map<number, string[]>, contactId: number, code: string): void {
  const list = lists.get(contactId);
  if (list) list.push(code);
  else lists.set(contactId, [code]);
}

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
  for (const row of classificationRows) appendTo(classifications, row.contact_id, row.code);
  const objectRows = await db
    .selectFrom('contact_objects')
    .select(['contact_id', 'object_code as code'])
    .where('contact_id', 'in', contactIds)
    .orderBy('contact_id')
    .orderBy('position')
    .execute();
  for (const row of objectRows) appendTo(objects, row.contact_id, row.code);
  return { classifications, objects };
}

export interface FoundContact {
  id: number;
  contact: Contact;
  /** A full read no longer found it in Standard Books: it is kept, marked, and not pushed. */
  removedFromStandardBooks: boolean;
  /** Read from Standard Books: its Standard Books fields change only there (standard-books-sync/read-only.ts). */
  fromStandardBooks: boolean;
}

export async function findContact(db: Db, code: string): Promise<FoundContact | null> {
  const row = await db.selectFrom('contacts').selectAll().where('code', '=', code).executeTakeFirst();
  if (!row) return null;
  const links = await loadContactLinks(db, [row.id]);
  return {
    id: row.id,
    contact: toContact(row, links.classifications.get(row.id) ?? [], links.objects.get(row.id) ?? []),
    removedFromStandardBooks: row.removed_from_sb_at !== null,
    fromStandardBooks: row.source === 'standard-books',
  };
}

async function writeLinks(db: Db, contactId: number, input: ContactInput): Promise<void> {
  await db.deleteFrom('contact_classifications').where('contact_id', '=', contactId).execute();
  await db.deleteFrom('contact_objects').where('contact_id', '=', contactId).execute();
  if (input.Classification.length > 0) {
    await db
      .insertInto('contact_classifications')
      .values(
        input.Classification.map((code, position) => ({ contact_id: contactId, position, classification_code: code })),
      )
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
    .values({
      ...contactColumns(input),
      ...mailFlagOnInsert(input.NoMailPosting, stamp),
      date_created: stamp,
      date_changed: stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeLinks(db, id, input);
  return id;
}

/** Replaces a contact's fields and links (its code stays); run inside a transaction. */
export async function updateContact(db: Db, contactId: number, input: ContactInput, now: Date): Promise<void> {
  const stamp = now.toISOString();
  await db
    .updateTable('contacts')
    .set({ ...contactColumns(input), ...mailFlagOnUpdate(input.NoMailPosting, stamp), date_changed: stamp })
    .where('id', '=', contactId)
    .execute();
  await writeLinks(db, contactId, input);
}

/** What a read from Standard Books adds to the contacts it creates (see src/server/standard-books-sync). */
export type ContactOriginColumns = Pick<NewContactRow, 'source' | 'sb_uuid' | 'sb_sequence' | 'sb_seen_at'>;

/**
 * Inserts many new contacts with their links in a few statements (for imports, demo data and reads from Standard
 * Books); run inside a transaction. `DateCreated` may be given to keep a contact's original creation time.
 */
export async function insertContacts(
  db: Db,
  inputs: readonly (ContactInput & { DateCreated?: string; origin?: ContactOriginColumns })[],
  now: Date,
): Promise<void> {
  const stamp = now.toISOString();
  // SQLite allows 32 766 bound values per statement; a contact row has up to 30 columns.
  for (const chunk of statementChunks(inputs, 500)) {
    const ids = await db
      .insertInto('contacts')
      .values(
        chunk.map((input) => ({
          ...contactColumns(input),
          ...mailFlagOnInsert(input.NoMailPosting, input.DateCreated ?? stamp),
          ...input.origin,
          date_created: input.DateCreated ?? stamp,
          date_changed: input.DateCreated ?? stamp,
        })),
      )
      .returning(['id', 'code'])
      .execute();
    const idOf = new Map(ids.map((row) => [row.code, row.id]));
    const classificationRows = chunk.flatMap((input) =>
      input.Classification.map((code, position) => ({
        contact_id: idOf.get(input.Code) ?? 0,
        position,
        classification_code: code,
      })),
    );
    const objectRows = chunk.flatMap((input) =>
      input.Objects.map((code, position) => ({ contact_id: idOf.get(input.Code) ?? 0, position, object_code: code })),
    );
    for (const rows of statementChunks(classificationRows, 4096)) {
      await db.insertInto('contact_classifications').values(rows).execute();
    }
    for (const rows of statementChunks(objectRows, 4096)) {
      await db.insertInto('contact_objects').values(rows).execute();
    }
  }
}
