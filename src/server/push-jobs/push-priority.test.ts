import { afterEach, describe, expect, it } from 'vitest';
import { expectedDemoPush } from '../testing/push-fixture';
import { polling, startPushTest, type PushTest } from '../testing/push-test';

let t: PushTest;
afterEach(() => t.close());

describe('a push from a card while a job runs', () => {
  it('goes to Smaily ahead of the batches the job has queued, and the job still completes', async () => {
    // Two requests a second and up to ten batches in flight: the job queues batches at the rate limiter.
    t = await startPushTest({ contacts: 60, env: { SMAILY_MAX_RPS: '2', SMAILY_TIMEOUT_MS: '10000' } });
    const expected = expectedDemoPush(60, 10);
    const card = expected.outcomes.filter((row) => row.outcome === 'sent').at(-1)?.code ?? '';
    const { id } = await t.start({ confirmAll: true });
    await expect.poll(() => t.posts().length, polling).toBe(2);

    const pushed = await t.user.post(`/api/contacts/${card}/push`, { confirm: [] });

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
