import { mappingRowSchema, type MappingRow } from '../../shared/smaily-fields';
import type { Db } from '../db/database';

/**
 * Smaily päringu väljad as stored: one row per Smaily field, in the grid's order. A job or a single push reads
 * the rows with loadMappingRows and gives them to buildSmailyPayload (src/shared/mapping-engine.ts).
 */
export async function loadMappingRows(db: Db): Promise<MappingRow[]> {
  const rows = await db.selectFrom('smaily_field_mappings').selectAll().orderBy('position').execute();
  // Every write went through the same schema, so a row that fails here is a bug and must not be sent anywhere.
  return rows.map((row) =>
    mappingRowSchema.parse({
      smailyField: row.smaily_field,
      contactField: row.contact_field,
      valueKind: row.value_kind,
      typeCode: row.type_code,
    }),
  );
}

/** Replaces the whole grid; run inside a transaction so that readers never see half of it. */
export async function replaceMappingRows(db: Db, rows: readonly MappingRow[]): Promise<void> {
  await db.deleteFrom('smaily_field_mappings').execute();
  await db
    .insertInto('smaily_field_mappings')
    .values(
      rows.map((row, position) => ({
        position,
        smaily_field: row.smailyField,
        contact_field: row.contactField,
        value_kind: row.valueKind,
        type_code: row.typeCode,
      })),
    )
    .execute();
}
