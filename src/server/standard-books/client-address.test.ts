import net from 'node:net';
import { type MockInstance, afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StandardBooksSandbox } from '../../standard-books-sandbox/types';
import { newSbCompany, newSbTestClient, startSbTestSandbox } from '../testing/standard-books-sandbox';
import type { SbConnection, SbResolver } from './types';

// An administrator types the server's address, so every rule here stands between a form field and the network.

let sandbox: StandardBooksSandbox;
let connection: SbConnection;
beforeAll(async () => {
  sandbox = await startSbTestSandbox();
  connection = newSbCompany(sandbox, 1);
});
afterAll(() => sandbox.close());

// Every socket, plain or TLS, goes through net.Socket's connect: not being called proves no connection was made.
let socketConnect: MockInstance<net.Socket['connect']>;
beforeEach(() => {
  socketConnect = vi.spyOn(net.Socket.prototype, 'connect');
});
afterEach(() => {
  socketConnect.mockRestore();
});

/** A resolver that answers from a table and counts its calls. */
function resolverOf(table: Record<string, string[][]>) {
  const calls: string[] = [];
  const resolve: SbResolver = (hostname) => {
    calls.push(hostname);
    const answers = table[hostname] ?? [];
    const answer = answers.length > 1 ? answers.shift() : answers[0];
    return answer
      ? Promise.resolve(answer)
      : Promise.reject(Object.assign(new Error('not found'), { code: 'ENOTFOUND' }));
  };
  return { resolve, calls };
}

describe('link-local, metadata and other addresses that are never connected to', () => {
  it.each([
    'https://169.254.169.254',
    'https://169.254.169.254:4455',
    'https://169.254.0.1:443',
    'https://100.100.100.200',
    'https://[fe80::1]:4455',
    'https://[::ffff:169.254.169.254]',
    'https://[::ffff:a9fe:a9fe]',
    'https://[64:ff9b::169.254.169.254]',
    'https://[fd00:ec2::254]',
    'https://0.0.0.0:4455',
    'https://[::]',
    'https://224.0.0.251',
    'https://[ff02::1]',
  ])('%s is refused even with private addresses allowed, without connecting', async (address) => {
    const { resolve, calls } = resolverOf({});
    const { client } = newSbTestClient({ allowPrivateAddresses: true, resolve });
    const outcome = await client.check({ ...connection, address });
    expect(outcome).toMatchObject({ kind: 'address-refused', refusal: { reason: 'forbidden-address' }, attempts: 0 });
    expect(socketConnect).not.toHaveBeenCalled();
    expect(calls).toEqual([]);
  });
});

describe('private and loopback addresses', () => {
  it.each([
    'https://10.1.2.3:4455',
    'https://192.168.1.10',
    'https://172.16.5.4',
    'https://172.31.255.1',
    'https://127.0.0.1:4455',
    'https://[::1]:4455',
    'https://[fc00::1]',
    'https://[fd12:3456::1]',
    'https://[::ffff:10.0.0.1]',
  ])('%s is refused unless the operator allows them, without connecting', async (address) => {
    const { client } = newSbTestClient({ allowPrivateAddresses: false });
    expect(await client.check({ ...connection, address })).toMatchObject({
      kind: 'address-refused',
      refusal: { reason: 'private-address' },
      attempts: 0,
    });
    expect(socketConnect).not.toHaveBeenCalled();
  });

  it('the sandbox on loopback: refused without a connection when not allowed, read when allowed', async () => {
    const before = sandbox.connections();
    const refused = await newSbTestClient({ allowPrivateAddresses: false }).client.check(connection);
    expect(refused).toMatchObject({
      kind: 'address-refused',
      refusal: { reason: 'private-address', address: '127.0.0.1' },
    });
    expect(sandbox.connections()).toBe(before);
    expect(socketConnect).not.toHaveBeenCalled();

    const allowed = await newSbTestClient({ allowPrivateAddresses: true }).client.check(connection);
    expect(allowed.kind).toBe('ok');
    expect(sandbox.connections()).toBe(before + 1);
    expect(socketConnect).toHaveBeenCalledTimes(1);
  });
});

