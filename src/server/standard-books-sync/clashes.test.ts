import { afterEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../shared/contacts';
import type { SbClashList } from '../../shared/standard-books-master';
import type { SbContactOrigin } from '../../shared/standard-books-sync';
import type { SyncLogPage } from '../../shared/sync-log';
import type { SbConnection } from '../standard-books/types';
import { startSbSyncTest, type SbSyncTest } from '../testing/standard-books-sync-test';

let t: SbSyncTest;
afterEach(() => t.close());

const api = () => t.testApp.as(t.admin.cookie);
const card = async (code: string) => (await api().get(`/api/contacts/${code}`)).json<Contact>();
const source = async (code: string) =>
  (await api().get(`/api/contacts/${code}/standard-books`)).json<SbContactOrigin>().source;
const clashes = async () => (await api().get('/api/standard-books/clashes')).json<SbClashList>();
const choose = (code: string, choice: string | null) => api().put(`/api/standard-books/clashes/${code}`, { choice });

/** Three local demo contacts (100001–100003) and a company of five whose first three have the same codes. */
async function withLocalContacts(): Promise<SbConnection> {
  t = await startSbSyncTest({ contacts: 3 });
  const company = t.newCompany(5);
  expect((await t.connect(company)).statusCode).toBe(200);
  return company;
}

describe('code clashes', () => {
  it('on the first read are listed with both versions, not applied, and each choice is applied by the next read', async () => {
    const company = await withLocalContacts();
    // Different in Standard Books, so that "replace" visibly takes its version.
    t.sandbox.putRecord(company.companyNo, 'CUVc', { Code: '100001', Name: 'Standard Booksi Ärma OÜ' });
    const local1 = await card('100001');
    const local2 = await card('100002');

    const first = await t.read();
    expect(first.rejections).toContainEqual({ register: 'contacts', code: '100001', reason: 'local-contact' });
    const listed = await clashes();
    expect(listed.total).toBe(3);
    expect(listed.items.map((clash) => [clash.code, clash.choice])).toEqual([
      ['100001', null],
      ['100002', null],
      ['100003', null],
    ]);
    expect(listed.items[0]).toMatchObject({
      local: { Code: '100001', Name: local1.Name },
      standardBooks: { Code: '100001', Name: 'Standard Booksi Ärma OÜ' },
    });
    expect(await card('100001')).toEqual(local1);

    expect((await choose('100001', 'replace')).statusCode).toBe(200);
    expect((await choose('100002', 'keep-local')).statusCode).toBe(200);
    expect((await clashes()).items.map((clash) => [clash.code, clash.choice, clash.chosenBy])).toEqual([
      ['100003', null, null],
      ['100001', 'replace', 'Mari Administraator'],
      ['100002', 'keep-local', 'Mari Administraator'],
    ]);
    expect(await card('100001')).toEqual(local1); // a choice alone changes nothing

    // Nothing changed in Standard Books: the incremental read brings no record, the choice still applies.
    const second = await t.read();
    expect(second.registers.contacts).toMatchObject({ read: 0, updated: 1 });
    expect(await card('100001')).toMatchObject({ Name: 'Standard Booksi Ärma OÜ' });
    expect(await source('100001')).toBe('standard-books');
    expect(await card('100002')).toEqual(local2);
    expect(await source('100002')).toBe('local');
    expect((await clashes()).items.map((clash) => clash.code)).toEqual(['100003', '100002']);

    // The record kept out changes in Standard Books: still kept out, and listed with its new version.
    t.sandbox.putRecord(company.companyNo, 'CUVc', { Code: '100002', Name: 'Muudetud Standard Booksis AS' });
    const third = await t.read();
    expect(third.registers.contacts).toMatchObject({ read: 1, unchanged: 1, rejected: 0 });
    expect(await card('100002')).toEqual(local2);
    const kept = (await clashes()).items.find((clash) => clash.code === '100002');
    expect(kept).toMatchObject({ choice: 'keep-local', standardBooks: { Name: 'Muudetud Standard Booksis AS' } });

    // The choice changed later: the next read applies the new one.
    expect((await choose('100002', 'replace')).statusCode).toBe(200);
    await t.read();
    expect(await card('100002')).toMatchObject({ Name: 'Muudetud Standard Booksis AS' });
    expect(await source('100002')).toBe('standard-books');

    const log = (await api().get('/api/sync-log?kind=standard-books-clash')).json<SyncLogPage>();
    expect(log.items.map((entry) => [entry.subject, entry.details])).toEqual([
      ['100002', { choice: 'replace', previous: 'keep-local' }],
      ['100002', { choice: 'keep-local', previous: 'undecided' }],
      ['100001', { choice: 'replace', previous: 'undecided' }],
    ]);
  });

  it('found by a later read is listed and not applied; "Standard Books asendab" makes the local contact Standard Books’', async () => {
    const company = await withLocalContacts();
    await t.read();
    const local = { ...(await card('100002')), Code: 'K-7', Name: 'Kohalik Seitse OÜ' };
    const { DateCreated: _created, DateChanged: _changed, ...input } = local;
    expect((await api().post('/api/contacts', input)).statusCode).toBe(201);
    const before = await card('K-7');
    t.sandbox.putRecord(company.companyNo, 'CUVc', {
      Code: 'K-7',
      Name: 'Seitse Standard Booksist OÜ',
      CustType: '0',
      eMail: 'seitse@sb.test',
    });

    const read = await t.read();
    expect(read.rejections).toContainEqual({ register: 'contacts', code: 'K-7', reason: 'local-contact' });
    expect(await card('K-7')).toEqual(before);
    expect((await clashes()).items.find((clash) => clash.code === 'K-7')).toMatchObject({
      local: { Name: 'Kohalik Seitse OÜ' },
      standardBooks: { Name: 'Seitse Standard Booksist OÜ', eMail: 'seitse@sb.test' },
      choice: null,
    });

    expect((await choose('K-7', 'replace')).statusCode).toBe(200);
    await t.read();
    expect(await card('K-7')).toMatchObject({ Name: 'Seitse Standard Booksist OÜ', eMail: 'seitse@sb.test' });
    expect(await source('K-7')).toBe('standard-books');
    expect((await clashes()).items.map((clash) => clash.code)).not.toContain('K-7');
  });

  it('a choice for a code without a clash, or a bad choice, is refused', async () => {
    await withLocalContacts();
    await t.read();
    const unknown = await choose('999999', 'replace');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json<{ message: string }>().message).toContain('koodikonflikti pole');
    const bad = await choose('100001', 'both');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: Record<string, string> }>().errors).toHaveProperty('choice');
    expect(
      (await t.testApp.as((await t.testApp.signIn('user', 'Kati')).cookie).get('/api/standard-books/clashes'))
        .statusCode,
    ).toBe(403);
  });
});
