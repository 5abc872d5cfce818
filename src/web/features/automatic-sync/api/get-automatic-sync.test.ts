import { describe, expect, it } from 'vitest';
import { defaultAutomaticSyncSettings, type AutomaticSyncStatus } from '../../../../shared/automatic-sync';
import { pushJob } from '../../../testing/push-jobs-data';
import { getAutomaticSyncQueryOptions } from './get-automatic-sync';

const idle: AutomaticSyncStatus = {
  settings: defaultAutomaticSyncSettings,
  nextRunAt: null,
  lastRun: null,
  paused: null,
  wholeSelectionDue: false,
};
const sending: AutomaticSyncStatus = {
  ...idle,
  lastRun: { at: '2026-12-01T13:00:00.000Z', outcome: 'job', job: pushJob({ id: 12 }), nothingSince: null },
};

/** How long until the status is asked again, for what the query holds. */
function intervalOf(options: Parameters<typeof getAutomaticSyncQueryOptions>[0], data: AutomaticSyncStatus) {
  const { refetchInterval } = getAutomaticSyncQueryOptions(options);
  if (typeof refetchInterval !== 'function') throw new Error('refetchInterval is decided per answer');
  return refetchInterval({ state: { data } } as Parameters<typeof refetchInterval>[0]);
}

describe('how often the automatic sync’s status is asked', () => {
  it('every minute while someone is at the page, and not at all once they have left it alone', () => {
    expect(intervalOf({}, idle)).toBe(60_000);
    expect(intervalOf({ attended: false }, idle)).toBe(false);
  });

  it('every two seconds on the settings page while a run’s job sends, attended or not; the banner keeps its minute', () => {
    expect(intervalOf({ follow: true, attended: false }, sending)).toBe(2_000);
    expect(intervalOf({ follow: true }, idle)).toBe(60_000);
    expect(intervalOf({}, sending)).toBe(60_000);
  });
});
