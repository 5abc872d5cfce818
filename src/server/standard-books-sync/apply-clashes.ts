import { noSbReadCounts, type SbReadCounts } from '../../shared/standard-books-sync';
import { loadReferenceCodes } from '../contacts/contact-references';
import type { Db } from '../db/database';
import { storedContacts, writeSbContacts, type ContactWrite } from './apply-contacts';
import { clashContact, dropClashes } from './clashes';

/**
 * "Standard Books asendab" chosen for a record an incremental read does not bring again (it did not change in
 * Standard Books): applied from the record as last read, at the end of the contacts register. Run in a
 * transaction (`db` is it). A record that no longer passes the checks (e.g. its class was removed since) stays
 * listed with its choice and is applied by a later read that finds it valid.
 */
export async function applyChosenReplacements(db: Db, seenAt: string, now: Date): Promise<SbReadCounts> {
  const counts = noSbReadCounts();
  const chosen = await db
    .selectFrom('standard_books_clashes')
    .select(['code', 'sb_record'])
    .where('choice', '=', 'replace')
    .orderBy('code')
    .execute();
  if (chosen.length === 0) return counts;
  const stored = await storedContacts(
    db,
    chosen.map((row) => row.code),
  );
  const codes = await loadReferenceCodes(db);
  const writes: ContactWrite[] = [];
  const over: string[] = [];
  for (const row of chosen) {
    const existing = stored.get(row.code);
    if (existing?.row.source !== 'local') {
      // Applied already (the record came in this read's pages), or nothing local is left to replace.
      over.push(row.code);
      continue;
    }
    const contact = clashContact(row.sb_record, codes);
    if (!contact || contact.input.Code !== row.code) continue;
    writes.push({ existing, contact });
    over.push(row.code);
    counts.updated += 1;
  }
  await writeSbContacts(db, writes, seenAt, now);
  await dropClashes(db, over);
  return counts;
}
