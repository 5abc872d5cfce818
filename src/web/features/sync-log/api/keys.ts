import type { SyncLogQuery } from '../../../../shared/sync-log';

/** Query keys of Sünkroniseerimise logi. */
export const syncLogKeys = {
  all: ['sync-log'] as const,
  list: (query: SyncLogQuery) => ['sync-log', 'list', query] as const,
};
