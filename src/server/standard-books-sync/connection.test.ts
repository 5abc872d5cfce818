import { createServer, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiError } from '../../shared/errors';
import type { SbCheckResult, SbStatus } from '../../shared/standard-books-sync';
import type { SyncLogPage } from '../../shared/sync-log';
import { basicAuth, SB_TEST_USER } from '../testing/standard-books-sandbox';
import { SB_TEST_TLS_CERT, SB_TEST_TLS_KEY } from '../testing/standard-books-tls';
import { startSbSyncTest, type SbSyncTest } from '../testing/standard-books-sync-test';

let t: SbSyncTest;
afterEach(() => t.close());

const check = (body: unknown, language = 'et') =>
  t.testApp.as(t.admin.cookie, language).post('/api/standard-books/check', body);
const log = async () =>
  (await t.testApp.as(t.admin.cookie).get('/api/sync-log?kind=standard-books-connection'))
    .json<SyncLogPage>()
    .items.reverse();

describe('Kontrolli ühendust', () => {
  it('says the connection works, with the server’s version, and stores nothing', async () => {
    t = await startSbSyncTest();
    const company = t.newCompany(1);
    const response = await check(company);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<SbCheckResult>()).toEqual({ systemVersion: '8.5 sandbox' });
    expect((await t.status()).connection.state).toBe('not-connected');
    // One cheap read: one contact's code.
    expect(t.sandbox.requests(company.companyNo).map((request) => request.query)).toEqual([
      { limit: '1', fields: 'Code' },
    ]);
  });

  it.each([
    [
      'a wrong password',
      (c: Record<string, string>) => ({ ...c, password: 'vale-salasõna' }),
      422,
      { message: 'Standard Books ei tunne seda kasutajatunnust ja salasõna.' },
    ],
    [
      'an unknown company number',
      (c: Record<string, string>) => ({ ...c, companyNo: '9999' }),
      422,
      {
        message: 'Sellise numbriga firmat serveris pole. Firma nr on Firmade seadistuse esimene veerg, tavaliselt 1.',
        errors: {
          companyNo:
            'Sellise numbriga firmat serveris pole. Firma nr on Firmade seadistuse esimene veerg, tavaliselt 1.',
        },
      },
    ],
  ])('names %s', async (_name, change, status, answer) => {
    t = await startSbSyncTest();
    const company = t.newCompany(1) as unknown as Record<string, string>;
    const response = await check(change(company));
    expect(response.statusCode).toBe(status);
    expect(response.json<ApiError>()).toEqual(answer);
  });

  it('says the REST API is not enabled or the user lacks the right (403)', async () => {
    t = await startSbSyncTest();
    const company = t.newCompany(1);
    t.sandbox.addUser({ username: 'no-rights', password: 'pw-1', companies: ['999'] });
    const response = await check({ ...company, username: 'no-rights', password: 'pw-1' }, 'en');
    expect(response.statusCode).toBe(422);
    expect(response.json<ApiError>().message).toMatch(
      /^The REST API is not enabled or the user lacks the Rest API right/,
    );
  });

  it('says the server is unreachable when nothing answers there, after one retry', async () => {
    t = await startSbSyncTest();
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const response = await check({ ...t.newCompany(1), address: `http://127.0.0.1:${port}` }, 'en');
    expect(response.statusCode).toBe(502);
    expect(response.json<ApiError>().message).toMatch(/^The Standard Books server was not found or does not answer/);
  });

  it('says the TLS handshake failed for a certificate nobody trusts', async () => {
    t = await startSbSyncTest({ sandbox: { tls: { key: SB_TEST_TLS_KEY, cert: SB_TEST_TLS_CERT } } });
    const company = t.newCompany(1);
    const response = await check(company, 'en');
    expect(response.statusCode).toBe(502);
    expect(response.json<ApiError>().message).toMatch(/^A secure \(TLS\) connection could not be made/);
  });

  it.each([
    ['https://ettevote.excellent.ee:4455/api/1', 400, 'Aadress peab olema kujul https://server:port'],
    ['ftp://ettevote.excellent.ee', 400, 'Aadress peab olema kujul https://server:port'],
    ['http://ettevote.excellent.ee:4455', 400, 'Ühendus peab olema turvaline'],
    ['https://169.254.169.254', 422, 'Sellele aadressile ühenduda ei tohi'],
  ])('refuses the address %s before connecting, on the address field', async (address, status, text) => {
    t = await startSbSyncTest();
    const response = await check({ ...t.newCompany(1), address });
    expect(response.statusCode).toBe(status);
    expect(response.json<ApiError>().errors?.address).toContain(text);
    expect(t.sandbox.connections()).toBe(0);
  });

  it('refuses a private or loopback address unless SB_ALLOW_PRIVATE_ADDRESSES is set', async () => {
    t = await startSbSyncTest({ env: { SB_ALLOW_PRIVATE_ADDRESSES: 'false' } });
    const response = await check(t.newCompany(1));
    expect(response.statusCode).toBe(422);
    expect(response.json<ApiError>().errors?.address).toContain('SB_ALLOW_PRIVATE_ADDRESSES');
    expect(t.sandbox.connections()).toBe(0);
  });

  it('refuses a missing field or a bad company number, naming the field', async () => {
    t = await startSbSyncTest();
    const response = await check({ address: 'https://a.example', companyNo: 'üks', username: 'a:b' });
    expect(response.statusCode).toBe(400);
    expect(response.json<ApiError>().errors).toEqual({
      companyNo: 'Firma nr on täisarv, nt 1',
      username: 'Kasutajatunnuses ei tohi olla koolonit',
      password: 'Kohustuslik väli',
    });
  });
});

