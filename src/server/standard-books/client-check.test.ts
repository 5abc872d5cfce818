import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StandardBooksSandbox } from '../../standard-books-sandbox/types';
import { SB_TEST_USER, newSbCompany, newSbTestClient, startSbTestSandbox } from '../testing/standard-books-sandbox';

let sandbox: StandardBooksSandbox;
beforeAll(async () => {
  sandbox = await startSbTestSandbox();
});
afterAll(() => sandbox.close());

describe('check', () => {
  it('reads one code of the contacts register as JSON with Basic auth, and answers the sequence as text', async () => {
    const { client } = newSbTestClient();
    const connection = newSbCompany(sandbox);
    expect(await client.check(connection)).toEqual({
      kind: 'ok',
      attempts: 1,
      body: { register: 'CUVc', sequence: sandbox.sequence(connection.companyNo), systemVersion: '8.5 sandbox' },
    });
    expect(sandbox.requests(connection.companyNo)).toEqual([
      expect.objectContaining({
        method: 'GET',
        url: `/api/${connection.companyNo}/CUVc?limit=1&fields=Code`,
        accept: 'application/json',
        user: SB_TEST_USER.username,
        status: 200,
      }),
    ]);
  });

  it('tells each failure apart: wrong password, no access right, unknown company, nothing listening', async () => {
    const { client, delays } = newSbTestClient();
    const connection = newSbCompany(sandbox);
    const other = newSbCompany(sandbox);
    sandbox.addUser({ username: 'no-rights', password: 'pw', companies: [other.companyNo] });
    const closed = await startSbTestSandbox();
    await closed.close();

    const outcomes = await Promise.all([
      client.check({ ...connection, password: 'wrong' }),
      client.check({ ...connection, username: 'no-rights', password: 'pw' }),
      client.check({ ...connection, companyNo: '999' }),
      client.check({ ...connection, address: closed.url }, { attempts: 1 }),
    ]);
    expect(outcomes).toEqual([
      { kind: 'unauthorized', status: 401, attempts: 1 },
      { kind: 'forbidden', status: 403, attempts: 1 },
      { kind: 'unknown-company', status: 404, attempts: 1 },
      { kind: 'unreachable', cause: 'ECONNREFUSED', attempts: 1 },
    ]);
    expect(delays).toEqual([]);
  });

  it('uses the check timeout and the attempts the caller allows', async () => {
    const { client } = newSbTestClient({ timeoutMs: 5000, checkTimeoutMs: 50 });
    const connection = newSbCompany(sandbox);
    sandbox.failNext(connection.companyNo, [{ kind: 'hold' }, 500]);
    expect(await client.check(connection, { attempts: 1 })).toEqual({ kind: 'timeout', timeoutMs: 50, attempts: 1 });
    expect(await client.check(connection, { attempts: 1 })).toEqual({ kind: 'server-error', status: 500, attempts: 1 });
  });
});
