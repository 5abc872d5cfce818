import { isTypedKind, registerEntryInputSchema, type RegisterEntry, type RegisterKind } from '../../shared/registers';
import { entryProblems, loadEntryContext } from '../registers/register-rules';
import { insertEntries, listEntries, updateEntry } from '../registers/register-store';
import { readOnlyRowProblems, sbEntryChanges } from '../standard-books-sync/read-only';
import {
  allProblems,
  fieldProblems,
  planRows,
  schemaProblems,
  type ImportHandler,
  type RowOutcome,
} from './import-plan';

const partSize = 500;

function applyCells(base: RegisterEntry, fields: readonly string[], cells: readonly string[]): RegisterEntry {
  const { source: _source, ...entry } = base;
  fields.forEach((field, index) => {
    const cell = cells[index] ?? '';
    if (field === 'code') entry.code = cell;
    else if (field === 'name') entry.name = cell;
    else if (field === 'typeCode') entry.typeCode = cell;
  });
  return entry;
}

const same = (a: RegisterEntry, b: RegisterEntry) =>
  a.code === b.code && a.name === b.name && (a.typeCode ?? '') === (b.typeCode ?? '');

/**
 * A code list from CSV (code;name[;typeCode]), matched by code like contacts: so that a company can load its
 * classes, types, classifications and objects before its contacts. Rows follow the register's own rules.
 */
export function registerImport(kind: RegisterKind): ImportHandler<RegisterEntry> {
  const schema = registerEntryInputSchema(kind);
  const empty: RegisterEntry = isTypedKind(kind) ? { code: '', name: '', typeCode: '' } : { code: '', name: '' };
  return {
    async plan(db, fields, rows) {
      const stored = new Map((await listEntries(db, kind)).map((entry) => [entry.code, entry]));
      const context = await loadEntryContext(db, kind);
      return planRows(fields, rows, {
        keyField: 'code',
        load: () => Promise.resolve(stored),
        check: (row, code): RowOutcome<RegisterEntry> => {
          const existing = stored.get(code);
          const entry = applyCells(existing ?? empty, fields, row.cells);
          const parsed = schema.safeParse(entry);
          const shape = parsed.success ? [] : schemaProblems(parsed.error);
          const rules = fieldProblems(entryProblems(kind, parsed.success ? parsed.data : entry, existing, context));
          const problems = allProblems(shape, rules);
          if (!parsed.success || problems.length > 0) return { problems };
          if (existing?.source === 'standard-books') {
            const changed = sbEntryChanges(existing, parsed.data);
            if (changed.length > 0) return { problems: readOnlyRowProblems(changed) };
          }
          return {
            action: !existing ? 'create' : same(existing, parsed.data) ? 'unchanged' : 'update',
            value: parsed.data,
          };
        },
      });
    },

    async write(db, rows, progress) {
      const creates = rows.filter((row) => row.action === 'create').map((row) => row.value);
      const updates = rows.filter((row) => row.action === 'update').map((row) => row.value);
      await insertEntries(db, kind, creates);
      await progress(creates.length);
      for (let start = 0; start < updates.length; start += partSize) {
        for (const entry of updates.slice(start, start + partSize)) await updateEntry(db, kind, entry);
        await progress(creates.length + Math.min(start + partSize, updates.length));
      }
    },
  };
}
