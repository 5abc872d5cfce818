import type { SmailyLogQuery } from '../../../../shared/smaily-log';

/** Query keys of Smaily logi. */
export const smailyLogKeys = {
  all: ['smaily-log'] as const,
  list: (query: SmailyLogQuery) => ['smaily-log', 'list', query] as const,
};
