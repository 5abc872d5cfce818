import { applyContactCells, contactInputOf, sameContactInput } from '../../shared/contact-csv';
import { contactInputSchema, emptyContactInput, type ContactInput } from '../../shared/contacts';
import { checkReferences, loadReferenceCodes } from '../contacts/contact-references';
import { toContact } from '../contacts/contact-rows';
import { insertContacts, loadContactLinks, updateContact } from '../contacts/contact-store';
import type { Db } from '../db/database';
import { readOnlyRowProblems, sbContactChanges } from '../standard-books-sync/read-only';
import { importTexts } from './import-messages';
import {
  allProblems,
  fieldProblems,
  planRows,
  schemaProblems,
  type ImportHandler,
  type RowOutcome,
  type RowProblem,
} from './import-plan';

const partSize = 500;

interface StoredContact {
  id: number;
  input: ContactInput;
  /** Read from Standard Books: a row changing it is rejected (standard-books-sync/read-only.ts). */
  fromSb: boolean;
}

/** The stored contacts with these codes, with their links, by code. */
async function loadExisting(db: Db, codes: readonly string[]): Promise<Map<string, StoredContact>> {
  const found = new Map<string, StoredContact>();
  if (codes.length === 0) return found;
  const rows = await db.selectFrom('contacts').selectAll().where('code', 'in', codes).execute();
  const links = await loadContactLinks(
    db,
    rows.map((row) => row.id),
  );
  for (const row of rows) {
    const contact = toContact(row, links.classifications.get(row.id) ?? [], links.objects.get(row.id) ?? []);
    found.set(row.code, { id: row.id, input: contactInputOf(contact), fromSb: row.source === 'standard-books' });
  }
  return found;
}

/**
 * Contacts from CSV, matched by Kood: a new code is created, a known one updated with the file's columns over
 * its stored fields (columns the file does not have keep their value), an identical one left alone; a row that
 * would change a contact read from Standard Books is rejected, naming the fields. Every row
 * is checked as the card would check it, against one snapshot of the code lists.
 */
export const contactImport: ImportHandler<ContactInput> = {
  async plan(db, fields, rows) {
    const references = await loadReferenceCodes(db);
    return planRows(fields, rows, {
      keyField: 'Code',
      load: (codes) => loadExisting(db, codes),
      check: (row, code, existing): RowOutcome<ContactInput> => {
        const stored = existing.get(code);
        const { input, problems: cellProblems } = applyContactCells(
          stored?.input ?? emptyContactInput,
          fields,
          row.cells,
        );
        const cells: RowProblem[] = [...cellProblems].map(([field, problem]) => ({
          field,
          text: importTexts[problem],
        }));
        const parsed = contactInputSchema.safeParse(input);
        // A cell that could not be read at all is reported once, as such.
        const shape = parsed.success ? [] : schemaProblems(parsed.error);
        const problems = allProblems(
          allProblems(cells, shape),
          fieldProblems(checkReferences(parsed.success ? parsed.data : input, references)),
        );
        if (!parsed.success || problems.length > 0) return { problems };
        if (stored?.fromSb) {
          const changed = sbContactChanges(stored.input, parsed.data);
          if (changed.length > 0) return { problems: readOnlyRowProblems(changed) };
        }
        const action = !stored ? 'create' : sameContactInput(stored.input, parsed.data) ? 'unchanged' : 'update';
        return { action, value: parsed.data, id: stored?.id };
      },
    });
  },

  async write(db, rows, progress) {
    const now = new Date();
    const creates = rows.filter((row) => row.action === 'create');
    const updates = rows.filter((row) => row.action === 'update');
    let written = 0;
    for (let start = 0; start < creates.length; start += partSize) {
      const part = creates.slice(start, start + partSize);
      await insertContacts(
        db,
        part.map((row) => row.value),
        now,
      );
      written += part.length;
      await progress(written);
    }
    for (let start = 0; start < updates.length; start += partSize) {
      const part = updates.slice(start, start + partSize);
      for (const row of part) if (row.id !== undefined) await updateContact(db, row.id, row.value, now);
      written += part.length;
      await progress(written);
    }
  },
};
