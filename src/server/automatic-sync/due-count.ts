import type { PushFilters } from '../../shared/push-jobs';
import type { Db } from '../db/database';
import { dueContacts } from './due-contacts';

/** How many contacts a narrowed run would record, decided as its planner will: 0 means no job. */
export async function countDue(db: Db, filters: PushFilters, subdomain: string): Promise<number> {
  return (await dueContacts(db, filters, subdomain)).length;
}
