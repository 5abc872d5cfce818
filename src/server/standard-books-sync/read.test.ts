import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PushResult } from '../../shared/contact-push';
import type { Contact } from '../../shared/contacts';
import { isActiveJobStatus, type DryRun, type PushJob } from '../../shared/push-jobs';
import type { SbContactOrigin, SbReadSummary } from '../../shared/standard-books-sync';
import type { SyncLogPage } from '../../shared/sync-log';
import { startSmailySandbox } from '../../sandbox/sandbox';
import type { SbSandboxOptions } from '../../standard-books-sandbox/types';
import { addTestAccount } from '../testing/smaily-sandbox';
import type { SbConnection } from '../standard-books/types';
import { startSbSyncTest, type SbSyncTest } from '../testing/standard-books-sync-test';

let t: SbSyncTest;
afterEach(() => t.close());

/** An app of its own, connected to a new company of its own sandbox. */
async function connected(
  contacts = 12,
  options: { env?: Record<string, string>; sandbox?: SbSandboxOptions; startSequence?: bigint } = {},
): Promise<SbConnection> {
  t = await startSbSyncTest(options);
  const company = t.newCompany(contacts, options.startSequence);
  const response = await t.connect(company);
  expect(response.statusCode, response.body).toBe(200);
  return company;
}

const api = () => t.testApp.as(t.admin.cookie);
const card = async (code: string) => (await api().get(`/api/contacts/${code}`)).json<Contact>();
const origin = async (code: string) =>
  (await api().get(`/api/contacts/${code}/standard-books`)).json<SbContactOrigin>();
const storedSequence = async (register: string) =>
  (
    await t.testApp.app.db
      .selectFrom('standard_books_registers')
      .select('sequence')
      .where('register', '=', register)
      .executeTakeFirst()
  )?.sequence ?? null;
const contactQueries = (company: SbConnection) =>
  t.sandbox
    .requests(company.companyNo)
    .filter((request) => request.register === 'CUVc')
    .map((request) => request.query);
const counts = (summary: SbReadSummary, register: keyof SbReadSummary['registers']) => {
  const { read, created, updated, unchanged, removed, rejected } = summary.registers[register] ?? {};
  return { read, created, updated, unchanged, removed, rejected };
};

