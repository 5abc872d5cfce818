import type { Contact } from '../../shared/contacts';
import type { PushFilters } from '../../shared/push-jobs';
import { consentMarks, type ConsentMarks } from '../consent/consent-store';
import { loadContactLinks } from '../contacts/contact-store';
import { toContact } from '../contacts/contact-rows';
import { filterContacts } from '../contacts/list-contacts';
import type { Db } from '../db/database';
import type { ContactRow } from '../db/schema';

/**
 * Small enough that writing one page's rows never holds the database, or the event loop, for long: at 500 a
 * page's write was among a job's longest event-loop stalls (bench:push).
 */
export const contactPageSize = 250;

/**
 * A contact as a job plans it: the card, the consent stored for its e-mail (src/server/consent), and whether
 * Standard Books still has it.
 */
export type PlanContact = Contact & ConsentMarks & { removedFromStandardBooks: boolean; changeSeq: number };

/** A page of whole contacts in code order, and where the next page starts. */
export interface ContactPage {
  contacts: PlanContact[];
  cursor: string;
}

/** Contact rows made whole for a plan: links, consent marks and the Standard Books mark. */
export async function withLinks(db: Db, rows: ContactRow[]): Promise<PlanContact[]> {
  const links = await loadContactLinks(
    db,
    rows.map((row) => row.id),
  );
  const marks = await consentMarks(
    db,
    rows.map((row) => row.email_key),
  );
  const none: ConsentMarks = { smailyUnsubscribed: false, forgotten: false };
  return rows.map((row) => ({
    ...toContact(row, links.classifications.get(row.id) ?? [], links.objects.get(row.id) ?? []),
    ...(marks.get(row.email_key) ?? none),
    removedFromStandardBooks: row.removed_from_sb_at !== null,
    changeSeq: row.change_seq,
  }));
}

/** How many contacts the filters select now: a job's total before it has read them. */
export async function countByFilters(db: Db, filters: PushFilters): Promise<number> {
  const { total } = await filterContacts(db.selectFrom('contacts'), filters)
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  return Number(total);
}

/**
 * The contacts the filters select, whole (with their classifications and objects), a page at a time in code
 * order from after the cursor (a code): a keyset, so each page is one index walk and only one page is in memory.
 */
export async function* contactsByFilters(
  db: Db,
  filters: PushFilters,
  after: string | null,
): AsyncGenerator<ContactPage> {
  let cursor = after;
  for (;;) {
    let query = filterContacts(db.selectFrom('contacts'), filters)
      .selectAll('contacts')
      .orderBy('contacts.code')
      .limit(contactPageSize);
    if (cursor !== null) query = query.where('contacts.code', '>', cursor);
    const rows = await query.execute();
    const last = rows.at(-1);
    if (!last) return;
    cursor = last.code;
    yield { contacts: await withLinks(db, rows), cursor };
    if (rows.length < contactPageSize) return;
  }
}

/**
 * The failed and not-sent contacts of an earlier job, as their cards are now, in code order (the earlier job's
 * order), from after the cursor (a place in that job). A contact deleted since is left out.
 */
export async function* contactsToResend(
  db: Db,
  sourceJobId: number,
  after: string | null,
): AsyncGenerator<ContactPage> {
  let afterSeq = after === null ? -1 : Number(after);
  for (;;) {
    const page = await db
      .selectFrom('push_job_contacts')
      .select(['seq', 'code'])
      .where('job_id', '=', sourceJobId)
      .where('outcome', 'in', ['failed', 'not-sent'])
      .where('seq', '>', afterSeq)
      .orderBy('seq')
      .limit(contactPageSize)
      .execute();
    const last = page.at(-1);
    if (!last) return;
    afterSeq = last.seq;
    const codes = page.map((row) => row.code);
    const rows = await db.selectFrom('contacts').selectAll().where('code', 'in', codes).orderBy('code').execute();
    yield { contacts: await withLinks(db, rows), cursor: String(afterSeq) };
    if (page.length < contactPageSize) return;
  }
}
