import { http, HttpResponse } from 'msw';
import { pushFiltersSchema, type DryRun, type PushJob } from '../../shared/push-jobs';
import type { Lookups } from '../../shared/registers';
import type { SmailyStatus } from '../../shared/smaily-account';
import { mswServer } from './msw-server';

export const lookups: Lookups = {
  customerClasses: [
    { code: 'VKE', name: 'Väikeettevõte' },
    { code: 'SUUR', name: 'Suurklient' },
  ],
  classificationTypes: [{ code: 'PIIRK', name: 'Piirkond' }],
  classifications: [
    { code: 'HARJU', name: 'Harjumaa', typeCode: 'PIIRK' },
    { code: 'TARTU', name: 'Tartumaa', typeCode: 'PIIRK' },
  ],
  objectTypes: [],
  objects: [],
};

export const activeSmaily: SmailyStatus = {
  state: 'active',
  address: 'firma.sendsmaily.net',
  username: 'api',
  activatedAt: '2026-11-01T10:00:00.000Z',
  activatedBy: 'Mari Maasikas',
  result: { code: 'activated', at: '2026-11-01T10:00:00.000Z' },
  failure: null,
};

export const inactiveSmaily: SmailyStatus = {
  state: 'inactive',
  address: null,
  username: null,
  activatedAt: null,
  activatedBy: null,
  result: null,
  failure: null,
};

/** Job 9, stopped by Smaily's 401 at `finishedAt` with 54 contacts not sent. */
export const stoppedJob = (finishedAt: string) =>
  pushJob({
    id: 9,
    status: 'stopped',
    stopReason: 'unauthorized',
    finishedAt,
    counts: { sent: 50, notSent: 54, pending: 0 },
  });

const noSkips = {
  forgotten: 0,
  'removed-from-standard-books': 0,
  closed: 0,
  'no-email': 0,
  'invalid-email': 0,
  'duplicate-email': 0,
};

/** A job of 120 contacts of VKE (16 skipped), at the stage `counts` says. */
export function pushJob(
  overrides: Omit<Partial<PushJob>, 'counts'> & { counts?: Partial<PushJob['counts']> } = {},
): PushJob {
  const { counts, ...rest } = overrides;
  return {
    id: 7,
    status: 'running',
    filters: { custCat: 'VKE' },
    subdomain: 'firma',
    startedAt: '2026-11-28T13:40:00.000Z',
    finishedAt: null,
    startedBy: { id: 1, name: 'Mari Maasikas' },
    resendOf: null,
    counts: { total: 120, sent: 0, skipped: 16, failed: 0, notSent: 0, pending: 104, ...counts },
    skippedByReason: { ...noSkips, closed: 3, 'no-email': 5, 'invalid-email': 2, 'duplicate-email': 6 },
    batches: { total: 5, acknowledged: 0 },
    stopReason: null,
    detailsDeletedAt: null,
    ...rest,
  };
}

/** The dry run of each choice, keyed by "custCat|classification". */
const consent = { unsubscribed: 0, closedToForget: 0, consentReadAt: null };

export const dryRuns: Record<string, DryRun> = {
  '|': {
    matching: 300,
    toSend: 280,
    skipped: { ...noSkips, closed: 4, 'no-email': 8, 'invalid-email': 3, 'duplicate-email': 5 },
    ...consent,
  },
  'VKE|': {
    matching: 120,
    toSend: 104,
    skipped: { ...noSkips, closed: 3, 'no-email': 5, 'invalid-email': 2, 'duplicate-email': 6 },
    ...consent,
  },
  'VKE|HARJU': { matching: 40, toSend: 40, skipped: noSkips, ...consent },
  '|HARJU': { matching: 90, toSend: 85, skipped: { ...noSkips, 'no-email': 5 }, ...consent },
  'SUUR|TARTU': { matching: 0, toSend: 0, skipped: noSkips, ...consent },
};

interface Serve {
  smaily?: SmailyStatus;
  latest?: PushJob | null;
  jobs?: PushJob[];
}

/** The answers every test needs; returns the dry-run bodies the dialog sent, parsed with the shared schema. */
export function serveBasics({ smaily = activeSmaily, latest = null, jobs = [] }: Serve = {}) {
  const dryRunBodies: unknown[] = [];
  mswServer.use(
    http.get('/api/lookups', () => HttpResponse.json(lookups)),
    http.get('/api/smaily/status', () => HttpResponse.json(smaily)),
    http.get('/api/auth/me', () =>
      HttpResponse.json({ id: 1, name: 'Mari Maasikas', email: 'mari@example.test', role: 'admin' }),
    ),
    http.get('/api/push-jobs/latest', () => HttpResponse.json({ job: latest })),
    http.get('/api/push-jobs', () => HttpResponse.json({ items: jobs, total: jobs.length })),
    http.post('/api/push-jobs/dry-run', async ({ request }) => {
      const filters = pushFiltersSchema.parse(await request.json());
      dryRunBodies.push(filters);
      const answer = dryRuns[`${filters.custCat ?? ''}|${filters.classification ?? ''}`];
      return answer ? HttpResponse.json(answer) : HttpResponse.json({ message: 'no fixture' }, { status: 500 });
    }),
  );
  return dryRunBodies;
}
