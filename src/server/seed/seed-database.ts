import type { Db } from '../db/database';
import { insertContacts } from '../contacts/contact-store';
import { generateDemoContacts, type DemoContact } from './demo-contacts';
import {
  demoClassifications,
  demoClassificationTypes,
  demoCustomerClasses,
  demoObjects,
  demoObjectTypes,
} from './demo-registers';

export class SeedRefusedError extends Error {}

/**
 * Fills an empty database with the demo. A database that already holds contacts or code lists is refused:
 * made-up contacts must never mix with a company's real ones.
 */
export async function seedDemoData(db: Db, contactCount: number): Promise<void> {
  const existing = await db.selectFrom('contacts').select('id').limit(1).executeTakeFirst();
  const existingClass = await db.selectFrom('customer_classes').select('code').limit(1).executeTakeFirst();
  if (existing || existingClass)
    throw new SeedRefusedError('The database already has data; demo data goes only into an empty one.');

  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('customer_classes')
      .values([...demoCustomerClasses])
      .execute();
    await trx
      .insertInto('classification_types')
      .values([...demoClassificationTypes])
      .execute();
    await trx
      .insertInto('classifications')
      .values(demoClassifications.map(({ code, name, typeCode }) => ({ code, name, type_code: typeCode })))
      .execute();
    await trx
      .insertInto('object_types')
      .values([...demoObjectTypes])
      .execute();
    await trx
      .insertInto('objects')
      .values(demoObjects.map(({ code, name, typeCode }) => ({ code, name, type_code: typeCode })))
      .execute();

    const now = new Date();
    let batch: DemoContact[] = [];
    for (const contact of generateDemoContacts(contactCount)) {
      batch.push(contact);
      if (batch.length === 5000) {
        await insertContacts(trx, batch, now);
        batch = [];
      }
    }
    await insertContacts(trx, batch, now);
  });
}
