import { describe, expect, it } from 'vitest';
import { verdictOf } from './send-batch';
import { sendSplitting, type PartVerdict } from './split-batch';

/** A Smaily that answers 203 for a batch and 204 for a single row holding one of the bad addresses. */
function fakeSmaily(bad: readonly string[], stopAtCall?: number) {
  const calls: string[] = [];
  const send = (part: readonly string[]): Promise<PartVerdict> => {
    calls.push(part.join(''));
    if (calls.length === stopAtCall)
      return Promise.resolve({ kind: 'stop', stop: { reason: 'unauthorized', status: 401 } });
    const found = part.filter((row) => bad.includes(row));
    if (found.length === 0) return Promise.resolve({ kind: 'accepted' });
    if (part.length === 1)
      return Promise.resolve({ kind: 'rejected', code: 204, message: `Invalid email address provided - ${part[0]}` });
    return Promise.resolve({ kind: 'rejected', code: 203, message: 'Invalid data submitted' });
  };
  return { calls, send };
}

const rows = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

describe('splitting a batch Smaily rejected for bad data', () => {
  it('halves it down to the bad rows: these sub-batches, in this order', async () => {
    const smaily = fakeSmaily(['c', 'f']);
    const result = await sendSplitting(rows, smaily.send);
    expect(smaily.calls).toEqual(['abcdefgh', 'abcd', 'ab', 'cd', 'c', 'd', 'efgh', 'ef', 'e', 'f', 'gh']);
    expect(result.sent).toEqual(['a', 'b', 'd', 'e', 'g', 'h']);
    expect(result.failed).toEqual([
      {
        row: 'c',
        failure: {
          reason: 'smaily-error',
          detail: null,
          smailyCode: 204,
          smailyMessage: 'Invalid email address provided - c',
        },
      },
      {
        row: 'f',
        failure: {
          reason: 'smaily-error',
          detail: null,
          smailyCode: 204,
          smailyMessage: 'Invalid email address provided - f',
        },
      },
    ]);
    expect(result.stop).toBeNull();
  });

  it('gives the odd row to the first half, and sends an accepted batch once', async () => {
    const odd = fakeSmaily(['e']);
    await sendSplitting(['a', 'b', 'c', 'd', 'e'], odd.send);
    expect(odd.calls).toEqual(['abcde', 'abc', 'de', 'd', 'e']);

    const clean = fakeSmaily([]);
    expect(await sendSplitting(rows, clean.send)).toEqual({ sent: rows, failed: [], stop: null });
    expect(clean.calls).toEqual(['abcdefgh']);
  });

  it('stops at an account refusal and leaves the rest undecided', async () => {
    const smaily = fakeSmaily(['a'], 2);
    const result = await sendSplitting(['a', 'b', 'c', 'd'], smaily.send);
    expect(smaily.calls).toEqual(['abcd', 'ab']);
    expect(result).toEqual({ sent: [], failed: [], stop: { reason: 'unauthorized', status: 401 } });
  });

  it('fails every row of a part alike when Smaily gives no usable answer', async () => {
    const failure = { reason: 'server-error', detail: 'HTTP 503', smailyCode: null, smailyMessage: null } as const;
    const result = await sendSplitting(['a', 'b'], () => Promise.resolve({ kind: 'failed', failure }));
    expect(result.failed).toEqual([
      { row: 'a', failure },
      { row: 'b', failure },
    ]);
  });
});

describe('what a write outcome means for a job', () => {
  it.each([
    [{ kind: 'ok', body: { code: 101, message: 'OK' }, attempts: 1 }, { kind: 'accepted' }],
    [
      { kind: 'smaily-error', code: 203, message: 'Invalid data submitted', attempts: 1 },
      { kind: 'rejected', code: 203, message: 'Invalid data submitted' },
    ],
    [
      { kind: 'smaily-error', code: 204, message: 'Invalid email address provided - x', attempts: 1 },
      { kind: 'rejected', code: 204, message: 'Invalid email address provided - x' },
    ],
    [
      { kind: 'smaily-error', code: 205, message: 'Could not add or update provided contact', attempts: 1 },
      {
        kind: 'failed',
        failure: {
          reason: 'smaily-error',
          detail: null,
          smailyCode: 205,
          smailyMessage: 'Could not add or update provided contact',
        },
      },
    ],
    [
      { kind: 'unauthorized', status: 401, attempts: 1 },
      { kind: 'stop', stop: { reason: 'unauthorized', status: 401 } },
    ],
    [
      { kind: 'unauthorized', status: 403, attempts: 1 },
      { kind: 'stop', stop: { reason: 'unauthorized', status: 403 } },
    ],
    [
      { kind: 'unknown-account', status: 404, attempts: 1 },
      { kind: 'stop', stop: { reason: 'unknown-account', status: 404 } },
    ],
    [
      { kind: 'server-error', status: 503, attempts: 5 },
      {
        kind: 'failed',
        failure: { reason: 'server-error', detail: 'HTTP 503', smailyCode: null, smailyMessage: null },
      },
    ],
    [
      { kind: 'rate-limited', status: 429, attempts: 5 },
      {
        kind: 'failed',
        failure: { reason: 'rate-limited', detail: 'HTTP 429', smailyCode: null, smailyMessage: null },
      },
    ],
    [
      { kind: 'timeout', timeoutMs: 300, attempts: 5 },
      { kind: 'failed', failure: { reason: 'timeout', detail: null, smailyCode: null, smailyMessage: null } },
    ],
    [
      { kind: 'network-error', cause: 'ECONNRESET', attempts: 5 },
      {
        kind: 'failed',
        failure: { reason: 'network-error', detail: 'ECONNRESET', smailyCode: null, smailyMessage: null },
      },
    ],
  ] as const)('%o → %o', (outcome, verdict) => {
    expect(verdictOf(outcome)).toEqual(verdict);
  });
});
