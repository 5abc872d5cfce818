import type { Kysely, Migration } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration describes the database of its own time */
export const smailyFieldMappings: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('smaily_field_mappings')
      .addColumn('position', 'integer', (column) => column.primaryKey())
      .addColumn('smaily_field', 'text', (column) => column.notNull().unique())
      .addColumn('contact_field', 'text', (column) => column.notNull())
      .addColumn('value_kind', 'text', (column) => column.notNull()) // 'value' (Väärtus) | 'description' (Kirjeldus)
      .addColumn('type_code', 'text') // Objekti/Klassifikaatori tüüp, only for Classification and Objects
      .execute();
    // Smaily päringu väljad starts with the standard rows of Standard Books: e-mail and name.
    await db
      .insertInto('smaily_field_mappings')
      .values([
        { position: 0, smaily_field: 'email', contact_field: 'eMail', value_kind: 'value', type_code: null },
        { position: 1, smaily_field: 'name', contact_field: 'Name', value_kind: 'value', type_code: null },
      ])
      .execute();
  },
};
