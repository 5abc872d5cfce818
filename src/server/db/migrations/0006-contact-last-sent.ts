import type { Kysely, Migration } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration describes the database of its own time */
export const contactLastSent: Migration = {
  // The card shows when Smaily last accepted the contact, whether from the card or in a bulk push.
  async up(db: Kysely<any>) {
    await db.schema.alterTable('contacts').addColumn('last_sent_at', 'text').execute();
  },
};
