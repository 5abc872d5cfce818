import { afterEach, describe, expect, it } from 'vitest';
import type { SmailyPayload } from '../../shared/mapping-engine';
import type { SandboxFaultInput } from '../../sandbox/types';
import { expectedDemoPush, type Expected } from '../testing/push-fixture';
import { polling, rowsOf, startPushTest, type PushTest } from '../testing/push-test';

let t: PushTest;
afterEach(() => t.close());

const noFault = { kind: 'slow', delayMs: 0 } as const; // answers normally: a placeholder in the fault queue

/** What the sandbox should hold: each sent row's fields as text, unsubscribed when asked (or beforehand). */
function expectedStore(expected: Expected, unsubscribedBefore: string[] = []) {
  return expected.sent
    .map(({ email, is_unsubscribed: unsubscribed, ...fields }: SmailyPayload) => ({
      email: String(email),
      fields: Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, String(value)])),
      isUnsubscribed: unsubscribed === 1 || unsubscribedBefore.includes(String(email)),
    }))
    .sort((a, b) => a.email.localeCompare(b.email));
}

function sandboxStore(t: PushTest) {
  return t.sandbox
    .contacts(t.account.subdomain)
    .map(({ email, fields, isUnsubscribed }) => ({ email, fields, isUnsubscribed }))
    .sort((a, b) => a.email.localeCompare(b.email));
}

