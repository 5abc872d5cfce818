import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StandardBooksSandbox } from '../../standard-books-sandbox/types';
import {
  SB_TEST_REGISTERS,
  newSbCompany,
  newSbTestClient,
  startSbTestSandbox,
} from '../testing/standard-books-sandbox';

let sandbox: StandardBooksSandbox;
beforeAll(async () => {
  sandbox = await startSbTestSandbox({ registersWithoutUpdates: ['CClassTypeVc'] });
});
afterAll(() => sandbox.close());

describe('failures that are never retried', () => {
  it('api-error: a 200 carrying {"error": …} keeps its code, field and description', async () => {
    const { client, delays } = newSbTestClient();
    const connection = newSbCompany(sandbox);
    sandbox.failNext(connection.companyNo, [
      { kind: 'error-payload', code: '1971', field: 'WONr', description: 'Ei saa' },
    ]);
    expect(await client.listPage(connection, 'contacts')).toEqual({
      kind: 'api-error',
      status: 200,
      code: '1971',
      field: 'WONr',
      description: 'Ei saa',
      attempts: 1,
    });
    expect(delays).toEqual([]);
  });

  it('not-supported: updates_after on a register without a sync index, with the HAL hint', async () => {
    const { client } = newSbTestClient();
    const connection = newSbCompany(sandbox);
    expect(await client.listPage(connection, 'classificationTypes', { updatesAfter: '0' })).toEqual({
      kind: 'not-supported',
      status: 404,
      hint: expect.stringContaining('halcust/datadef.hal') as unknown,
      attempts: 1,
    });
  });

  it('not-found: an unknown company outside check, or a register the server does not have', async () => {
    const { client } = newSbTestClient({ registers: { ...SB_TEST_REGISTERS, objects: 'NoSuchVc' } });
    const connection = newSbCompany(sandbox);
    expect(await client.listPage({ ...connection, companyNo: '999' }, 'contacts')).toEqual({
      kind: 'not-found',
      status: 404,
      attempts: 1,
    });
    expect(await client.listPage(connection, 'objects')).toEqual({ kind: 'not-found', status: 404, attempts: 1 });
  });

  it('invalid-response: malformed JSON, XML, or an answer larger than allowed', async () => {
    const { client } = newSbTestClient({ maxResponseBytes: 4096 });
    const connection = newSbCompany(sandbox, 30);
    sandbox.failNext(connection.companyNo, [{ kind: 'malformed' }, { kind: 'status', status: 200, body: '<data/>' }]);
    expect(await client.listPage(connection, 'objects')).toEqual({
      kind: 'invalid-response',
      status: 200,
      attempts: 1,
    });
    expect(await client.listPage(connection, 'objects')).toEqual({
      kind: 'invalid-response',
      status: 200,
      attempts: 1,
    });
    expect(await client.listPage(connection, 'contacts')).toEqual({
      kind: 'invalid-response',
      status: 200,
      attempts: 1,
    });
  });

  it('unexpected-status: a redirect is not followed, a 400 without an error payload is reported as such', async () => {
    const { client } = newSbTestClient();
    const connection = newSbCompany(sandbox);
    sandbox.failNext(connection.companyNo, [
      { kind: 'redirect', location: `${sandbox.url}/api/${connection.companyNo}/CCatVc` },
      { kind: 'status', status: 400, body: 'Bad Request' },
    ]);
    expect(await client.listPage(connection, 'contacts')).toEqual({
      kind: 'unexpected-status',
      status: 302,
      attempts: 1,
    });
    expect(await client.listPage(connection, 'contacts')).toEqual({
      kind: 'unexpected-status',
      status: 400,
      attempts: 1,
    });
    expect(sandbox.requests(connection.companyNo).map((request) => request.register)).toEqual(['CUVc', 'CUVc']);
  });

  it('invalid-request: arguments that may not go into a request are refused before connecting', async () => {
    const { client } = newSbTestClient();
    const connection = newSbCompany(sandbox);
    const outcomes = await Promise.all([
      client.check({ ...connection, companyNo: '1/../2' }),
      client.check({ ...connection, username: 'a:b' }),
      client.readRecord(connection, 'contacts', '..'),
      client.listPage(connection, 'contacts', { fields: ['Code&limit=1'] }),
      client.patchContact(connection, '100001', { 'Name&x': 'y' }),
    ]);
    expect(
      outcomes.map((outcome) => [outcome.kind, 'field' in outcome ? outcome.field : null, outcome.attempts]),
    ).toEqual([
      ['invalid-request', 'companyNo', 0],
      ['invalid-request', 'username', 0],
      ['invalid-request', 'code', 0],
      ['invalid-request', 'fields', 0],
      ['invalid-request', 'fields', 0],
    ]);
    expect(sandbox.requests(connection.companyNo)).toEqual([]);
  });
});

describe('failures that are retried until the attempts run out', () => {
  it('server-error: 500s are retried with the backoff, then reported with the last status', async () => {
    const { client, delays } = newSbTestClient();
    const connection = newSbCompany(sandbox);
    sandbox.failNext(connection.companyNo, [500, 502, 503]);
    expect(await client.listPage(connection, 'contacts')).toEqual({ kind: 'server-error', status: 503, attempts: 3 });
    expect(delays).toEqual([750, 1500]);
  });

  it('a 500 that passes: the retry answers', async () => {
    const { client } = newSbTestClient();
    const connection = newSbCompany(sandbox);
    sandbox.failNext(connection.companyNo, [500, 429]);
    const outcome = await client.listPage(connection, 'customerClasses');
    expect(outcome).toMatchObject({ kind: 'ok', attempts: 3 });
  });

  it('timeout: a slow page and a held one', async () => {
    const { client } = newSbTestClient({ timeoutMs: 60 });
    const connection = newSbCompany(sandbox);
    sandbox.failNext(connection.companyNo, [
      { kind: 'slow', delayMs: 5000 },
      { kind: 'hold' },
      { kind: 'slow', delayMs: 5000 },
    ]);
    expect(await client.listPage(connection, 'contacts')).toEqual({ kind: 'timeout', timeoutMs: 60, attempts: 3 });
  });

  it('network-error: the connection is dropped without an answer', async () => {
    const { client } = newSbTestClient();
    const connection = newSbCompany(sandbox);
    sandbox.failNext(connection.companyNo, [{ kind: 'drop' }, { kind: 'drop' }, { kind: 'drop' }]);
    expect(await client.listPage(connection, 'contacts')).toEqual({
      kind: 'network-error',
      cause: 'ECONNRESET',
      attempts: 3,
    });
  });

  it('unreachable: nothing listens on the port, and a name that does not resolve', async () => {
    const { client } = newSbTestClient({
      retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 1 },
      resolve: () => Promise.reject(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' })),
    });
    const closed = await startSbTestSandbox();
    const connection = newSbCompany(closed);
    await closed.close();
    expect(await client.check(connection)).toEqual({ kind: 'unreachable', cause: 'ECONNREFUSED', attempts: 2 });
    expect(await client.check({ ...connection, address: 'https://ettevote.invalid:4455' })).toEqual({
      kind: 'unreachable',
      cause: 'ENOTFOUND',
      attempts: 2,
    });
    const throwing = newSbTestClient({
      retry: { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 },
      resolve: () => {
        throw Object.assign(new Error('getaddrinfo EAI_AGAIN'), { code: 'EAI_AGAIN' });
      },
    });
    expect(await throwing.client.check({ ...connection, address: 'https://ettevote.example.ee' })).toEqual({
      kind: 'unreachable',
      cause: 'EAI_AGAIN',
      attempts: 1,
    });
  });
});
