import type { Contact } from '../../shared/contacts';
import type { PushFilters } from '../../shared/push-jobs';
import { loadContactLinks } from '../contacts/contact-store';
import { toContact } from '../contacts/contact-rows';
import { filterContacts } from '../contacts/list-contacts';
import type { Db } from '../db/database';
import type { ContactRow } from '../db/schema';

export const contactPageSize = 1000;

async function withLinks(db: Db, rows: ContactRow[]): Promise<Contact[]> {
  const links = await loadContactLinks(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toContact(row, links.classifications.get(row.id) ?? [], links.objects.get(row.id) ?? []));
}

/**
 * The contacts the filters select, whole (with their classifications and objects), a page at a time in code
 * order: a keyset on the code, so each page is one index walk and only one page is ever in memory.
 */
export async function* contactsByFilters(db: Db, filters: PushFilters): AsyncGenerator<Contact[]> {
  let after: string | null = null;
  for (;;) {
    let query = filterContacts(db.selectFrom('contacts'), filters).selectAll('contacts').orderBy('contacts.code').limit(contactPageSize);
    if (after !== null) query = query.where('contacts.code', '>', after);
    const rows = await query.execute();
    if (rows.length > 0) yield await withLinks(db, rows);
    const last = rows.at(-1);
    if (!last || rows.length < contactPageSize) return;
    after = last.code;
  }
}

/**
 * The failed and not-sent contacts of an earlier job, as their cards are now, in code order (the earlier job's
 * order). A contact deleted since is left out.
 */
export async function* contactsToResend(db: Db, jobId: number): AsyncGenerator<Contact[]> {
  let afterSeq = -1;
  for (;;) {
    const page = await db
      .selectFrom('push_job_contacts')
      .select(['seq', 'code'])
      .where('job_id', '=', jobId)
      .where('outcome', 'in', ['failed', 'not-sent'])
      .where('seq', '>', afterSeq)
      .orderBy('seq')
      .limit(contactPageSize)
      .execute();
    const codes = page.map((row) => row.code);
    if (codes.length > 0) {
      const rows = await db.selectFrom('contacts').selectAll().where('code', 'in', codes).orderBy('code').execute();
      if (rows.length > 0) yield await withLinks(db, rows);
    }
    const last = page.at(-1);
    if (!last || page.length < contactPageSize) return;
    afterSeq = last.seq;
  }
}
