import type { Contact, ContactInput } from '../../shared/contacts';
import { noSbReadCounts } from '../../shared/standard-books-sync';
import { loadReferenceCodes, type ReferenceCodes } from '../contacts/contact-references';
import { toContact } from '../contacts/contact-rows';
import { insertContacts, loadContactLinks, updateContact } from '../contacts/contact-store';
import type { Db } from '../db/database';
import type { ContactRow } from '../db/schema';
import type { SbRecord } from '../standard-books/types';
import { readContactRecord, type SbContact } from './contact-records';
import { clashChoices, dropClashes, recordClash } from './clashes';
import type { PageResult } from './read-types';

export interface Stored {
  row: ContactRow;
  contact: Contact;
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, index) => value === b[index]);

/** Whether the card already says what Standard Books says. */
function sameCard(stored: Contact, input: ContactInput): boolean {
  return (Object.keys(input) as (keyof ContactInput)[]).every((field) => {
    const [a, b] = [stored[field], input[field]];
    return Array.isArray(a) && Array.isArray(b) ? sameList(a, b) : a === b;
  });
}

export interface ContactWrite {
  existing: Stored | undefined;
  contact: SbContact;
}

/**
 * The one way a read writes contacts: new ones in a few statements through the contact store, changed ones one by
 * one, each with what Standard Books says about its record. Every write of a contact from Standard Books goes
 * through here, so a rule about a changing field (e.g. the moment "Ära koosta massmaile" changed) is one call
 * added in this function.
 */
export async function writeSbContacts(
  db: Db,
  writes: readonly ContactWrite[],
  seenAt: string,
  now: Date,
): Promise<void> {
  const created = writes.filter((write) => !write.existing).map((write) => write.contact);
  await insertContacts(
    db,
    created.map((contact) => ({
      ...contact.input,
      ...(contact.createdAt !== null && { DateCreated: contact.createdAt }),
      origin: { source: 'standard-books', sb_uuid: contact.uuid, sb_sequence: contact.sequence, sb_seen_at: seenAt },
    })),
    now,
  );
  for (const { existing, contact } of writes) {
    if (!existing) continue;
    await updateContact(db, existing.row.id, contact.input, now);
    await db
      .updateTable('contacts')
      .set({
        source: 'standard-books',
        sb_uuid: contact.uuid,
        sb_sequence: contact.sequence,
        sb_seen_at: seenAt,
        removed_from_sb_at: null,
      })
      .where('id', '=', existing.row.id)
      .execute();
  }
}

export async function storedContacts(db: Db, codes: string[]): Promise<Map<string, Stored>> {
  if (codes.length === 0) return new Map();
  const rows = await db.selectFrom('contacts').selectAll().where('code', 'in', codes).execute();
  const links = await loadContactLinks(
    db,
    rows.map((row) => row.id),
  );
  return new Map(
    rows.map((row) => [
      row.code,
      { row, contact: toContact(row, links.classifications.get(row.id) ?? [], links.objects.get(row.id) ?? []) },
    ]),
  );
}

/** Records applied at a time within a page's transaction: what is held at once stays small for pages of 5 000. */
const sliceSize = 500;

/**
 * One page of CUVc records, in one transaction (`db` is it), a slice at a time. Links are checked against the
 * code lists read before in the same read. A contact made here (typed or imported) with the same code is a clash
 * (clashes.ts): listed until a person chooses, then replaced or left alone as chosen; a contact read before is
 * updated, or only confirmed when nothing changed.
 */
export async function applyContactPage(
  db: Db,
  records: readonly SbRecord[],
  seenAt: string,
  now: Date,
): Promise<PageResult> {
  const result: PageResult = { counts: noSbReadCounts(), rejections: [] };
  const codes = await loadReferenceCodes(db);
  for (let start = 0; start < records.length; start += sliceSize) {
    await applySlice(db, records.slice(start, start + sliceSize), codes, seenAt, now, result);
  }
  result.counts.rejected = result.rejections.length;
  return result;
}

async function applySlice(
  db: Db,
  records: readonly SbRecord[],
  codes: ReferenceCodes,
  seenAt: string,
  now: Date,
  result: PageResult,
): Promise<void> {
  const contacts: { contact: SbContact; record: SbRecord }[] = [];
  for (const record of records) {
    result.counts.read += 1;
    const verdict = readContactRecord(record, codes);
    if (verdict.ok) contacts.push({ contact: verdict.value, record });
    else result.rejections.push(verdict.rejection);
  }
  const stored = await storedContacts(
    db,
    contacts.map(({ contact }) => contact.input.Code),
  );
  const choices = await clashChoices(
    db,
    [...stored.values()].filter((found) => found.row.source === 'local').map((found) => found.row.code),
  );
  const confirmed: number[] = [];
  const resolved: string[] = [];
  // By code: the same record twice in one page (offset paging over a changing set) is written once, as last read.
  const writes = new Map<string, ContactWrite>();
  for (const { contact, record } of contacts) {
    const code = contact.input.Code;
    const existing = stored.get(code);
    if (writes.has(code)) {
      writes.set(code, { existing, contact });
      result.counts.unchanged += 1;
    } else if (existing?.row.source === 'local' && choices.get(code) === 'replace') {
      // Standard Books asendab: the local contact becomes this record, keeping its id (and its push history).
      writes.set(code, { existing, contact });
      resolved.push(code);
      result.counts.updated += 1;
    } else if (existing?.row.source === 'local') {
      await recordClash(db, code, record, seenAt);
      // Jäta kohalik: the record is left alone until the choice changes; undecided, it is listed as a clash.
      if (choices.get(code) === 'keep-local') result.counts.unchanged += 1;
      else result.rejections.push({ code, reason: 'local-contact' });
    } else if (existing && existing.row.removed_from_sb_at === null && sameCard(existing.contact, contact.input)) {
      // Changed in Standard Books in a field the app does not read: the card stays as it is.
      if (existing.row.sb_sequence === contact.sequence && existing.row.sb_uuid === contact.uuid) {
        confirmed.push(existing.row.id);
      } else {
        await db
          .updateTable('contacts')
          .set({ sb_uuid: contact.uuid, sb_sequence: contact.sequence, sb_seen_at: seenAt })
          .where('id', '=', existing.row.id)
          .execute();
      }
      result.counts.unchanged += 1;
    } else {
      writes.set(code, { existing, contact });
      result.counts[existing ? 'updated' : 'created'] += 1;
    }
  }
  await dropClashes(db, resolved);
  await writeSbContacts(db, [...writes.values()], seenAt, now);
  if (confirmed.length > 0) {
    await db.updateTable('contacts').set({ sb_seen_at: seenAt }).where('id', 'in', confirmed).execute();
  }
}