describe('a job against the sandbox over real HTTP', () => {
  it('rides out 500s, a 429 burst, an answer past the timeout and a dropped connection, and sends exactly the fixture', async () => {
    t = await startPushTest({ contacts: 60, env: { SMAILY_MAX_IN_FLIGHT: '1' } }); // faults served batch by batch
    const expected = expectedDemoPush(60, 10);
    const optedOut = expected.sent.find((row) => !('is_unsubscribed' in row))?.email as string;
    t.sandbox.unsubscribe(t.account.subdomain, optedOut);
    const faults: SandboxFaultInput[] = [
      500,
      500,
      500,
      noFault,
      429,
      429,
      429,
      noFault,
      { kind: 'slow', delayMs: 600 },
      noFault,
      { kind: 'drop' },
      noFault,
    ];
    t.failBatches(faults);

    const started = await t.start({ confirmAll: true });
    expect(started).toMatchObject({ status: 'running', filters: {}, subdomain: t.account.subdomain, resendOf: null });
    const job = await t.waitForEnd(started.id);

    expect(job).toMatchObject({
      status: 'completed',
      counts: { total: 60, sent: expected.sent.length, skipped: expected.skipped, failed: 0, notSent: 0, pending: 0 },
      skippedByReason: expected.skippedByReason,
      batches: { total: expected.batches.length, acknowledged: expected.batches.length },
      stopReason: null,
      startedBy: { name: 'Kati Kasutaja' },
    });
    expect(job.finishedAt).not.toBeNull();

    // Each fault was served, and the same batch came again right after it.
    const posts = t.posts();
    expect(posts.slice(0, faults.length).map((request) => request.fault?.kind ?? null)).toEqual(
      faults.map((fault) => (typeof fault === 'number' ? 'status' : fault.kind)),
    );
    posts.forEach((request, index) => {
      if (request.fault && !(request.fault.kind === 'slow' && request.fault.delayMs === 0)) {
        expect(posts[index + 1]?.rawBody).toBe(request.rawBody);
      }
    });
    expect(posts.slice(0, faults.length).map((request) => request.status)).toEqual([
      500,
      500,
      500,
      200,
      429,
      429,
      429,
      200,
      200,
      200,
      null,
      200,
    ]);
    // Batch by batch, in code order, each body as the fixture says (retries aside).
    const bodies = posts.map((request) => request.rawBody).filter((body, index, all) => body !== all[index - 1]);
    // Unsubscribed in Smaily before the start: the start read it, so the job sends that contact unsubscribed.
    const withConsent = expected.batches.map((batch) =>
      batch.map((row) => (row.email === optedOut ? { ...row, is_unsubscribed: 1 } : row)),
    );
    expect(bodies.map((body) => JSON.parse(body) as unknown)).toEqual(withConsent);

    expect(posts.flatMap(rowsOf).filter((row) => 'is_unsubscribed' in row && row.is_unsubscribed !== 1)).toEqual([]);
    expect(t.sandbox.getContact(t.account.subdomain, optedOut)?.isUnsubscribed).toBe(true);
    expect(sandboxStore(t)).toEqual(expectedStore(expected, [optedOut]));

    const outcomes = await t.outcomes(job.id);
    expect(
      outcomes.map(({ code, outcome, reason, detail }) => ({ code, outcome, reason, duplicateOf: detail })),
    ).toEqual(expected.outcomes);
    expect(new Set(outcomes.map((row) => row.code)).size).toBe(60);
    // The card tells when Smaily last took the contact: a sent one now, a skipped one never.
    const lastSent = async (code: string | undefined) =>
      (await t.user.get(`/api/contacts/${code ?? ''}/smaily`)).json<{ lastSentAt: string | null }>().lastSentAt;
    expect(await lastSent(expected.outcomes.find((row) => row.outcome === 'sent')?.code)).toEqual(expect.any(String));
    expect(await lastSent(expected.outcomes.find((row) => row.outcome === 'skipped')?.code)).toBeNull();
  });

  it('splits a batch answered 203 and fails only its three invalid addresses, with Smaily’s code and message', async () => {
    t = await startPushTest({ contacts: 60 });
    const expected = expectedDemoPush(60, 10);
    const secondBatch = expected.batches[1] ?? [];
    const invalid = [secondBatch[1], secondBatch[4], secondBatch[8]].map((row) => String(row?.email));
    t.sandbox.markInvalid(t.account.subdomain, invalid);

    const job = await t.waitForEnd((await t.start({ confirmAll: true })).id);

    expect(job).toMatchObject({
      status: 'completed',
      counts: {
        total: 60,
        sent: expected.sent.length - 3,
        skipped: expected.skipped,
        failed: 3,
        notSent: 0,
        pending: 0,
      },
      batches: { total: expected.batches.length, acknowledged: expected.batches.length },
    });
    const failed = (await t.outcomes(job.id)).filter((row) => row.outcome === 'failed');
    expect(failed).toEqual(
      invalid.map((email) => ({
        code: expect.any(String) as string,
        outcome: 'failed',
        reason: 'smaily-error',
        detail: null,
        smaily_code: 204,
        smaily_message: `Invalid email address provided - ${email}`,
      })),
    );
    expect(failed.map((row) => row.code)).toEqual(invalid.map((email) => expectedCode(expected, email)));
    // Every other contact of the batch (and of the job) is in Smaily, the three are not.
    const stored = sandboxStore(t).map((contact) => contact.email);
    expect(stored).toEqual(
      expectedStore(expected)
        .map((contact) => contact.email)
        .filter((email) => !invalid.includes(email)),
    );
    // The batch was answered 203, then halved; each bad address alone got 204.
    const answers = t.posts().map((request) => [rowsOf(request).length, request.code]);
    expect(answers.filter(([, code]) => code === 204)).toEqual([
      [1, 204],
      [1, 204],
      [1, 204],
    ]);
    expect(answers[1]).toEqual([10, 203]);
  });

  it('keeps what it fixed at its start when the mapping and a contact change during the run', async () => {
    t = await startPushTest({ contacts: 60, env: { SMAILY_TIMEOUT_MS: '5000' } });
    const expected = expectedDemoPush(60, 10);
    t.failBatches([{ kind: 'slow', delayMs: 300 }]);
    const started = await t.start({ confirmAll: true });
    await expect.poll(() => t.posts().length, polling).toBe(1);

    // While the first batch is in flight: a new grid, and a contact of a later batch renamed.
    const grid = await t.admin.put('/api/smaily-fields', {
      rows: [
        { smailyField: 'email', contactField: 'eMail', valueKind: 'value', typeCode: null },
        { smailyField: 'linn', contactField: 'InvAddr1', valueKind: 'value', typeCode: null },
      ],
    });
    expect(grid.statusCode).toBe(200);
    const code = expected.sentCodes[35] ?? '';
    const card = (await t.user.get(`/api/contacts/${code}`)).json<Record<string, unknown>>();
    const { DateCreated: _created, DateChanged: _changed, ...input } = card;
    expect((await t.user.put(`/api/contacts/${code}`, { ...input, Name: 'Uus Nimi' })).statusCode).toBe(200);

    const job = await t.waitForEnd(started.id);
    expect(job.status).toBe('completed');
    const bodies = t.posts().map((request) => JSON.parse(request.rawBody) as unknown);
    expect(bodies).toEqual(expected.batches);
  });
});

function expectedCode(expected: Expected, email: string): string | undefined {
  return expected.sentCodes[expected.sent.findIndex((row) => row.email === email)];
}