describe('a full read, then incremental ones', () => {
  it('reads every register in full first, storing each one’s sequence as text, then only what changed', async () => {
    const company = await connected(12, { startSequence: 2n ** 60n });
    const first = await t.read();
    expect(first).toMatchObject({ mode: 'incremental', outcome: 'ok', failure: null, rejections: [] });
    expect(first.totals).toEqual({ read: 45, created: 45, updated: 0, unchanged: 0, removed: 0, rejected: 0 });
    expect(counts(first, 'contacts')).toEqual({
      read: 12,
      created: 12,
      updated: 0,
      unchanged: 0,
      removed: 0,
      rejected: 0,
    });
    expect(Object.values(first.registers).map((register) => register.mode)).toEqual(Array(6).fill('full'));
    const sequence = t.sandbox.sequence(company.companyNo);
    expect(BigInt(sequence)).toBeGreaterThan(2n ** 60n);
    expect(await storedSequence('contacts')).toBe(sequence);

    const sbContact = t.sandbox.record(company.companyNo, 'CUVc', '100003')?.fields ?? {};
    expect(await card('100003')).toMatchObject({
      Code: '100003',
      Name: sbContact.Name,
      eMail: sbContact.eMail,
      CustCat: sbContact.CustCat,
      Classification: sbContact.Classification?.split(','),
      NoMailPosting: sbContact.NoMailPosting === '1',
    });
    expect(await origin('100003')).toMatchObject({ source: 'standard-books', removedFromStandardBooksAt: null });

    for (const code of ['100002', '100005', '100011']) {
      t.sandbox.putRecord(company.companyNo, 'CUVc', { Code: code, Name: `Muudetud ${code} OÜ` });
    }
    const second = await t.read();
    expect(Object.values(second.registers).map((register) => register.mode)).toEqual(Array(6).fill('incremental'));
    expect(counts(second, 'contacts')).toEqual({
      read: 3,
      created: 0,
      updated: 3,
      unchanged: 0,
      removed: 0,
      rejected: 0,
    });
    expect((await card('100005')).Name).toBe('Muudetud 100005 OÜ');
    expect(contactQueries(company).at(-1)).toMatchObject({ updates_after: sequence });
    expect(await storedSequence('contacts')).toBe(t.sandbox.sequence(company.companyNo));

    const third = await t.read();
    expect(third.totals).toEqual({ read: 0, created: 0, updated: 0, unchanged: 0, removed: 0, rejected: 0 });
  });

  it('creates a new classification before the contact that uses it, in the same read', async () => {
    const company = await connected(4);
    await t.read();
    t.sandbox.putRecord(company.companyNo, 'CClassVc', {
      Code: 'MESS26',
      Comment: 'Messikülastaja',
      ClassType: 'HUVI',
    });
    t.sandbox.putRecord(company.companyNo, 'CUVc', { Code: '100002', Classification: 'MESS26' });
    t.sandbox.putRecord(company.companyNo, 'CUVc', {
      Code: '200001',
      Name: 'Uus Klient OÜ',
      CustType: '0',
      Classification: 'MESS26,HARJU',
    });

    const summary = await t.read();
    expect(summary.outcome).toBe('ok');
    expect(counts(summary, 'classifications')).toMatchObject({ read: 1, created: 1 });
    expect(counts(summary, 'contacts')).toMatchObject({ read: 2, created: 1, updated: 1 });
    expect((await card('100002')).Classification).toEqual(['MESS26']);
    expect((await card('200001')).Classification).toEqual(['MESS26', 'HARJU']);
    const registers = t.sandbox
      .requests(company.companyNo)
      .slice(-6)
      .map((request) => request.register);
    expect(registers).toEqual(['CCatVc', 'CClassTypeVc', 'CClassVc', 'OTVc', 'ObjVc', 'CUVc']);
  });

  it('reads a register in full when the server’s sequence went below the stored one, and says so in the log', async () => {
    const company = await connected(6, { startSequence: 1000n });
    await t.read();
    const before = await storedSequence('contacts');
    t.sandbox.putRecord(company.companyNo, 'CUVc', { Code: '100004', Name: 'Pärast uuendust AS' });
    const reset = t.sandbox.resetSequence(company.companyNo);
    expect(BigInt(reset)).toBeLessThan(BigInt(before ?? '0'));

    const summary = await t.read();
    expect(summary.registers.contacts).toMatchObject({ mode: 'full', sequenceReset: true, read: 6, updated: 1 });
    expect(summary.registers.contacts?.unchanged).toBe(5);
    expect(contactQueries(company).slice(-2)).toEqual([
      expect.objectContaining({ updates_after: before }),
      expect.not.objectContaining({ updates_after: expect.any(String) as string }),
    ]);
    expect(await storedSequence('contacts')).toBe(reset);
    const log = (await api().get('/api/sync-log?kind=standard-books-read')).json<SyncLogPage>();
    expect(log.items[0]?.details).toMatchObject({
      sequenceReset: [
        'customerClasses',
        'classificationTypes',
        'classifications',
        'objectTypes',
        'objects',
        'contacts',
      ],
    });

    // The next read is incremental again, from the new sequence.
    const next = await t.read();
    expect(next.registers.contacts).toMatchObject({ mode: 'incremental', sequenceReset: false, read: 0 });
  });

  it('reads a register without a sync index in full every time, and the others incrementally', async () => {
    const company = await connected(3, { sandbox: { registersWithoutUpdates: ['CCatVc'] } });
    await t.read();
    const second = await t.read();
    expect(second.outcome).toBe('ok');
    expect(second.registers.customerClasses).toMatchObject({ mode: 'full', read: 5, unchanged: 5 });
    expect(second.registers.contacts).toMatchObject({ mode: 'incremental', read: 0 });
    await t.read();
    const classQueries = t.sandbox
      .requests(company.companyNo)
      .filter((request) => request.register === 'CCatVc')
      .map((request) => 'updates_after' in request.query);
    // Full, then updates_after refused (404 with the HAL hint) and full, then straight to full.
    expect(classQueries).toEqual([false, true, false, false]);
  });
});

