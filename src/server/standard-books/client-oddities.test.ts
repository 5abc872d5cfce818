import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StandardBooksSandbox } from '../../standard-books-sandbox/types';
import { callSbSandbox, newSbCompany, newSbTestClient, startSbTestSandbox } from '../testing/standard-books-sandbox';

// What real Standard Books servers do that a strict client would choke on (standard-books.md §1.3).

let sandbox: StandardBooksSandbox;
beforeAll(async () => {
  sandbox = await startSbTestSandbox();
});
afterAll(() => sandbox.close());

describe('tolerated', () => {
  it('an answer with both Content-Length and Transfer-Encoding', async () => {
    const { client } = newSbTestClient();
    const connection = newSbCompany(sandbox);
    sandbox.failNext(connection.companyNo, [{ kind: 'both-lengths' }]);
    const outcome = await client.listPage(connection, 'objectTypes');
    expect(outcome).toMatchObject({
      kind: 'ok',
      attempts: 1,
      body: { register: 'OTVc', records: [{ Code: 'OSAK' }, { Code: 'PROJ' }] },
    });
    expect(sandbox.requests(connection.companyNo)[0]?.fault).toEqual({ kind: 'both-lengths' });
  });

  it('raw control characters inside JSON strings: the values keep them', async () => {
    const { client } = newSbTestClient();
    const connection = newSbCompany(sandbox);
    const name = 'Ärma\tOÜ\r\nTallinn\u0001\u001f';
    sandbox.putRecord(connection.companyNo, 'CUVc', { Code: '100001', Name: name });
    sandbox.failNext(connection.companyNo, [{ kind: 'control-characters' }, { kind: 'control-characters' }]);
    // The same answer is not JSON to a strict reader.
    const raw = await callSbSandbox(sandbox, `/api/${connection.companyNo}/CUVc/100001`);
    expect(raw.json).toBeUndefined();
    const outcome = await client.readRecord(connection, 'contacts', '100001');
    expect(outcome).toMatchObject({ kind: 'ok', body: { Code: '100001', Name: name } });
  });

  it('a sequence beyond 2^53, kept exactly as text', async () => {
    const { client } = newSbTestClient();
    const connection = newSbCompany(sandbox, 2, 2n ** 64n);
    const outcome = await client.listPage(connection, 'contacts');
    if (outcome.kind !== 'ok') throw new Error(outcome.kind);
    expect(outcome.body.sequence).toBe(sandbox.sequence(connection.companyNo));
    expect(outcome.body.records.map((record) => record['@sequence'])).toEqual(
      sandbox.records(connection.companyNo, 'CUVc').map((record) => record.sequence),
    );
    expect(BigInt(outcome.body.sequence ?? 0)).toBeGreaterThan(2n ** 64n);
  });
});

describe('not tolerated', () => {
  it('a 200 with an error payload is a failure, not an empty page', async () => {
    const { client } = newSbTestClient();
    const connection = newSbCompany(sandbox);
    sandbox.failNext(connection.companyNo, [
      { kind: 'error-payload', code: '1058', field: 'Code', description: 'Kohustuslik' },
    ]);
    expect(await client.listPage(connection, 'contacts')).toMatchObject({
      kind: 'api-error',
      status: 200,
      code: '1058',
    });
  });

  it('malformed JSON is an invalid response', async () => {
    const { client } = newSbTestClient();
    const connection = newSbCompany(sandbox);
    sandbox.failNext(connection.companyNo, [{ kind: 'malformed' }]);
    expect(await client.listPage(connection, 'contacts')).toEqual({
      kind: 'invalid-response',
      status: 200,
      attempts: 1,
    });
  });
});
