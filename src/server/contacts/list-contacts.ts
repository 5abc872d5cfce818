import { sql, type SelectQueryBuilder } from 'kysely';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { z } from 'zod';
import type { ContactList, contactListQuerySchema } from '../../shared/contacts';
import { normaliseForSearch } from '../../shared/text';
import type { Db } from '../db/database';
import type { Database } from '../db/schema';
import { loadContactLinks } from './contact-store';

type ListQuery = z.output<typeof contactListQuerySchema>;
export type ContactFilters = Pick<ListQuery, 'search' | 'custCat' | 'classification'>;

function likePattern(search: string): string {
  return `%${normaliseForSearch(search).replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/**
 * The contacts a register filter selects: search on code, name and e-mail (case-insensitively, Estonian
 * letters included, through the stored search column), a customer class, and a classification.
 */
export function filterContacts<O>(
  query: SelectQueryBuilder<Database, 'contacts', O>,
  filters: ContactFilters,
): SelectQueryBuilder<Database, 'contacts', O> {
  let filtered = query;
  if (filters.search)
    filtered = filtered.where(sql<boolean>`contacts.search_text like ${likePattern(filters.search)} escape '\\'`);
  if (filters.custCat) filtered = filtered.where('contacts.cust_cat', '=', filters.custCat);
  if (filters.classification) {
    const code = filters.classification;
    filtered = filtered.where((eb) =>
      eb.exists(
        eb
          .selectFrom('contact_classifications')
          .select(sql.lit(1).as('one'))
          .whereRef('contact_classifications.contact_id', '=', 'contacts.id')
          .where('contact_classifications.classification_code', '=', code),
      ),
    );
  }
  return filtered;
}

async function countContacts(db: Db, filters: ContactFilters): Promise<number> {
  // A classification alone is counted from its own index, not by probing every contact.
  if (filters.classification && !filters.search && !filters.custCat) {
    const { total } = await db
      .selectFrom('contact_classifications')
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .where('classification_code', '=', filters.classification)
      .executeTakeFirstOrThrow();
    return Number(total);
  }
  // Counted with the classification as a set of ids: SQLite checks it through a Bloom filter before reading a
  // contact's row, where EXISTS would read every row the other filters leave (half the time of a search with both
  // filters). A page keeps EXISTS, which lets it walk the code order and stop once the page is full.
  const { classification, ...others } = filters;
  let query = filterContacts(db.selectFrom('contacts'), others);
  if (classification) {
    query = query.where('contacts.id', 'in', (eb) =>
      eb
        .selectFrom('contact_classifications')
        .select('contact_classifications.contact_id')
        .where('contact_classifications.classification_code', '=', classification),
    );
  }
  const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  return Number(total);
}

/**
 * One page of the register, sorted by code. The page is found by id alone (a narrow index walk, however deep
 * the page) and only its rows are then read in full.
 */
export async function listContacts(db: Db, query: ListQuery): Promise<ContactList> {
  const total = await countContacts(db, query);
  // A search reads the whole register's index twice, for the count and for the page, synchronously underneath:
  // a turn of the event loop between the two keeps a running job's answers from waiting for both.
  await nextTurn();
  // Past the last match (a search that finds nothing): the page query would only scan the register again.
  if (total <= (query.page - 1) * query.pageSize)
    return { items: [], total, page: query.page, pageSize: query.pageSize };
  const pageIds = await filterContacts(db.selectFrom('contacts'), query)
    .select('contacts.id')
    .orderBy('contacts.code', query.sort === '-code' ? 'desc' : 'asc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  const ids = pageIds.map((row) => row.id);
  if (ids.length === 0) return { items: [], total, page: query.page, pageSize: query.pageSize };

  const rows = await db
    .selectFrom('contacts')
    .leftJoin('customer_classes', 'customer_classes.code', 'contacts.cust_cat')
    .select([
      'contacts.id',
      'contacts.code',
      'contacts.name',
      'contacts.email',
      'contacts.cust_cat',
      'customer_classes.name as cust_cat_name',
      'contacts.no_mail_posting',
      'contacts.blocked',
      'contacts.removed_from_sb_at',
      'contacts.source',
    ])
    .where('contacts.id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  const { classifications } = await loadContactLinks(db, ids);
  return {
    items: ids.flatMap((id) => {
      const row = byId.get(id);
      if (!row) return [];
      return [
        {
          Code: row.code,
          Name: row.name,
          eMail: row.email,
          CustCat: row.cust_cat ?? '',
          CustCatName: row.cust_cat_name,
          Classification: classifications.get(id) ?? [],
          NoMailPosting: row.no_mail_posting === 1,
          blockedFlag: row.blocked === 1,
          removedFromStandardBooks: row.removed_from_sb_at !== null,
          // The rule the card's origin (standard-books-sync) and the API's refusal (findContact) go by.
          fromStandardBooks: row.source === 'standard-books',
        },
      ];
    }),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
