import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmailySandbox } from '../../sandbox/sandbox';
import type { SmailySandbox } from '../../sandbox/types';
import { newSmailyAccount, newTestClient } from '../testing/smaily-client';

let sandbox: SmailySandbox;
beforeAll(async () => {
  // Smaily leaves this app two requests a second (something else uses the rest) and answers in a second.
  sandbox = await startSmailySandbox({ maxRps: 2, latencyMs: 1000 });
});
afterAll(() => sandbox.close());

describe('a limit shared with another client', () => {
  it('429s lower the account’s rate, one log line per change, and every call still goes through', async () => {
    const { client, log } = newTestClient(sandbox, {
      maxRps: 4,
      retry: { attempts: 5, baseDelayMs: 0, maxDelayMs: 0 },
    });
    const account = newSmailyAccount(sandbox);

    const outcomes = await Promise.all(
      Array.from({ length: 10 }, (_, i) => client.upsertContacts(account, [{ email: `c${i}@example.ee` }])),
    );

    expect(outcomes.map((outcome) => outcome.kind)).toEqual(Array(10).fill('ok'));
    const refused = sandbox.requests(account.subdomain).filter((request) => request.status === 429).length;
    const changes = log.entries().filter((entry) => typeof entry.toRps === 'number');
    // Four went out in the first second: two at least were refused, and 429s to requests that left before the
    // rate was lowered lower it no further.
    expect(refused).toBeGreaterThanOrEqual(2);
    expect(changes.length).toBeLessThan(refused);
    expect(changes[0]).toMatchObject({ level: 40, fromRps: 4, cause: 'rate-limited', subdomain: account.subdomain });
    expect(changes[0]?.toRps).toBeLessThan(2);
    changes.slice(1).forEach((change, index) => expect(change.fromRps).toBe(changes[index]?.toRps));
  });
});
