import type { SbReadCounts, SbRegisterKey } from '../../shared/standard-books-sync';
import type { RecordRejection } from './record-text';

/** What applying one page did; the counts are added to the register's. */
export interface PageResult {
  counts: SbReadCounts;
  rejections: RecordRejection[];
}

/** The code lists' tables, by register. */
export const codeListTables = {
  customerClasses: 'customer_classes',
  classificationTypes: 'classification_types',
  classifications: 'classifications',
  objectTypes: 'object_types',
  objects: 'objects',
} as const satisfies Record<Exclude<SbRegisterKey, 'contacts'>, string>;
export type CodeListKey = keyof typeof codeListTables;

/** The table of a register (contacts included), for what every one of them has: code, source and the read marks. */
export const registerTable = (key: SbRegisterKey) => (key === 'contacts' ? 'contacts' : codeListTables[key]);
