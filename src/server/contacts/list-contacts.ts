import { sql } from 'kysely';
import type { ContactList, contactListQuerySchema } from '../../shared/contacts';
import { normaliseForSearch } from '../../shared/text';
import type { z } from 'zod';
import type { Db } from '../db/database';
import { loadContactLinks } from './contact-store';

type ListQuery = z.output<typeof contactListQuerySchema>;

function likePattern(search: string): string {
  return `%${normaliseForSearch(search).replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** One page of the register: search on code, name and e-mail, filters by class and classification, sorted by code. */
export async function listContacts(db: Db, query: ListQuery): Promise<ContactList> {
  let filtered = db.selectFrom('contacts');
  if (query.search) filtered = filtered.where(sql<boolean>`search_text like ${likePattern(query.search)} escape '\\'`);
  if (query.custCat) filtered = filtered.where('contacts.cust_cat', '=', query.custCat);
  if (query.classification) {
    const code = query.classification;
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

  const { total } = await filtered.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await filtered
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
    ])
    .orderBy('contacts.code', query.sort === '-code' ? 'desc' : 'asc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();

  const { classifications } = await loadContactLinks(
    db,
    rows.map((row) => row.id),
  );
  return {
    items: rows.map((row) => ({
      Code: row.code,
      Name: row.name,
      eMail: row.email,
      CustCat: row.cust_cat ?? '',
      CustCatName: row.cust_cat_name,
      Classification: classifications.get(row.id) ?? [],
      NoMailPosting: row.no_mail_posting === 1,
      blockedFlag: row.blocked === 1,
    })),
    total: Number(total),
    page: query.page,
    pageSize: query.pageSize,
  };
}
