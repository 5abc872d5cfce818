import { useIdle } from '@mantine/hooks';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { isActiveJobStatus } from '../../../../shared/push-jobs';
import { automaticSyncStatusSchema, type AutomaticSyncStatus } from '../../../../shared/automatic-sync';
import { api } from '../../../lib/api-client';
import { automaticSyncKeys } from './keys';

/** A pause or a new run shows within a minute on every page; cheap for the server (one small row). */
export const statusPollMs = 60_000;
/** While a run's job is sending (or waits for a person's job), its page follows it closely. */
export const runningPollMs = 2_000;
/**
 * No one has touched the page for this long: the minute's poll stops (it resumes on the next key or mouse move).
 * Each request renews the session, so a poll that never stopped would keep an unattended tab signed in for ever.
 */
export const idleAfterMs = 10 * 60_000;

export const getAutomaticSync = (signal?: AbortSignal) =>
  api('/automatic-sync', { schema: automaticSyncStatusSchema, signal });

function runInProgress(status: AutomaticSyncStatus | undefined): boolean {
  const lastRun = status?.lastRun;
  if (!lastRun) return false;
  if (lastRun.outcome === 'waiting-for-job') return true;
  return lastRun.job !== null && isActiveJobStatus(lastRun.job.status);
}

interface PollOptions {
  /** The settings page, which follows a run closely while it sends. */
  follow?: boolean;
  /** Someone is at the page: the status is asked every minute. */
  attended?: boolean;
}

export const getAutomaticSyncQueryOptions = ({ follow = false, attended = true }: PollOptions = {}) =>
  queryOptions({
    queryKey: automaticSyncKeys.status(),
    queryFn: ({ signal }) => getAutomaticSync(signal),
    refetchInterval: (query) => {
      if (follow && runInProgress(query.state.data)) return runningPollMs;
      return attended ? statusPollMs : false;
    },
  });

export function useAutomaticSync({ follow = false }: { follow?: boolean } = {}) {
  const idle = useIdle(idleAfterMs, { initialState: false });
  return useQuery(getAutomaticSyncQueryOptions({ follow, attended: !idle }));
}
