import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StandardBooksSandbox } from '../../standard-books-sandbox/types';
import { newSbCompany, newSbTestClient, startSbTestSandbox } from '../testing/standard-books-sandbox';
import { SB_TEST_TLS_CERT, SB_TEST_TLS_KEY } from '../testing/standard-books-tls';
import type { SbConnection, SbResolver } from './types';

let tlsSandbox: StandardBooksSandbox;
let plainSandbox: StandardBooksSandbox;
let connection: SbConnection;
beforeAll(async () => {
  tlsSandbox = await startSbTestSandbox({ tls: { key: SB_TEST_TLS_KEY, cert: SB_TEST_TLS_CERT } });
  plainSandbox = await startSbTestSandbox();
  connection = newSbCompany(tlsSandbox, 1);
});
afterAll(() => Promise.all([tlsSandbox.close(), plainSandbox.close()]));

/** standard-books.test resolves to the sandbox, as a real name would to an on-premise server. */
function loopbackResolver() {
  const calls: string[] = [];
  const resolve: SbResolver = (hostname) => {
    calls.push(hostname);
    return Promise.resolve(['127.0.0.1']);
  };
  return { resolve, calls };
}

describe('https', () => {
  it('connects by name to the checked address, with the name for the certificate and in Host', async () => {
    const { resolve, calls } = loopbackResolver();
    const { client } = newSbTestClient({ resolve, ca: SB_TEST_TLS_CERT });
    const address = `https://standard-books.test:${tlsSandbox.port}`;
    expect(await client.check({ ...connection, address })).toMatchObject({ kind: 'ok', attempts: 1 });
    expect(calls).toEqual(['standard-books.test']);
    expect(tlsSandbox.requests(connection.companyNo).at(-1)?.host).toBe(`standard-books.test:${tlsSandbox.port}`);
  });

  it('tls-error: a certificate nobody vouched for; not retried', async () => {
    const { resolve } = loopbackResolver();
    const { client, delays } = newSbTestClient({ resolve });
    const outcome = await client.check({ ...connection, address: `https://standard-books.test:${tlsSandbox.port}` });
    expect(outcome).toMatchObject({ kind: 'tls-error', cause: expect.stringMatching(/CERT/) as unknown, attempts: 1 });
    expect(delays).toEqual([]);
  });

  it('tls-error: a certificate for another name', async () => {
    const resolve: SbResolver = () => Promise.resolve(['127.0.0.1']);
    const { client } = newSbTestClient({ resolve, ca: SB_TEST_TLS_CERT });
    const before = tlsSandbox.requests().length;
    const outcome = await client.check({ ...connection, address: `https://ettevote.excellent.ee:${tlsSandbox.port}` });
    expect(outcome).toMatchObject({ kind: 'tls-error', cause: 'ERR_TLS_CERT_ALTNAME_INVALID', attempts: 1 });
    // The credentials never left: the handshake failed before the request was written.
    expect(tlsSandbox.requests()).toHaveLength(before);
  });

  it('tls-error: a port that does not speak TLS', async () => {
    const { client } = newSbTestClient();
    const plain = newSbCompany(plainSandbox, 1);
    const outcome = await client.check({ ...plain, address: `https://127.0.0.1:${plainSandbox.port}` });
    expect(outcome).toMatchObject({ kind: 'tls-error', attempts: 1 });
    expect(plainSandbox.requests(plain.companyNo)).toEqual([]);
  });
});
