import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StandardBooksSandbox } from '../../standard-books-sandbox/types';
import { newSbCompany, newSbTestClient, startSbTestSandbox } from '../testing/standard-books-sandbox';

let sandbox: StandardBooksSandbox;
beforeAll(async () => {
  sandbox = await startSbTestSandbox();
});
afterAll(() => sandbox.close());

describe('patchContact', () => {
  it('sends set_field pairs form-encoded in UTF-8, spaces as %20, and the record is written exactly', async () => {
    const { client } = newSbTestClient();
    const connection = newSbCompany(sandbox, 2);
    const before = sandbox.sequence(connection.companyNo);
    const outcome = await client.patchContact(connection, '100002', {
      Name: 'Õie Mägi+Põder & Co',
      NoMailPosting: '1',
    });

    const [request] = sandbox.requests(connection.companyNo);
    expect(request).toMatchObject({
      method: 'PATCH',
      url: `/api/${connection.companyNo}/CUVc/100002`,
      contentType: 'application/x-www-form-urlencoded; charset=UTF-8',
      accept: 'application/json',
      rawBody: 'set_field.Name=%C3%95ie%20M%C3%A4gi%2BP%C3%B5der%20%26%20Co&set_field.NoMailPosting=1',
    });
    // Had the charset been missing, the sandbox would have stored "Ã\u0095ie …" (see sandbox-writes.test.ts).
    expect(sandbox.record(connection.companyNo, 'CUVc', '100002')?.fields).toMatchObject({
      Name: 'Õie Mägi+Põder & Co',
      NoMailPosting: '1',
    });
    const sequence = sandbox.sequence(connection.companyNo);
    expect(BigInt(sequence)).toBe(BigInt(before) + 1n);
    expect(outcome).toMatchObject({
      kind: 'ok',
      attempts: 1,
      body: {
        register: 'CUVc',
        sequence,
        records: [{ Code: '100002', Name: 'Õie Mägi+Põder & Co', '@sequence': sequence }],
      },
    });
  });

  it('reports a 200 carrying an error as a failure; nothing was written', async () => {
    const { client, delays } = newSbTestClient();
    const connection = newSbCompany(sandbox, 1);
    const before = sandbox.record(connection.companyNo, 'CUVc', '100001');
    sandbox.failNext(connection.companyNo, [
      { kind: 'error-payload', code: '20060', field: 'NoMailPosting', description: 'Vigane väärtus' },
    ]);
    expect(await client.patchContact(connection, '100001', { NoMailPosting: '1' })).toEqual({
      kind: 'api-error',
      status: 200,
      code: '20060',
      field: 'NoMailPosting',
      description: 'Vigane väärtus',
      attempts: 1,
    });
    expect(sandbox.record(connection.companyNo, 'CUVc', '100001')).toEqual(before);
    expect(delays).toEqual([]);
  });

  it('reports a malformed answer as invalid-response even though the server wrote it: the caller reads back', async () => {
    const { client } = newSbTestClient();
    const connection = newSbCompany(sandbox, 1);
    sandbox.failNext(connection.companyNo, [{ kind: 'malformed' }]);
    expect(await client.patchContact(connection, '100001', { NoMailPosting: '1' })).toEqual({
      kind: 'invalid-response',
      status: 200,
      attempts: 1,
    });
    expect(await client.readRecord(connection, 'contacts', '100001')).toMatchObject({ body: { NoMailPosting: '1' } });
  });

  it('retries a 500 (setting a field twice is harmless) and reports an unknown contact as not-found', async () => {
    const { client } = newSbTestClient();
    const connection = newSbCompany(sandbox, 1);
    sandbox.failNext(connection.companyNo, [500]);
    expect(await client.patchContact(connection, '100001', { Comment: 'Teine katse' })).toMatchObject({
      kind: 'ok',
      attempts: 2,
    });
    expect(await client.patchContact(connection, 'NOPE', { Comment: 'x' })).toEqual({
      kind: 'not-found',
      status: 404,
      attempts: 1,
    });
  });
});
