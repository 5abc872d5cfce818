import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureLogger } from '../testing/smaily-sandbox';
import type { StandardBooksSandbox } from '../../standard-books-sandbox/types';
import { newSbCompany, newSbTestClient, startSbTestSandbox } from '../testing/standard-books-sandbox';
import { createSbLogger } from './logging';
import type { SbConnection } from './types';

let sandbox: StandardBooksSandbox;
beforeAll(async () => {
  sandbox = await startSbTestSandbox();
});
afterAll(() => sandbox.close());

const FIELDS = { Name: 'Salajane Inimene', eMail: 'salajane.inimene@example.ee' };
const DESCRIPTION = 'Kood salajane.inimene@example.ee on juba kasutusel';

function expectClean(lines: string[], connection: SbConnection): void {
  const pair = `${connection.username}:${connection.password}`;
  const secrets = [
    connection.password,
    connection.username,
    Buffer.from(pair).toString('base64'),
    'Basic ',
    ...Object.values(FIELDS),
    DESCRIPTION,
  ];
  const text = lines.join('\n').toLowerCase();
  for (const secret of secrets) expect(text).not.toContain(secret.toLowerCase());
}

describe('log lines', () => {
  it('name the outcome, register, host and attempt of each failure, and none of the credentials', async () => {
    const { client, log } = newSbTestClient();
    const connection = newSbCompany(sandbox, 1);
    sandbox.failNext(connection.companyNo, [500, { kind: 'drop' }]);
    await client.patchContact(connection, '100001', FIELDS);
    await client.check({ ...connection, password: 'wrong-password' });

    expect(
      log
        .entries()
        .map((entry) => [entry.outcome, entry.register, entry.host, entry.attempt, entry.attempts, entry.status]),
    ).toEqual([
      ['server-error', 'CUVc', '127.0.0.1', 1, undefined, 500],
      ['network-error', 'CUVc', '127.0.0.1', 2, undefined, undefined],
      ['unauthorized', 'CUVc', '127.0.0.1', 1, 1, 401],
    ]);
    expectClean(log.lines, connection);
    expectClean(log.lines, { ...connection, password: 'wrong-password' });
  });

  it('keep the code and field of an error payload but not its description, which can echo data', async () => {
    const { client, log } = newSbTestClient();
    const connection = newSbCompany(sandbox, 1);
    sandbox.failNext(connection.companyNo, [
      { kind: 'error-payload', code: '1547', field: 'eMail', description: DESCRIPTION },
    ]);
    expect(await client.patchContact(connection, '100001', FIELDS)).toMatchObject({
      kind: 'api-error',
      description: DESCRIPTION,
    });
    expect(log.entries()).toEqual([expect.objectContaining({ outcome: 'api-error', code: '1547', field: 'eMail' })]);
    expectClean(log.lines, connection);
  });

  it('say why an address was refused, not what was typed with it', async () => {
    const { client, log } = newSbTestClient();
    const connection = newSbCompany(sandbox, 1);
    await client.check({ ...connection, address: `https://${connection.username}:${connection.password}@ettevote.ee` });
    expect(log.entries()).toEqual([
      expect.objectContaining({ outcome: 'address-refused', reason: 'malformed', host: null }),
    ]);
    expectClean(log.lines, connection);
  });
});

describe('createSbLogger', () => {
  it('redacts credentials, headers, bodies and descriptions should a line ever include them', () => {
    const { logger, lines } = captureLogger();
    createSbLogger(logger).warn(
      {
        password: 'p1',
        connection: { username: 'u1', password: 'p2' },
        request: { headers: { authorization: 'Basic dTE6cDI=' }, body: 'set_field.eMail=a%40x.ee' },
        error: { description: 'a@x.ee on kasutusel' },
        fields: { eMail: 'b@x.ee' },
      },
      'defensive',
    );
    expect(lines).toHaveLength(1);
    for (const secret of ['p1', 'u1', 'p2', 'dTE6cDI=', 'a%40x.ee', 'a@x.ee', 'b@x.ee'])
      expect(lines[0]).not.toContain(secret);
    expect(lines[0]).toContain('[redacted]');
  });
});
