import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmailySandbox } from '../../sandbox/sandbox';
import type { SandboxRequest, SmailySandbox } from '../../sandbox/types';
import { createRateLimiterRegistry } from './rate-limiter';
import { newSmailyAccount, newTestClient } from '../testing/smaily-client';

const LIMIT = 8;
// As in production (4 against Smaily's 5): one request of room for a request that reaches the server late.
const CLIENT_LIMIT = LIMIT - 1;
let sandbox: SmailySandbox;
beforeAll(async () => {
  sandbox = await startSmailySandbox({ maxRps: LIMIT });
});
afterAll(() => sandbox.close());

/** The most requests that arrived within any 1000 ms, as the sandbox timed them. */
function busiestSecond(requests: SandboxRequest[]): number {
  const times = requests.map((request) => request.receivedAt).sort((a, b) => a - b);
  return Math.max(0, ...times.map((start) => times.filter((time) => time >= start && time < start + 1000).length));
}

describe('one rate limiter per account, shared by every client of the process', () => {
  it('two separate clients bursting at one account together stay within the limit', async () => {
    // No rateLimiters option: both clients fall back to the process-wide registry.
    const jobs = newTestClient(sandbox, { maxRps: CLIENT_LIMIT, rateLimiters: undefined });
    const probes = newTestClient(sandbox, { maxRps: CLIENT_LIMIT, rateLimiters: undefined });
    const account = newSmailyAccount(sandbox);
    // The sandbox shares this process's event loop: its first requests are handled late because the code is
    // still cold, which a remote Smaily would not do to our timing. Warm it up on another account first.
    const warmUp = newSmailyAccount(sandbox);
    await Promise.all(Array.from({ length: CLIENT_LIMIT }, () => probes.client.probe(warmUp)));

    const outcomes = await Promise.all([
      ...Array.from({ length: 7 }, (_, i) => jobs.client.upsertContacts(account, [{ email: `j${i}@example.ee` }])),
      ...Array.from({ length: 6 }, () => probes.client.probe(account)),
    ]);

    expect(outcomes.map((outcome) => [outcome.kind, outcome.attempts])).toEqual(Array(13).fill(['ok', 1]));
    const requests = sandbox.requests(account.subdomain);
    expect(requests.map((request) => request.status)).toEqual(Array(13).fill(200));
    // What Smaily would see: never more than its limit within any second, so never a 429.
    expect(busiestSecond(requests)).toBeLessThanOrEqual(LIMIT);
    expect(sandbox.contacts(account.subdomain)).toHaveLength(7);
  });

  it('(control) clients with separate limiters do exceed it, and the sandbox answers 429', async () => {
    const retry = { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 };
    const a = newTestClient(sandbox, { maxRps: LIMIT, retry, rateLimiters: createRateLimiterRegistry() });
    const b = newTestClient(sandbox, { maxRps: LIMIT, retry, rateLimiters: createRateLimiterRegistry() });
    const account = newSmailyAccount(sandbox);

    const outcomes = await Promise.all([
      ...Array.from({ length: 6 }, () => a.client.probe(account)),
      ...Array.from({ length: 6 }, () => b.client.probe(account)),
    ]);

    expect(outcomes.filter((outcome) => outcome.kind === 'rate-limited')).toHaveLength(12 - LIMIT);
  });
});
