import { afterEach, describe, expect, it } from 'vitest';
import { expectedFromFixture } from '../testing/push-fixture';
import { startPushTest, until, type PushTest } from '../testing/push-test';

let t: PushTest;
afterEach(() => t.close());

describe('a push from a card while a job runs', () => {
  it('goes to Smaily ahead of the batches the job has queued, and the job still completes', async () => {
    // Two requests a second and up to ten batches in flight: the job queues batches at the rate limiter.
    t = await startPushTest({ contacts: 100, env: { SMAILY_MAX_RPS: '2', SMAILY_TIMEOUT_MS: '10000' } });
    const expected = expectedFromFixture(100, 10);
    const card = expected.outcomes.filter((row) => row.outcome === 'sent').at(-1)?.code ?? '';
    const { id } = await t.start({ confirmAll: true });
    await until(
      () => t.posts().length,
      (count) => count === 2,
    );

    const pushed = await t.call('POST', `/api/contacts/${card}/push`, { confirm: [] });

    expect(pushed.statusCode, pushed.body).toBe(200);
    expect(pushed.json()).toMatchObject({ outcome: 'sent' });
    // Answered before the job's third batch reached Smaily: the card's one object went ahead of it.
    const kinds = () => t.posts().map((request) => (Array.isArray(request.body) ? 'batch' : 'card'));
    expect(kinds()).toEqual(['batch', 'batch', 'card']);
    expect(await t.waitForEnd(id)).toMatchObject({
      status: 'completed',
      counts: { sent: expected.sent.length, failed: 0, notSent: 0, pending: 0 },
    });
    expect(kinds().slice(3)).toEqual(expected.batches.slice(2).map(() => 'batch'));
  });
});
