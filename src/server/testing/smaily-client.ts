import { parseSmailyAddress } from '../../shared/smaily-address';
import { addTestAccount, captureLogger } from './smaily-sandbox';
import type { SmailySandbox } from '../../sandbox/types';
import { createSmailyClient } from '../smaily/client';
import { createRateLimiterRegistry } from '../smaily/rate-limiter';
import type { SmailyAccount, SmailyClientOptions } from '../smaily/types';

/** A sandbox account as the client takes it: the subdomain goes through the parser like a user's input would. */
export function newSmailyAccount(sandbox: SmailySandbox): SmailyAccount {
  const account = addTestAccount(sandbox);
  const parsed = parseSmailyAddress(account.subdomain);
  if (!parsed.ok) throw new Error(`test account ${account.subdomain} is not a Smaily subdomain`);
  return { ...account, subdomain: parsed.subdomain };
}

/**
 * A client pointed at the sandbox that records its backoff waits instead of waiting, with a fixed jitter
 * of 0.5, its own rate limiter (so tests do not share one) and its log captured.
 */
export function newTestClient(sandbox: SmailySandbox, overrides: Partial<SmailyClientOptions> = {}) {
  const delays: number[] = [];
  const log = captureLogger();
  const client = createSmailyClient({
    urlTemplate: sandbox.urlTemplate,
    maxRps: 100,
    timeoutMs: 2000,
    probeTimeoutMs: 2000,
    retry: { attempts: 3, baseDelayMs: 1000, maxDelayMs: 30_000 },
    random: () => 0.5,
    sleep: (ms) => {
      delays.push(ms);
      return Promise.resolve();
    },
    logger: log.logger,
    rateLimiters: createRateLimiterRegistry(),
    ...overrides,
  });
  return { client, delays, log };
}

/**
 * Subdomains the client must refuse. Each may reach it with a SmailySubdomain type through a cast, a stale database
 * row or a bug; with the sandbox's path template several would otherwise address another account or another path.
 * The activation API's tests post the same table as user input.
 */
export const HOSTILE_SUBDOMAINS: readonly string[] = [
  'evil.com',
  'evil.com/x.sendsmaily.net',
  'x.sendsmaily.net.evil.com',
  'x.sendsmaily.net@evil.com',
  'user@x.sendsmaily.net',
  'x.sendsmaily.net:8443',
  'http://x.sendsmaily.net',
  'https://x.sendsmaily.net',
  '127.0.0.1',
  '2130706433',
  '[::1]',
  'ԁemo',
  'x.sendsmaily.net.',
  '',
  '   ',
  'x'.repeat(64),
  'Demo',
  'demo.sendsmaily.net',
  ' demo',
  '../acct1',
  'acct1/api/contact.php?',
  'acct1%2f..',
  'acct1#',
  'acct1\r\nX-Injected: 1',
];
