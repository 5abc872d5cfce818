import type { PushFilters } from '../../../../shared/push-jobs';

/** Query keys of the bulk push, one shape: [resource, verb, params], ids as strings. */
export const pushJobKeys = {
  all: ['push-jobs'] as const,
  lists: ['push-jobs', 'list'] as const,
  list: (page: number, pageSize: number) => ['push-jobs', 'list', { page, pageSize }] as const,
  latest: ['push-jobs', 'latest'] as const,
  details: ['push-jobs', 'detail'] as const,
  detail: (id: number) => ['push-jobs', 'detail', String(id)] as const,
  dryRuns: ['push-jobs', 'dry-run'] as const,
  dryRun: (filters: PushFilters) => ['push-jobs', 'dry-run', filters] as const,
};