describe('names', () => {
  it.each<[string, string[], boolean, string]>([
    ['metadata', ['169.254.169.254'], true, 'forbidden-address'],
    ['mapped metadata', ['::ffff:169.254.169.254'], true, 'forbidden-address'],
    ['link-local IPv6', ['fe80::1'], true, 'forbidden-address'],
    ['a public and a link-local address', ['203.0.113.10', '169.254.10.1'], true, 'forbidden-address'],
    ['a resolver answer that is not an address', ['localhost'], true, 'forbidden-address'],
    ['a private address', ['192.168.0.10'], false, 'private-address'],
    ['loopback', ['127.0.0.1'], false, 'private-address'],
    ['a public and a private address', ['203.0.113.10', '10.0.0.2'], false, 'private-address'],
  ])('a name resolving to %s is refused without connecting', async (_name, addresses, allowPrivate, reason) => {
    const { resolve, calls } = resolverOf({ 'ettevote.example.ee': [addresses] });
    const { client } = newSbTestClient({ allowPrivateAddresses: allowPrivate, resolve });
    const outcome = await client.check({ ...connection, address: 'https://ettevote.example.ee:4455' });
    expect(outcome).toMatchObject({ kind: 'address-refused', refusal: { reason }, attempts: 0 });
    expect(calls).toEqual(['ettevote.example.ee']);
    expect(socketConnect).not.toHaveBeenCalled();
  });

  it('every attempt checks what the name resolves to then: a name turning into a metadata address is refused', async () => {
    const { resolve, calls } = resolverOf({ localhost: [['127.0.0.1'], ['169.254.169.254']] });
    const { client } = newSbTestClient({ resolve });
    sandbox.failNext(connection.companyNo, [503]);
    const outcome = await client.check({ ...connection, address: `http://localhost:${sandbox.port}` });
    expect(outcome).toEqual({
      kind: 'address-refused',
      refusal: { reason: 'forbidden-address', address: '169.254.169.254' },
      attempts: 1,
    });
    expect(calls).toEqual(['localhost', 'localhost']);
    expect(socketConnect).toHaveBeenCalledTimes(1);
  });
});

describe('http and odd addresses', () => {
  it('http goes only to this machine: a loopback name that resolves elsewhere is refused', async () => {
    const { resolve } = resolverOf({ localhost: [['10.0.0.5']] });
    const { client } = newSbTestClient({ resolve });
    expect(await client.check({ ...connection, address: 'http://ettevote.excellent.ee:4455' })).toMatchObject({
      kind: 'address-refused',
      refusal: { reason: 'not-https' },
    });
    expect(await client.check({ ...connection, address: `http://localhost:${sandbox.port}` })).toMatchObject({
      kind: 'address-refused',
      refusal: { reason: 'not-https' },
    });
    expect(socketConnect).not.toHaveBeenCalled();
  });

  it('http to the sandbox by name works when the name leads to loopback', async () => {
    const { resolve, calls } = resolverOf({ localhost: [['127.0.0.1']] });
    const { client } = newSbTestClient({ resolve });
    expect((await client.check({ ...connection, address: `http://localhost:${sandbox.port}` })).kind).toBe('ok');
    expect(calls).toEqual(['localhost']);
  });

  it.each([
    'https://sb-api:secret@ettevote.excellent.ee',
    'https://ettevote.excellent.ee/api/1',
    'https://ettevote.excellent.ee?next=http://169.254.169.254',
    'https://2130706433',
    'gopher://ettevote.excellent.ee',
  ])('%s is refused as malformed, before any lookup', async (address) => {
    const { resolve, calls } = resolverOf({});
    const { client } = newSbTestClient({ resolve });
    expect(await client.check({ ...connection, address })).toEqual({
      kind: 'address-refused',
      refusal: { reason: 'malformed' },
      attempts: 0,
    });
    expect(calls).toEqual([]);
    expect(socketConnect).not.toHaveBeenCalled();
  });
});
