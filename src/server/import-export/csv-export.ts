import { contactCsvColumns, contactToCells } from '../../shared/contact-csv';
import { csvBom, csvLine } from '../../shared/csv';
import { importFields } from '../../shared/import-export';
import { isTypedKind, type RegisterEntry, type RegisterKind } from '../../shared/registers';
import { loadContactLinks } from '../contacts/contact-store';
import { toContact } from '../contacts/contact-rows';
import { filterContacts, type ContactFilters } from '../contacts/list-contacts';
import type { Db } from '../db/database';
import { listEntries } from '../registers/register-store';

const pageSize = 1000;

/**
 * The contacts a filter selects as CSV text, a page at a time in code order. Each page is a query of its own
 * (keyset on the code), so neither the rows nor the database connection are held between pages: a slow
 * download of 100 000 contacts neither fills memory nor blocks other requests.
 */
export async function* contactsCsv(db: Db, filters: ContactFilters): AsyncGenerator<string> {
  yield csvBom + csvLine(contactCsvColumns);
  let after: string | null = null;
  for (;;) {
    let query = filterContacts(db.selectFrom('contacts'), filters)
      .selectAll('contacts')
      .orderBy('contacts.code')
      .limit(pageSize);
    if (after !== null) query = query.where('contacts.code', '>', after);
    const rows = await query.execute();
    const links = await loadContactLinks(
      db,
      rows.map((row) => row.id),
    );
    yield rows
      .map((row) =>
        csvLine(
          contactToCells(toContact(row, links.classifications.get(row.id) ?? [], links.objects.get(row.id) ?? [])),
        ),
      )
      .join('');
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return;
    after = last.code;
  }
}

/** A code list as CSV: code;name[;typeCode], the columns an import of that register reads back. */
export async function registerCsv(db: Db, kind: RegisterKind): Promise<string> {
  const cells = (entry: RegisterEntry) =>
    isTypedKind(kind) ? [entry.code, entry.name, entry.typeCode ?? ''] : [entry.code, entry.name];
  const header = importFields[kind].map((field) => field.name);
  return csvBom + csvLine(header) + (await listEntries(db, kind)).map((entry) => csvLine(cells(entry))).join('');
}
