import { isDeepStrictEqual } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import type { PushJob } from '../../shared/push-jobs';
import type { SandboxRequest } from '../../sandbox/types';
import { expectedDemoPush, type Expected } from '../testing/push-fixture';
import { polling, rowsOf, startPushTest, type PushTest } from '../testing/push-test';

let t: PushTest;
afterEach(() => t.close());

/** Smaily answering every request `delayMs` late (the sandbox still takes it in on arrival). */
const answeringIn = (delayMs: number, count: number) =>
  Array.from({ length: count }, () => ({ kind: 'slow', delayMs }) as const);

/** The most requests Smaily held unanswered at once, each answered `latencyMs` after it arrived. */
const mostOpen = (requests: SandboxRequest[], latencyMs: number) =>
  Math.max(
    ...requests.map(
      (request) =>
        requests.filter(
          (other) => other.receivedAt <= request.receivedAt && request.receivedAt < other.receivedAt + latencyMs,
        ).length,
    ),
  );

/** How many times each of the fixture's batches reached Smaily whole. */
const timesSent = (t: PushTest, expected: Expected) =>
  expected.batches.map((batch) => t.posts().filter((request) => isDeepStrictEqual(request.body, batch)).length);

/** The outcome rows of the contacts in the first `batches` batches, and of all the others to send. */
async function outcomesByBatch(t: PushTest, id: number, expected: Expected, batches: number) {
  const firstCount = expected.batches.slice(0, batches).reduce((sum, batch) => sum + batch.length, 0);
  const rows = await t.outcomes(id);
  const toSend = rows.filter((_, index) => expected.outcomes[index]?.outcome === 'sent');
  return { first: toSend.slice(0, firstCount), rest: toSend.slice(firstCount), firstCount };
}

describe('a job keeps several batches in flight', () => {
  it('sends the next batches while Smaily is still answering, up to SMAILY_MAX_IN_FLIGHT, each acknowledged once', async () => {
    t = await startPushTest({ contacts: 60, env: { SMAILY_MAX_IN_FLIGHT: '3', SMAILY_TIMEOUT_MS: '10000' } });
    const expected = expectedDemoPush(60, 10);
    t.failBatches(answeringIn(1500, expected.batches.length));

    const job = await t.waitForEnd((await t.start({ confirmAll: true })).id);

    expect(job).toMatchObject({
      status: 'completed',
      counts: { total: 60, sent: expected.sent.length, skipped: expected.skipped, failed: 0, notSent: 0, pending: 0 },
      batches: { total: expected.batches.length, acknowledged: expected.batches.length },
    });
    expect(mostOpen(t.posts(), 1500)).toBe(3);
    expect(timesSent(t, expected)).toEqual(expected.batches.map(() => 1));
    expect(t.posts()).toHaveLength(expected.batches.length);
    const outcomes = await t.outcomes(job.id);
    const brief = ({ code, outcome, reason }: { code: string; outcome: string; reason: string | null }) => ({
      code,
      outcome,
      reason,
    });
    expect(outcomes.map(brief)).toEqual(expected.outcomes.map(brief));
  });

  it('a 401 while batches are in flight starts no batch after it; the ones Smaily had are written as it answered', async () => {
    // Two requests a second: the batches after the refused third one are queued, not yet sent.
    t = await startPushTest({ contacts: 60, env: { SMAILY_MAX_RPS: '2', SMAILY_TIMEOUT_MS: '10000' } });
    const expected = expectedDemoPush(60, 10);
    t.failBatches([...answeringIn(2500, 2), 401]);

    const job = await t.waitForEnd((await t.start({ confirmAll: true })).id);

    const { first, rest, firstCount } = await outcomesByBatch(t, job.id, expected, 2);
    expect(job).toMatchObject({
      status: 'stopped',
      stopReason: 'unauthorized',
      counts: { sent: firstCount, failed: 0, notSent: expected.sent.length - firstCount, pending: 0 },
      batches: { total: expected.batches.length, acknowledged: 2 },
    });
    expect(t.posts().map((request) => request.status)).toEqual([200, 200, 401]);
    expect(mostOpen(t.posts(), 2500)).toBe(3); // the refusal came while Smaily still had the first two
    expect(new Set(first.map((row) => row.outcome))).toEqual(new Set(['sent']));
    expect(new Set(rest.map((row) => `${row.outcome} ${row.reason}`))).toEqual(new Set(['not-sent unauthorized']));
  });

  it('splits a batch answered 203 while the batches after it go on and complete', async () => {
    t = await startPushTest({ contacts: 60, env: { SMAILY_TIMEOUT_MS: '10000' } });
    const expected = expectedDemoPush(60, 10);
    const [second = [], ...others] = expected.batches.slice(1);
    const bad = String(second[4]?.email);
    t.sandbox.markInvalid(t.account.subdomain, [bad]);
    t.failBatches(answeringIn(600, 40));

    const job = await t.waitForEnd((await t.start({ confirmAll: true })).id);

    expect(job).toMatchObject({
      status: 'completed',
      counts: { sent: expected.sent.length - 1, failed: 1, notSent: 0, pending: 0 },
      batches: { total: expected.batches.length, acknowledged: expected.batches.length },
    });
    const failed = (await t.outcomes(job.id)).filter((row) => row.outcome === 'failed');
    expect(failed).toMatchObject([{ smaily_code: 204, reason: 'smaily-error' }]);
    expect(timesSent(t, expected)).toEqual(expected.batches.map(() => 1));
    // The split's parts and the other batches interleave at Smaily: neither waited for the other.
    const emails = new Set(second.map((row) => String(row.email)));
    const isPart = (request: SandboxRequest) => rowsOf(request).every((row) => emails.has(row.email as string));
    const parts = t.posts().flatMap((request, index) => (isPart(request) ? [index] : []));
    const otherAfterFirstPart = t
      .posts()
      .findIndex(
        (request, index) => index > (parts[0] ?? 0) && others.some((batch) => isDeepStrictEqual(request.body, batch)),
      );
    expect(parts.length).toBeGreaterThan(2);
    expect(otherAfterFirstPart).toBeGreaterThan(parts[0] ?? 0);
    expect(otherAfterFirstPart).toBeLessThan(parts.at(-1) ?? 0);
  });

  it('cancel while batches are in flight starts no new batch and records the in-flight ones as sent', async () => {
    t = await startPushTest({ contacts: 60, env: { SMAILY_MAX_RPS: '2', SMAILY_TIMEOUT_MS: '10000' } });
    const expected = expectedDemoPush(60, 10);
    t.failBatches(answeringIn(2000, 3));
    const { id } = await t.start({ confirmAll: true });
    await expect.poll(() => t.posts().length, polling).toBe(3);

    const cancelled = await t.user.post(`/api/push-jobs/${id}/cancel`);
    expect(cancelled.json<PushJob>().status).toBe('cancelling');
    const job = await t.waitForEnd(id);

    const { first, rest, firstCount } = await outcomesByBatch(t, id, expected, 3);
    expect(job).toMatchObject({
      status: 'cancelled',
      counts: { sent: firstCount, failed: 0, notSent: expected.sent.length - firstCount, pending: 0 },
      batches: { acknowledged: 3 },
    });
    expect(t.posts()).toHaveLength(3);
    expect(mostOpen(t.posts(), 2000)).toBe(3);
    expect(new Set(first.map((row) => row.outcome))).toEqual(new Set(['sent']));
    expect(new Set(rest.map((row) => `${row.outcome} ${row.reason}`))).toEqual(new Set(['not-sent cancelled']));
  });
});
