import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { isActiveJobStatus, type PushJob } from '../../../../shared/push-jobs';
import { useLatestPushJob } from '../api/get-latest-push-job';

// The job the user has to see on arrival: one still running, or one Smaily stopped that waits to be resumed.
function waitingFor(job: PushJob | null | undefined): number | null {
  return job && (isActiveJobStatus(job.status) || job.status === 'stopped') ? job.id : null;
}

function jobIdFrom(value: string | null): number | null {
  return value !== null && /^[1-9]\d{0,15}$/.test(value) ? Number(value) : null;
}

/**
 * Which job the dialog shows: the one in the address (?job=ID — a reload, a reopened dialog and Sünkroniseerimise logi's
 * link all show it), or on arrival the job that needs the user. null: the dialog offers a new push.
 */
export function useShownJob() {
  const [params, setParams] = useSearchParams();
  const fromAddress = jobIdFrom(params.get('job'));
  const latest = useLatestPushJob();
  // Decided once, from the first fresh answer: a job someone starts later is offered, not jumped to.
  const [arrival, setArrival] = useState<number | null | undefined>(undefined);
  if (arrival === undefined && latest.isFetchedAfterMount) setArrival(waitingFor(latest.data?.job));
  const jobId = fromAddress ?? arrival ?? null;

  // The job adopted on arrival goes into the address too, so that it stays shown after it ends and on reload.
  useEffect(() => {
    if (fromAddress === null && arrival) setParams({ job: String(arrival) }, { replace: true });
  }, [fromAddress, arrival, setParams]);

  return {
    jobId,
    /** Still finding out whether a job waits for the user (only when the address names none). */
    deciding: jobId === null && arrival === undefined,
    showJob: (id: number) => setParams({ job: String(id) }, { replace: true }),
    showForm: () => {
      setArrival(null);
      setParams({}, { replace: true });
    },
  };
}

export type ShownJob = ReturnType<typeof useShownJob>;
