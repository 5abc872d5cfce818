import type { Kysely, Migration } from 'kysely';

// Migrations use Kysely<any>: they describe the database as it was at their time, not as schema.ts says today.
/* eslint-disable @typescript-eslint/no-explicit-any */
export const foundation: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('users')
      .addColumn('id', 'integer', (column) => column.primaryKey().autoIncrement())
      .addColumn('email', 'text', (column) => column.notNull().unique())
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('role', 'text', (column) => column.notNull())
      .addColumn('password_hash', 'text', (column) => column.notNull())
      .addColumn('active', 'integer', (column) => column.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (column) => column.notNull())
      .execute();

    await db.schema
      .createTable('sessions')
      .addColumn('id_hash', 'text', (column) => column.primaryKey())
      .addColumn('user_id', 'integer', (column) => column.notNull().references('users.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (column) => column.notNull())
      .addColumn('expires_at', 'text', (column) => column.notNull())
      .execute();
    await db.schema.createIndex('sessions_user_id').on('sessions').column('user_id').execute();

    for (const table of ['customer_classes', 'classification_types', 'object_types']) {
      await db.schema
        .createTable(table)
        .addColumn('code', 'text', (column) => column.primaryKey())
        .addColumn('name', 'text', (column) => column.notNull())
        .execute();
    }
    await db.schema
      .createTable('classifications')
      .addColumn('code', 'text', (column) => column.primaryKey())
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('type_code', 'text', (column) => column.notNull().references('classification_types.code'))
      .execute();
    await db.schema
      .createTable('objects')
      .addColumn('code', 'text', (column) => column.primaryKey())
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('type_code', 'text', (column) => column.notNull().references('object_types.code'))
      .execute();

    await db.schema
      .createTable('contacts')
      .addColumn('id', 'integer', (column) => column.primaryKey().autoIncrement())
      .addColumn('code', 'text', (column) => column.notNull().unique())
      .addColumn('name', 'text', (column) => column.notNull())
      .addColumn('cust_type', 'integer', (column) => column.notNull().defaultTo(0))
      .addColumn('cust_cat', 'text', (column) => column.references('customer_classes.code'))
      .addColumn('email', 'text', (column) => column.notNull().defaultTo(''))
      .addColumn('phone', 'text', (column) => column.notNull().defaultTo(''))
      .addColumn('mobile', 'text', (column) => column.notNull().defaultTo(''))
      .addColumn('person', 'text', (column) => column.notNull().defaultTo(''))
      .addColumn('country_code', 'text', (column) => column.notNull().defaultTo(''))
      .addColumn('inv_addr0', 'text', (column) => column.notNull().defaultTo(''))
      .addColumn('inv_addr1', 'text', (column) => column.notNull().defaultTo(''))
      .addColumn('inv_addr2', 'text', (column) => column.notNull().defaultTo(''))
      .addColumn('inv_addr3', 'text', (column) => column.notNull().defaultTo(''))
      .addColumn('inv_addr4', 'text', (column) => column.notNull().defaultTo(''))
      .addColumn('vat_nr', 'text', (column) => column.notNull().defaultTo(''))
      .addColumn('reg_nr1', 'text', (column) => column.notNull().defaultTo(''))
      .addColumn('comment', 'text', (column) => column.notNull().defaultTo(''))
      .addColumn('no_mail_posting', 'integer', (column) => column.notNull().defaultTo(0))
      .addColumn('blocked', 'integer', (column) => column.notNull().defaultTo(0))
      .addColumn('date_created', 'text', (column) => column.notNull())
      .addColumn('date_changed', 'text', (column) => column.notNull())
      .addColumn('search_text', 'text', (column) => column.notNull())
      .addColumn('email_key', 'text', (column) => column.notNull().defaultTo(''))
      .execute();
    await db.schema.createIndex('contacts_cust_cat').on('contacts').columns(['cust_cat', 'code']).execute();
    await db.schema.createIndex('contacts_email_key').on('contacts').column('email_key').execute();

    await db.schema
      .createTable('contact_classifications')
      .addColumn('contact_id', 'integer', (column) => column.notNull().references('contacts.id').onDelete('cascade'))
      .addColumn('position', 'integer', (column) => column.notNull())
      .addColumn('classification_code', 'text', (column) => column.notNull().references('classifications.code'))
      .addPrimaryKeyConstraint('contact_classifications_pk', ['contact_id', 'position'])
      .execute();
    await db.schema
      .createIndex('contact_classifications_code')
      .on('contact_classifications')
      .columns(['classification_code', 'contact_id'])
      .execute();

    await db.schema
      .createTable('contact_objects')
      .addColumn('contact_id', 'integer', (column) => column.notNull().references('contacts.id').onDelete('cascade'))
      .addColumn('position', 'integer', (column) => column.notNull())
      .addColumn('object_code', 'text', (column) => column.notNull().references('objects.code'))
      .addPrimaryKeyConstraint('contact_objects_pk', ['contact_id', 'position'])
      .execute();
    await db.schema
      .createIndex('contact_objects_code')
      .on('contact_objects')
      .columns(['object_code', 'contact_id'])
      .execute();

    await db.schema
      .createTable('smaily_log')
      .addColumn('id', 'integer', (column) => column.primaryKey().autoIncrement())
      .addColumn('at', 'text', (column) => column.notNull())
      .addColumn('user_id', 'integer', (column) => column.references('users.id'))
      .addColumn('user_name', 'text')
      .addColumn('kind', 'text', (column) => column.notNull())
      .addColumn('subject', 'text')
      .addColumn('outcome', 'text', (column) => column.notNull())
      .addColumn('smaily_code', 'integer')
      .addColumn('smaily_message', 'text')
      .addColumn('details', 'text')
      .execute();
    await db.schema.createIndex('smaily_log_kind').on('smaily_log').columns(['kind', 'id']).execute();
  },
};
