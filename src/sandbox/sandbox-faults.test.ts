import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmailySandbox } from './sandbox';
import { addTestAccount, callSandbox, captureLogger, postJson } from '../server/testing/smaily-sandbox';
import type { SmailySandbox } from './types';

const log = captureLogger('info');
let sandbox: SmailySandbox;
beforeAll(async () => {
  sandbox = await startSmailySandbox({ maxRps: 1000, logger: log.logger });
});
afterAll(() => sandbox.close());

const logOf = (subdomain: string) => log.entries().filter((entry) => entry.account === subdomain);

describe('failNext', () => {
  it('answers the queued statuses and body codes in order without processing, then answers normally', async () => {
    const account = addTestAccount(sandbox);
    sandbox.failNext(account.subdomain, [500, { kind: 'status', status: 429 }, { kind: 'code', code: 205 }]);
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await postJson(sandbox, account, { email: `f${i}@example.ee` }));
    expect(answers.map((answer) => [answer.status, answer.json])).toEqual([
      [500, { message: 'Internal Server Error' }],
      [429, { message: 'Too Many Requests' }],
      [200, { code: 205, message: 'Could not add or update provided contact' }],
      [200, { code: 101, message: 'OK' }],
    ]);
    expect(sandbox.contacts(account.subdomain).map((contact) => contact.email)).toEqual(['f3@example.ee']);
    expect(sandbox.requests(account.subdomain).map((request) => [request.status, request.fault?.kind ?? null])).toEqual(
      [
        [500, 'status'],
        [429, 'status'],
        [200, 'code'],
        [200, null],
      ],
    );
    expect(logOf(account.subdomain).map((entry) => [entry.status, entry.fault])).toEqual([
      [500, 'status 500'],
      [429, 'status 429'],
      [200, 'code 205'],
      [200, undefined],
    ]);
    expect(sandbox.pendingFaults(account.subdomain)).toEqual([]);
  });

  it('can answer a raw, non-JSON body', async () => {
    const account = addTestAccount(sandbox);
    sandbox.failNext(account.subdomain, [{ kind: 'status', status: 200, body: '<html>maintenance</html>' }]);
    expect(await callSandbox(sandbox, account, 'workflows.php')).toMatchObject({
      status: 200,
      text: '<html>maintenance</html>',
    });
  });

  it('a slow answer arrives after its delay, and the request was processed', async () => {
    const account = addTestAccount(sandbox);
    sandbox.failNext(account.subdomain, [{ kind: 'slow', delayMs: 150 }]);
    const started = performance.now();
    const answer = await postJson(sandbox, account, { email: 'slow@example.ee' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(145);
    expect(answer.json).toEqual({ code: 101, message: 'OK' });
    expect(sandbox.getContact(account.subdomain, 'slow@example.ee')).toBeDefined();
    expect(logOf(account.subdomain).map((entry) => entry.fault)).toEqual(['slow 150 ms']);
  });

  it('a dropped connection gives the client a network error and nothing is stored', async () => {
    const account = addTestAccount(sandbox);
    sandbox.failNext(account.subdomain, [{ kind: 'drop' }]);
    await expect(postJson(sandbox, account, { email: 'drop@example.ee' })).rejects.toThrow(/fetch failed/);
    expect(sandbox.contacts(account.subdomain)).toEqual([]);
    expect(sandbox.requests(account.subdomain)).toEqual([
      expect.objectContaining({ status: null, fault: { kind: 'drop' }, rawBody: '{"email":"drop@example.ee"}' }),
    ]);
    expect(logOf(account.subdomain).map((entry) => [entry.status, entry.fault])).toEqual([[null, 'drop']]);
  });

  it('a held answer never comes until the sandbox closes', async () => {
    const own = await startSmailySandbox();
    const account = addTestAccount(own);
    own.failNext(account.subdomain, [{ kind: 'hold' }]);
    const pending = callSandbox(own, account, 'workflows.php').then(
      () => 'answered',
      () => 'connection closed',
    );
    const early = await Promise.race([pending, new Promise((resolve) => setTimeout(resolve, 100, 'still waiting'))]);
    expect(early).toBe('still waiting');
    await own.close();
    expect(await pending).toBe('connection closed');
  });
});