describe('deletions', () => {
  it('marks a contact gone from Standard Books at the next full read, keeps it, and leaves it out of pushes', async () => {
    const smaily = await startSmailySandbox({ maxRps: 1000 });
    const company = await connected(10, { env: { SMAILY_URL_TEMPLATE: smaily.urlTemplate } });
    const account = addTestAccount(smaily);
    const { username, password } = account;
    const activation = { address: `${account.subdomain}.sendsmaily.net`, username, password };
    expect((await api().post('/api/smaily/activation', activation)).statusCode).toBe(200);
    await t.read();
    t.sandbox.deleteRecord(company.companyNo, 'CUVc', '100004');

    const incremental = await t.read();
    expect(incremental.totals.removed).toBe(0);
    expect((await origin('100004')).removedFromStandardBooksAt).toBeNull();

    const full = await t.read('full');
    expect(full).toMatchObject({ mode: 'full', outcome: 'ok' });
    expect(counts(full, 'contacts')).toMatchObject({ read: 9, unchanged: 9, removed: 1 });
    const removed = await origin('100004');
    expect(removed.removedFromStandardBooksAt).toEqual(expect.any(String));
    expect((await card('100004')).Code).toBe('100004');

    const dry = (await api().post('/api/push-jobs/dry-run', {})).json<DryRun>();
    expect(dry).toMatchObject({ matching: 10, skipped: { 'removed-from-standard-books': 1 } });
    const push = (await api().post('/api/contacts/100004/push', {})).json<PushResult>();
    expect(push).toEqual({ outcome: 'not-sent', reason: 'removed-from-standard-books' });
    expect(smaily.requests(account.subdomain).filter((request) => request.endpoint === 'contact.php')).toEqual([]);
    const started = (await api().post('/api/push-jobs', { confirmAll: true })).json<PushJob>();
    const job = await vi.waitFor(
      async () => {
        const polled = (await api().get(`/api/push-jobs/${started.id}`)).json<PushJob>();
        if (isActiveJobStatus(polled.status)) throw new Error('still running');
        return polled;
      },
      { timeout: 15_000, interval: 20 },
    );
    expect(job.skippedByReason['removed-from-standard-books']).toBe(1);
    const report = await api().get(`/api/push-jobs/${started.id}/report.csv`);
    expect(report.body).toMatch(/100004;[^\n]*;Eemaldatud Standard Booksist/);
    await smaily.close();

    // Back in Standard Books: the next read takes the mark away.
    t.sandbox.putRecord(company.companyNo, 'CUVc', { Code: '100004', Name: 'Tagasi OÜ' });
    const back = await t.read();
    expect(counts(back, 'contacts')).toMatchObject({ read: 1, updated: 1 });
    expect((await origin('100004')).removedFromStandardBooksAt).toBeNull();
  });

  it('does not mark a contact that offset paging skipped while the set changed, once a second look finds it', async () => {
    const company = await connected(9, { env: { SB_PAGE_SIZE: '4' } });
    await t.read();
    const pass = { kind: 'slow', delayMs: 0 } as const;
    // Code lists in pages of 4: 2 + 1 + 5 + 1 + 2 requests; then the contacts' first page (100001–100004). Before
    // the second page someone deletes 100002: offset 4 now starts at 100006, and 100005 is never in a page.
    t.sandbox.failNext(company.companyNo, [
      ...Array<typeof pass>(12).fill(pass),
      { kind: 'change', change: () => t.sandbox.deleteRecord(company.companyNo, 'CUVc', '100002') },
    ]);
    const full = await t.read('full');
    // 100002 was read on the first page, before it went; 100005 was in no page, but the second look (codes only)
    // finds it, so it is not marked.
    expect(counts(full, 'contacts')).toMatchObject({ read: 8, removed: 0 });
    expect(contactQueries(company).filter((query) => query.fields === 'Code')).not.toEqual([]);
    expect((await origin('100005')).removedFromStandardBooksAt).toBeNull();
    expect((await origin('100002')).removedFromStandardBooksAt).toBeNull();

    const next = await t.read('full');
    expect(counts(next, 'contacts')).toMatchObject({ read: 8, removed: 1 });
    expect((await origin('100002')).removedFromStandardBooksAt).toEqual(expect.any(String));
  });
});

