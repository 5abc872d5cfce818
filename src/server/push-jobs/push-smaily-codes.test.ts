import { afterEach, describe, expect, it } from 'vitest';
import type { PushResult } from '../../shared/contact-push';
import type { PushJob } from '../../shared/push-jobs';
import { expectedDemoPush } from '../testing/push-fixture';
import { polling, startPushTest, type PushTest } from '../testing/push-test';

let t: PushTest;
afterEach(() => t.close());

const noFault = { kind: 'slow', delayMs: 0 } as const;
const noApiAccess = { kind: 'code', code: 202, message: 'Forbidden' } as const;
const unknownFailure = { kind: 'code', code: 205, message: 'Could not add or update provided contact' } as const;

const jobEnds = async (id: number) =>
  (
    await t.testApp.app.db
      .selectFrom('sync_log')
      .select(['outcome', 'smaily_code', 'details'])
      .where('kind', '=', 'job')
      .where('subject', '=', String(id))
      .orderBy('id')
      .execute()
  ).map((row) => {
    const details = JSON.parse(row.details ?? 'null') as Record<string, unknown>;
    return [details.action, row.outcome, row.smaily_code, details.stopReason ?? null];
  });

describe('code 202: the API user has no API access', () => {
  it('stops the job like a refused password, with the rest not sent; once access is granted, resume completes it', async () => {
    t = await startPushTest({ contacts: 40 });
    const expected = expectedDemoPush(40, 10);
    t.failBatches([noFault, noApiAccess]);
    const { id } = await t.start({ confirmAll: true });

    const stopped = await t.waitForEnd(id);
    const toSend = expected.sent.length;
    expect(stopped).toMatchObject({
      status: 'stopped',
      stopReason: 'no-api-access',
      counts: { sent: 10, failed: 0, notSent: toSend - 10, pending: 0 },
    });
    // Not a batch's failure: the batch Smaily answered 202 is not sent, not failed, and was asked only once.
    expect(t.posts().map((request) => request.code)).toEqual([101, 202]);
    const notSent = (await t.outcomes(id)).filter((row) => row.outcome === 'not-sent');
    expect(new Set(notSent.map((row) => row.reason))).toEqual(new Set(['no-api-access']));
    const report = await t.user.get(`/api/push-jobs/${id}/report.csv`);
    expect(report.body).toContain('Smaily API kasutajal pole API ligipääsu; töö peatus');

    const resumed = await t.user.post(`/api/push-jobs/${id}/resume`);
    expect(resumed.statusCode, resumed.body).toBe(200);
    expect(await t.waitForEnd(id)).toMatchObject({
      status: 'completed',
      counts: { sent: toSend, failed: 0, notSent: 0, pending: 0 },
    });
    expect(t.sandbox.contacts(t.account.subdomain)).toHaveLength(toSend);
    expect(await jobEnds(id)).toEqual([
      ['started', 'ok', null, null],
      ['stopped', 'failed', 202, 'no-api-access'],
      ['resumed', 'ok', null, null],
      ['completed', 'ok', null, null],
    ]);
  });

  it('the push from a card says so in its own words, with what Smaily said', async () => {
    t = await startPushTest({ contacts: 20 });
    const code = expectedDemoPush(20, 10).sentCodes[0];
    t.failBatches([noApiAccess]);
    const response = await t.user.post(`/api/contacts/${code}/push`, { confirm: [] });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<PushResult>()).toEqual({
      outcome: 'failed',
      reason: 'no-api-access',
      smailyCode: 202,
      smailyMessage: 'Forbidden',
    });
    expect(t.posts()).toHaveLength(1);
  });
});

describe('code 205: could not add or update, probably something in Smaily', () => {
  it('a batch answered 205 once is sent again and goes through', async () => {
    t = await startPushTest({ contacts: 30 });
    const expected = expectedDemoPush(30, 10);
    t.failBatches([noFault, unknownFailure]);
    const { id } = await t.start({ confirmAll: true });
    expect(await t.waitForEnd(id)).toMatchObject({
      status: 'completed',
      counts: { sent: expected.sent.length, failed: 0 },
    });
    expect(t.posts().map((request) => request.code)).toEqual([101, 205, ...expected.batches.slice(1).map(() => 101)]);
  });

  it('a batch answered 205 twice fails with Smaily’s code and message; the job goes on with the next batch', async () => {
    t = await startPushTest({ contacts: 30, env: { SMAILY_MAX_IN_FLIGHT: '1' } }); // faults served batch by batch
    const expected = expectedDemoPush(30, 10);
    t.failBatches([noFault, unknownFailure, unknownFailure]);
    const { id } = await t.start({ confirmAll: true });
    const done = await t.waitForEnd(id);
    const secondBatch = expected.batches[1] ?? [];
    expect(done).toMatchObject({
      status: 'completed',
      counts: { sent: expected.sent.length - secondBatch.length, failed: secondBatch.length, notSent: 0 },
    });
    const failed = (await t.outcomes(id)).filter((row) => row.outcome === 'failed');
    expect(failed).toHaveLength(secondBatch.length);
    for (const row of failed)
      expect(row).toMatchObject({
        reason: 'smaily-error',
        smaily_code: 205,
        smaily_message: 'Could not add or update provided contact',
      });
    // Two tries of the second batch, not the client's whole retry policy, and not split as bad data would be.
    await expect.poll(() => t.posts().length, polling).toBe(expected.batches.length + 1);
    expect(t.posts().map((request) => request.code)).toEqual([
      101,
      205,
      205,
      ...expected.batches.slice(2).map(() => 101),
    ]);
    expect(
      t
        .posts()
        .filter((request) => request.code === 205)
        .map((request) => JSON.parse(request.rawBody) as unknown),
    ).toEqual([secondBatch, secondBatch]);
    const resend = await t.user.post(`/api/push-jobs/${id}/resend`);
    expect(resend.statusCode).toBe(201);
    expect(await t.waitForEnd(resend.json<PushJob>().id)).toMatchObject({
      counts: { sent: secondBatch.length, failed: 0 },
    });
  });
});
