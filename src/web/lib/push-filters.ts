import type { PushFilters } from '../../shared/push-jobs';

/** A cleared field means "no filter": it is left out, so that equal choices share one dry-run key. */
export function chosenFilters({ custCat, classification }: PushFilters): PushFilters {
  return { ...(custCat && { custCat }), ...(classification && { classification }) };
}
