import type { RegisterKind } from '../../shared/registers';
import type { Db } from '../db/database';

/** Who uses a register entry: contacts, entries of a type, and rows of Smaily päringu väljad. */
export interface Usage {
  contacts: number;
  classifications: number;
  objects: number;
  mappingRows: number;
}

const none: Usage = { contacts: 0, classifications: 0, objects: 0, mappingRows: 0 };

async function countRows(query: {
  executeTakeFirstOrThrow: () => Promise<{ count: number | string | bigint }>;
}): Promise<number> {
  return Number((await query.executeTakeFirstOrThrow()).count);
}

/** Smaily field mapping rows that keep only classifications (or objects) of this type. */
function countMappingRows(db: Db, contactField: 'Classification' | 'Objects', typeCode: string): Promise<number> {
  return countRows(
    db
      .selectFrom('smaily_field_mappings')
      .select((eb) => eb.fn.countAll().as('count'))
      .where('contact_field', '=', contactField)
      .where('type_code', '=', typeCode),
  );
}

export async function countUsage(db: Db, kind: RegisterKind, code: string): Promise<Usage> {
  switch (kind) {
    case 'customerClasses':
      return {
        ...none,
        contacts: await countRows(
          db
            .selectFrom('contacts')
            .select((eb) => eb.fn.countAll().as('count'))
            .where('cust_cat', '=', code),
        ),
      };
    case 'classifications':
      return {
        ...none,
        contacts: await countRows(
          db
            .selectFrom('contact_classifications')
            .select((eb) => eb.fn.count('contact_id').distinct().as('count'))
            .where('classification_code', '=', code),
        ),
      };
    case 'objects':
      return {
        ...none,
        contacts: await countRows(
          db
            .selectFrom('contact_objects')
            .select((eb) => eb.fn.count('contact_id').distinct().as('count'))
            .where('object_code', '=', code),
        ),
      };
    case 'classificationTypes':
      return {
        ...none,
        classifications: await countRows(
          db
            .selectFrom('classifications')
            .select((eb) => eb.fn.countAll().as('count'))
            .where('type_code', '=', code),
        ),
        mappingRows: await countMappingRows(db, 'Classification', code),
      };
    case 'objectTypes':
      return {
        ...none,
        objects: await countRows(
          db
            .selectFrom('objects')
            .select((eb) => eb.fn.countAll().as('count'))
            .where('type_code', '=', code),
        ),
        mappingRows: await countMappingRows(db, 'Objects', code),
      };
  }
}

export function isUsed(usage: Usage): boolean {
  return Object.values(usage).some((count) => count > 0);
}
