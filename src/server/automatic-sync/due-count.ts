import { setImmediate } from 'node:timers/promises';
import type { PushFilters } from '../../shared/push-jobs';
import { PushDecider } from '../../shared/push-rules';
import type { Db } from '../db/database';
import { dueCandidatePages, isDue } from './due-pages';

/**
 * How many contacts a narrowed run would record, decided as its planner will (the rules over the whole selection
 * in code order first): 0 means no job. A turn of the event loop after each page keeps requests answered.
 */
export async function countDue(db: Db, filters: PushFilters, subdomain: string): Promise<number> {
  const decider = new PushDecider();
  let due = 0;
  for await (const page of dueCandidatePages(db, filters, subdomain, null)) {
    for (const candidate of page.candidates) {
      if (isDue(candidate, decider.decide(candidate))) due += 1;
    }
    await setImmediate();
  }
  return due;
}
