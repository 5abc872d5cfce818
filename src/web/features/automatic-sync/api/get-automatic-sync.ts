import { queryOptions, useQuery } from '@tanstack/react-query';
import { isActiveJobStatus } from '../../../../shared/push-jobs';
import { automaticSyncStatusSchema, type AutomaticSyncStatus } from '../../../../shared/automatic-sync';
import { api } from '../../../lib/api-client';
import { automaticSyncKeys } from './keys';

/** A pause or a new run shows within a minute on every page; cheap for the server (one small row). */
export const statusPollMs = 60_000;
/** While a run's job is sending (or waits for a person's job), its page follows it closely. */
export const runningPollMs = 2_000;

export const getAutomaticSync = (signal?: AbortSignal) =>
  api('/automatic-sync', { schema: automaticSyncStatusSchema, signal });

function runInProgress(status: AutomaticSyncStatus | undefined): boolean {
  const lastRun = status?.lastRun;
  if (!lastRun) return false;
  if (lastRun.outcome === 'waiting-for-job') return true;
  return lastRun.job !== null && isActiveJobStatus(lastRun.job.status);
}

/** `follow`: the settings page, which watches a run closely; the banner polls only modestly. */
export const getAutomaticSyncQueryOptions = ({ follow = false }: { follow?: boolean } = {}) =>
  queryOptions({
    queryKey: automaticSyncKeys.status(),
    queryFn: ({ signal }) => getAutomaticSync(signal),
    refetchInterval: (query) => (follow && runInProgress(query.state.data) ? runningPollMs : statusPollMs),
  });

export const useAutomaticSync = (options?: { follow?: boolean }) => useQuery(getAutomaticSyncQueryOptions(options));