describe('records that cannot be applied', () => {
  it('rejects each with its code and reason, applies the rest, and strips control characters from text', async () => {
    const company = await connected(5);
    const put = (fields: Record<string, string>) => t.sandbox.putRecord(company.companyNo, 'CUVc', fields);
    put({ Code: '300001', Name: '' });
    put({ Code: '300002', Name: 'Tundmatu klass OÜ', CustCat: 'XXX' });
    put({ Code: '300003', Name: 'Lipp', NoMailPosting: '7' });
    put({ Code: '300004', Name: 'Kaks\tobjekti', Objects: 'MYYK,HOOLD' });
    put({ Code: '300005', Name: 'Reavahetusega\r\nnimi OÜ', Person: 'Mari\u0007 Maasikas', CustType: '1' });
    put({ Code: 'kood tühikuga', Name: 'Vigane kood' });

    const summary = await t.read();
    expect(summary.outcome).toBe('partial');
    expect(counts(summary, 'contacts')).toEqual({
      read: 11,
      created: 6,
      updated: 0,
      unchanged: 0,
      removed: 0,
      rejected: 5,
    });
    expect(summary.rejections).toEqual([
      { register: 'contacts', code: '300001', reason: 'missing-name' },
      { register: 'contacts', code: '300002', reason: 'unknown-customer-class', codes: 'XXX' },
      { register: 'contacts', code: '300003', reason: 'invalid-value', field: 'NoMailPosting' },
      { register: 'contacts', code: '300004', reason: 'one-object-per-type', codes: 'OSAK' },
      { register: 'contacts', code: 'kood tühikuga', reason: 'invalid-code' },
    ]);
    expect(await card('300005')).toMatchObject({ Name: 'Reavahetusega nimi OÜ', Person: 'Mari Maasikas', CustType: 1 });
    const log = (await api().get('/api/sync-log?kind=standard-books-read')).json<SyncLogPage>();
    expect(log.items[0]).toMatchObject({ outcome: 'partial', userName: 'Mari Administraator' });
    expect(log.items[0]?.details).toMatchObject({ rejected: 5, rejections: summary.rejections });
  });

  it('never applies a record whose code is a contact or code list entry made here', async () => {
    t = await startSbSyncTest({ contacts: 3 });
    const company = t.newCompany(5);
    expect((await t.connect(company)).statusCode).toBe(200);
    const local = await card('100002');

    const summary = await t.read();
    expect(summary.outcome).toBe('partial');
    expect(counts(summary, 'contacts')).toMatchObject({ read: 5, created: 2, rejected: 3 });
    expect(counts(summary, 'customerClasses')).toMatchObject({ read: 5, created: 0, rejected: 5 });
    expect(summary.rejections).toContainEqual({ register: 'contacts', code: '100002', reason: 'local-contact' });
    expect(summary.rejections).toContainEqual({ register: 'customerClasses', code: 'VKE', reason: 'local-entry' });
    expect(await card('100002')).toEqual(local);
    expect(await origin('100002')).toMatchObject({ source: 'local' });
    expect(await origin('100004')).toMatchObject({ source: 'standard-books' });
  });
});

describe('a read that fails in the middle of a register', () => {
  it('leaves that register’s stored sequence as it was, and the next read completes it', async () => {
    const company = await connected(10, { env: { SB_PAGE_SIZE: '5' } });
    await t.read();
    const before = await storedSequence('contacts');
    for (let n = 1; n <= 8; n++) {
      t.sandbox.putRecord(company.companyNo, 'CUVc', { Code: `10000${n}`.slice(-6), Comment: `muudetud ${n}` });
    }
    // Five code lists (nothing changed: one page each) and the contacts' first page pass; the second fails twice.
    const pass = { kind: 'slow', delayMs: 0 } as const;
    t.sandbox.failNext(company.companyNo, [...Array<typeof pass>(6).fill(pass), 500, 500]);

    const failed = await t.read();
    expect(failed).toMatchObject({ outcome: 'failed', failure: { register: 'contacts', code: 'server-error' } });
    expect(counts(failed, 'contacts')).toMatchObject({ read: 5, updated: 5 });
    expect(await storedSequence('contacts')).toBe(before);
    expect((await t.status()).read.consecutiveFailures).toBe(1);

    const next = await t.read();
    expect(next.outcome).toBe('ok');
    expect(counts(next, 'contacts')).toMatchObject({ read: 8, updated: 3, unchanged: 5 });
    expect(await storedSequence('contacts')).toBe(t.sandbox.sequence(company.companyNo));
    expect((await t.status()).read.consecutiveFailures).toBe(0);
    expect((await card('100008')).Comment).toBe('muudetud 8');
  });

  it('ends at the next page when the app stops, as interrupted, with the marks where they were', async () => {
    const company = await connected(4);
    t.sandbox.failNext(company.companyNo, [{ kind: 'slow', delayMs: 150 }]);
    const reader = t.testApp.app.sbReader;
    expect(await reader.start('incremental', 'manual', null)).toEqual({ ok: true });
    await reader.stop();
    const { last } = (await t.status()).read;
    expect(last).toMatchObject({ outcome: 'failed', failure: { register: 'customerClasses', code: 'interrupted' } });
    expect(await storedSequence('customerClasses')).toBeNull();
    expect(await reader.start('full', 'manual', null)).toEqual({ ok: false, refusal: 'running' });
  });
});