describe('saving the connection', () => {
  it('with a wrong password saves nothing and remembers why; with the right one saves it sealed', async () => {
    t = await startSbSyncTest();
    const company = t.newCompany(1);
    const wrong = await t.connect({ ...company, password: 'vale-salasõna' });
    expect(wrong.statusCode).toBe(422);
    let status = await t.status();
    expect(status.connection).toMatchObject({
      state: 'not-connected',
      address: null,
      failure: { code: 'wrong-credentials', at: expect.any(String) as string },
    });

    const right = await t.connect(company);
    expect(right.statusCode, right.body).toBe(200);
    status = right.json<SbStatus>();
    expect(status.connection).toEqual({
      state: 'connected',
      address: company.address,
      companyNo: company.companyNo,
      username: company.username,
      connectedAt: expect.any(String) as string,
      connectedBy: 'Mari Administraator',
      result: { code: 'connected', at: status.connection.connectedAt },
      failure: null,
    });
    const row = await t.testApp.app.db.selectFrom('standard_books_connection').selectAll().executeTakeFirstOrThrow();
    expect(row.password_sealed).toMatch(/^v1\./);
    const everything = JSON.stringify(row) + right.body + JSON.stringify(await log()) + t.testApp.logText();
    for (const secret of [SB_TEST_USER.password, basicAuth(SB_TEST_USER.username, SB_TEST_USER.password).slice(6)]) {
      expect(everything).not.toContain(secret);
    }
    expect((await log()).map((entry) => [entry.outcome, entry.userName, entry.details])).toEqual([
      [
        'failed',
        'Mari Administraator',
        { address: company.address, companyNo: company.companyNo, result: 'wrong-credentials', status: 401 },
      ],
      ['ok', 'Mari Administraator', { address: company.address, companyNo: company.companyNo, result: 'connected' }],
    ]);
  });

  it('drops the registers’ marks when the server or company changes, so the next read is a full one', async () => {
    t = await startSbSyncTest();
    const first = t.newCompany(3);
    await t.connect(first);
    await t.read();
    await t.connect(first); // the same again: the marks stay
    expect((await t.status()).read.registers.every((mark) => mark.sequence !== null)).toBe(true);
    const second = t.newCompany(3);
    await t.connect(second);
    expect((await t.status()).read.registers.map((mark) => mark.sequence)).toEqual(Array(6).fill(null));
    const summary = await t.read();
    expect(Object.values(summary.registers).map((register) => register.mode)).toEqual(Array(6).fill('full'));
  });

  it('Deaktiveeri removes it, logged; nothing to remove answers 409; a read cannot start without it', async () => {
    t = await startSbSyncTest();
    const company = t.newCompany(1);
    await t.connect(company);
    const removed = await t.testApp.as(t.admin.cookie).delete('/api/standard-books/connection');
    expect(removed.statusCode).toBe(200);
    expect(removed.json<SbStatus>().connection).toMatchObject({
      state: 'not-connected',
      address: null,
      username: null,
      result: { code: 'disconnected' },
    });
    const row = await t.testApp.app.db.selectFrom('standard_books_connection').selectAll().executeTakeFirstOrThrow();
    expect([row.address, row.username, row.password_sealed]).toEqual([null, null, null]);
    expect((await log()).at(-1)).toMatchObject({ outcome: 'ok', details: { result: 'disconnected' } });

    const again = await t.testApp.as(t.admin.cookie).delete('/api/standard-books/connection');
    expect(again.statusCode).toBe(409);
    const read = await t.testApp.as(t.admin.cookie).post('/api/standard-books/reads', { mode: 'full' });
    expect(read.statusCode).toBe(409);
    expect(read.json<ApiError>().message).toBe(
      'Standard Books ühendus pole seadistatud või tuleb salasõna uuesti sisestada.',
    );
  });

  it('refuses a second read and a deactivation while a read runs', async () => {
    t = await startSbSyncTest();
    const company = t.newCompany(2);
    await t.connect(company);
    t.sandbox.failNext(company.companyNo, [{ kind: 'slow', delayMs: 300 }]);
    const admin = t.testApp.as(t.admin.cookie);
    expect((await admin.post('/api/standard-books/reads', { mode: 'full' })).statusCode).toBe(202);
    const running = (await t.status()).read.running;
    expect(running).toMatchObject({ mode: 'full', trigger: 'manual' });
    const second = await admin.post('/api/standard-books/reads', { mode: 'incremental' });
    expect([second.statusCode, second.json<ApiError>().message]).toEqual([
      409,
      'Lugemine Standard Booksist juba käib.',
    ]);
    expect((await admin.delete('/api/standard-books/connection')).statusCode).toBe(409);
    await t.testApp.app.sbReader.idle();
    expect((await t.status()).read).toMatchObject({ running: null, last: { outcome: 'ok', mode: 'full' } });
  });
});

describe('who may', () => {
  it('a kasutaja gets 403 on every route of the page, and sees only where a contact came from', async () => {
    t = await startSbSyncTest();
    const company = t.newCompany(2);
    await t.connect(company);
    await t.read();
    const { cookie } = await t.testApp.signIn('user');
    const user = t.testApp.as(cookie);
    const answers = await Promise.all([
      user.get('/api/standard-books/status'),
      user.post('/api/standard-books/check', company),
      user.put('/api/standard-books/connection', company),
      user.delete('/api/standard-books/connection'),
      user.post('/api/standard-books/reads', { mode: 'full' }),
    ]);
    expect(answers.map((answer) => answer.statusCode)).toEqual([403, 403, 403, 403, 403]);
    const origin = await user.get('/api/contacts/100001/standard-books');
    expect(origin.json()).toMatchObject({ source: 'standard-books', removedFromStandardBooksAt: null });
    expect((await user.get('/api/contacts/999999/standard-books')).statusCode).toBe(404);
  });
});
