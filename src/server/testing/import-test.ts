import { sql } from 'kysely';
import { expect } from 'vitest';
import { parseCsv } from '../../shared/csv';
import {
  importCommitEventSchema,
  importFields,
  importPreviewSchema,
  importTargetPath,
  matchColumns,
  maxImportChunkRows,
  type ImportCommitEvent,
  type ImportTarget,
} from '../../shared/import-export';
import type { TestApp } from './test-app';

/** Every row of every table an import may touch, in a fixed order: equal snapshots mean an unchanged database. */
export async function snapshotDatabase(testApp: TestApp): Promise<Record<string, unknown[]>> {
  const tables = [
    'contacts',
    'contact_classifications',
    'contact_objects',
    'customer_classes',
    'classification_types',
    'classifications',
    'object_types',
    'objects',
  ];
  const snapshot: Record<string, unknown[]> = {};
  for (const table of tables) {
    snapshot[table] = (
      await sql<Record<string, unknown>>`select * from ${sql.table(table)} order by 1, 2`.execute(testApp.app.db)
    ).rows;
  }
  return snapshot;
}

/**
 * Does what the Import/eksport screen does with a file: reads it, matches its columns by name, starts an import,
 * uploads the rows in parts and asks for the preview.
 */
export async function previewCsv(
  testApp: TestApp,
  cookie: string,
  target: ImportTarget,
  text: string,
  language = 'et',
) {
  const session = testApp.as(cookie, language);
  const parsed = parseCsv(text);
  const mapping = matchColumns(parsed.header, importFields[target]);
  const used = mapping.flatMap((field, index) => (field === null ? [] : [index]));
  const started = await session.post(`/api/import/${importTargetPath[target]}/sessions`, {
    fields: used.map((index) => mapping[index]),
    totalRows: parsed.records.length,
  });
  expect(started.statusCode, started.body).toBe(201);
  const { id } = started.json<{ id: string }>();
  for (let start = 0; start < parsed.records.length; start += maxImportChunkRows) {
    const rows = parsed.records
      .slice(start, start + maxImportChunkRows)
      .map((record) => ({ line: record.line, cells: used.map((index) => record.cells[index] ?? '') }));
    const uploaded = await session.post(`/api/import/sessions/${id}/rows`, { rows });
    expect(uploaded.statusCode, uploaded.body).toBe(200);
  }
  const preview = await session.get(`/api/import/sessions/${id}/preview`);
  expect(preview.statusCode, preview.body).toBe(200);
  return { id, preview: importPreviewSchema.parse(preview.json()) };
}

/** Confirms an import and returns the JSON lines it answered with. */
export async function commitImport(
  testApp: TestApp,
  cookie: string,
  id: string,
  language = 'et',
): Promise<ImportCommitEvent[]> {
  const response = await testApp.as(cookie, language).post(`/api/import/sessions/${id}/commit`);
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toContain('application/x-ndjson');
  return response.body
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => importCommitEventSchema.parse(JSON.parse(line)));
}
