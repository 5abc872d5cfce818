import { afterEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../shared/contacts';
import type { ContactConsent } from '../../shared/consent';
import type { SbWriteBackStatus } from '../../shared/standard-books-master';
import type { SyncLogEntry, SyncLogPage } from '../../shared/sync-log';
import { startSmailySandbox } from '../../sandbox/sandbox';
import type { SmailySandbox } from '../../sandbox/types';
import type { SbStatus } from '../../shared/standard-books-sync';
import type { SbConnection } from '../standard-books/types';
import { addTestAccount, type TestAccount } from '../testing/smaily-sandbox';
import { startSbSyncTest, type SbSyncTest } from '../testing/standard-books-sync-test';

let t: SbSyncTest;
let smaily: SmailySandbox;
afterEach(async () => {
  await t.close();
  await smaily.close();
});

const api = () => t.testApp.as(t.admin.cookie);
const card = async (code: string) => (await api().get(`/api/contacts/${code}`)).json<Contact>();
const writeBack = async () => (await api().get('/api/standard-books/write-back')).json<SbWriteBackStatus>();
const setWriteBack = async (enabled: boolean) => {
  const response = await api().put('/api/standard-books/write-back', { enabled });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<SbWriteBackStatus>();
};
const runNow = async () => {
  const response = await api().post('/api/standard-books/write-back/runs');
  expect(response.statusCode, response.body).toBe(200);
  return response.json<SbWriteBackStatus>();
};
const readConsent = async () => expect((await api().post('/api/consent/read')).statusCode).toBe(200);
const log = async (kind: string): Promise<SyncLogEntry[]> =>
  (await api().get(`/api/sync-log?kind=${kind}`)).json<SyncLogPage>().items;

interface Setup {
  company: SbConnection;
  account: TestAccount;
  /** A contact read from Standard Books whose "Ära koosta massmaile" is clear, with an e-mail. */
  contact: Contact;
}

/** Smaily activated, Standard Books connected and read: 8 contacts from Standard Books. */
async function setUp(env: Record<string, string> = {}): Promise<Setup> {
  smaily = await startSmailySandbox({ maxRps: 1000 });
  t = await startSbSyncTest({ env: { SMAILY_URL_TEMPLATE: smaily.urlTemplate, ...env } });
  const company = t.newCompany(8);
  expect((await t.connect(company)).statusCode).toBe(200);
  const account = addTestAccount(smaily);
  const activation = {
    address: `${account.subdomain}.sendsmaily.net`,
    username: account.username,
    password: account.password,
  };
  expect((await api().post('/api/smaily/activation', activation)).statusCode).toBe(200);
  expect((await t.read()).outcome).toBe('ok');
  for (const code of ['100001', '100002', '100003', '100004', '100006', '100007']) {
    const contact = await card(code);
    if (!contact.NoMailPosting && contact.eMail.includes('@')) return { company, account, contact };
  }
  throw new Error('no demo contact without NoMailPosting');
}

/** An unsubscribe waiting to be written, and "Kirjuta nüüd" begun, its first request answered only after a while. */
async function slowWriteBackUnderway() {
  const setup = await setUp();
  const { company, account, contact } = setup;
  await setWriteBack(true);
  smaily.unsubscribe(account.subdomain, contact.eMail);
  await readConsent();
  // The write-back's first request to Standard Books (is the flag still wanted?) is answered after 300 ms.
  t.sandbox.failNext(company.companyNo, [{ kind: 'slow', delayMs: 300 }]);
  const requestsBefore = t.sandbox.requests(company.companyNo).length;
  const writing = api().post('/api/standard-books/write-back/runs');
  await expect.poll(() => t.sandbox.requests(company.companyNo).length, { interval: 5 }).toBe(requestsBefore + 1);
  return { ...setup, requestsBefore, writing };
}

const patches = (company: SbConnection) =>
  t.sandbox.requests(company.companyNo).filter((request) => request.method === 'PATCH');

describe('Kirjuta Smaily loobumised Standard Booksi', () => {
  it('writes a Smaily unsubscribe as set_field.NoMailPosting=1, form-encoded UTF-8, checks it, and logs who caused it', async () => {
    const { company, account, contact } = await setUp();
    expect(await setWriteBack(true)).toEqual({ enabled: true, pending: 0, failures: [] });
    smaily.unsubscribe(account.subdomain, contact.eMail.toUpperCase());
    await readConsent();
    expect((await writeBack()).pending).toBe(1);

    expect(await runNow()).toEqual({ enabled: true, pending: 0, failures: [] });
    const [patch, ...more] = patches(company);
    expect(more).toEqual([]);
    expect(patch).toMatchObject({
      url: `/api/${company.companyNo}/CUVc/${contact.Code}`,
      contentType: 'application/x-www-form-urlencoded; charset=UTF-8',
      rawBody: 'set_field.NoMailPosting=1',
      setFields: { NoMailPosting: '1' },
    });
    // Read before (is it still wanted?) and after (did it stick?) the PATCH.
    const around = t.sandbox
      .requests(company.companyNo)
      .filter((request) => request.code === contact.Code)
      .map((request) => request.method);
    expect(around).toEqual(['GET', 'PATCH', 'GET']);
    expect(t.sandbox.record(company.companyNo, 'CUVc', contact.Code)?.fields.NoMailPosting).toBe('1');
    const [entry] = await log('standard-books-write');
    expect(entry).toMatchObject({
      subject: contact.Code,
      outcome: 'ok',
      userName: 'Mari Administraator',
      details: {
        field: 'NoMailPosting',
        value: '1',
        cause: 'smaily-unsubscribe',
        trigger: 'on-demand',
        causedBy: 'Mari Administraator',
        run: 'on-demand',
        attempt: 1,
      },
    });

    // The next incremental read brings the write back as Standard Books' change: the flag, and nothing else.
    const before = await card(contact.Code);
    const consentBefore = (await api().get(`/api/contacts/${contact.Code}/consent`)).json<ContactConsent>();
    const next = await t.read();
    expect(next.registers.contacts).toMatchObject({ read: 1, updated: 1, created: 0, removed: 0, rejected: 0 });
    const { DateChanged: _changed, ...after } = await card(contact.Code);
    const { DateChanged: _before, ...expected } = before;
    expect(after).toEqual({ ...expected, NoMailPosting: true });
    const consentAfter = (await api().get(`/api/contacts/${contact.Code}/consent`)).json<ContactConsent>();
    expect(consentAfter).toMatchObject({
      smailyUnsubscribe: consentBefore.smailyUnsubscribe,
      conflict: false,
      forgotten: null,
    });
    expect(patches(company)).toHaveLength(1);
    expect((await t.read()).registers.contacts).toMatchObject({ read: 0, updated: 0 });
    expect(patches(company)).toHaveLength(1);
    expect(await writeBack()).toEqual({ enabled: true, pending: 0, failures: [] });
  });

  it('starts a read asked for during a write-back once the write-back has ended, instead of refusing it', async () => {
    const { company, contact, requestsBefore, writing } = await slowWriteBackUnderway();

    const read = await api().post('/api/standard-books/reads', { mode: 'incremental' });
    expect(read.statusCode, read.body).toBe(202);
    expect((await writing).statusCode).toBe(200);
    await t.testApp.app.sbReader.idle();

    const status = (await api().get('/api/standard-books/status')).json<SbStatus>();
    expect(status.read.last).toMatchObject({ trigger: 'manual', outcome: 'ok' });
    // The read's requests come after the write-back's GET, PATCH and GET.
    const methods = t.sandbox
      .requests(company.companyNo)
      .slice(requestsBefore)
      .map((request) => `${request.method} ${request.code ?? ''}`.trim());
    expect(methods.slice(0, 3)).toEqual([`GET ${contact.Code}`, `PATCH ${contact.Code}`, `GET ${contact.Code}`]);
    expect(methods.length).toBeGreaterThan(3);
    expect(patches(company)).toHaveLength(1);
  });

  it('refuses a second write-back while one runs, saying so', async () => {
    const { company, writing } = await slowWriteBackUnderway();

    const second = await api().post('/api/standard-books/write-back/runs');
    expect(second.statusCode).toBe(409);
    expect(second.json<{ message: string }>().message).toContain('juba kirjutatakse');
    expect((await writing).statusCode).toBe(200);
    expect(patches(company)).toHaveLength(1);
  });

  it('reports a 200 carrying an error, lists it on the page and writes it with the next read', async () => {
    const { company, account, contact } = await setUp();
    await setWriteBack(true);
    smaily.unsubscribe(account.subdomain, contact.eMail);
    await readConsent();
    t.sandbox.failNext(company.companyNo, [
      { kind: 'slow', delayMs: 0 },
      { kind: 'error-payload', code: '20060', field: 'NoMailPosting', description: 'Vigane väärtus' },
    ]);

    const failed = await runNow();
    expect(failed).toMatchObject({
      pending: 1,
      failures: [{ code: contact.Code, attempts: 1, failure: 'unexpected-answer', apiCode: '20060' }],
    });
    expect(t.sandbox.record(company.companyNo, 'CUVc', contact.Code)?.fields.NoMailPosting).toBe('0');
    expect((await log('standard-books-write'))[0]).toMatchObject({
      subject: contact.Code,
      outcome: 'failed',
      details: { failure: 'unexpected-answer', apiCode: '20060', attempt: 1 },
    });

    await t.read();
    expect(t.sandbox.record(company.companyNo, 'CUVc', contact.Code)?.fields.NoMailPosting).toBe('1');
    expect(await writeBack()).toEqual({ enabled: true, pending: 0, failures: [] });
    expect((await log('standard-books-write'))[0]).toMatchObject({
      outcome: 'ok',
      details: { run: 'read', attempt: 2, trigger: 'on-demand' },
    });
    expect(patches(company)).toHaveLength(2);
  });

  it('writes nothing when off, and an unsubscribe stored before it is turned on then waits', async () => {
    const { company, account, contact } = await setUp();
    smaily.unsubscribe(account.subdomain, contact.eMail);
    await readConsent();
    await t.read();
    expect(await writeBack()).toEqual({ enabled: false, pending: 0, failures: [] });
    const run = await api().post('/api/standard-books/write-back/runs');
    expect(run.statusCode).toBe(200);
    expect(patches(company)).toEqual([]);
    expect(t.sandbox.record(company.companyNo, 'CUVc', contact.Code)?.fields.NoMailPosting).toBe('0');

    expect(await setWriteBack(true)).toMatchObject({ enabled: true, pending: 1 });
    expect((await log('standard-books-setting'))[0]).toMatchObject({
      userName: 'Mari Administraator',
      details: { writeBackConsent: true, queued: 1 },
    });
    expect(await setWriteBack(false)).toEqual({ enabled: false, pending: 0, failures: [] });
    await t.read();
    expect(patches(company)).toEqual([]);
  });

  it('writes a new unsubscribe soon by itself, saying what caused it', async () => {
    const { company, account, contact } = await setUp({ SB_WRITE_BACK_INTERVAL_MS: '20' });
    await setWriteBack(true);
    smaily.unsubscribe(account.subdomain, contact.eMail);
    await readConsent();

    await expect
      .poll(() => t.sandbox.record(company.companyNo, 'CUVc', contact.Code)?.fields.NoMailPosting, { timeout: 5000 })
      .toBe('1');
    await expect.poll(async () => (await log('standard-books-write')).length, { timeout: 5000 }).toBe(1);
    expect((await log('standard-books-write'))[0]).toMatchObject({
      subject: contact.Code,
      outcome: 'ok',
      userName: null,
      details: { run: 'automatic', trigger: 'on-demand', causedBy: 'Mari Administraator' },
    });
    expect(patches(company)).toHaveLength(1);
  });

  it('is for administrators only', async () => {
    await setUp();
    const user = await t.testApp.signIn('user', 'Kati Kasutaja');
    const response = await t.testApp.as(user.cookie).put('/api/standard-books/write-back', { enabled: true });
    expect(response.statusCode).toBe(403);
    expect((await api().put('/api/standard-books/write-back', { enabled: 'yes' })).statusCode).toBe(400);
    expect((await writeBack()).enabled).toBe(false);
  });
});
