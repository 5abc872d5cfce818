import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../shared/contacts';
import { toCsv } from '../../shared/csv';
import type { RegisterEntry } from '../../shared/registers';
import { createTestApp, type TestApp } from '../testing/test-app';
import { commitImport, previewCsv, snapshotDatabase } from '../testing/import-test';

let testApp: TestApp;
let cookie: string;

beforeEach(async () => {
  testApp = await createTestApp({ contacts: 120 });
  ({ cookie } = await testApp.signIn('user'));
});
afterEach(() => testApp.close());

const getContact = async (code: string) => {
  const response = await testApp.as(cookie).get(`/api/contacts/${code}`);
  return response.statusCode === 200 ? response.json<Contact>() : null;
};

/** A file with Estonian labels as headers: two new contacts, one update, one unchanged row and eight bad rows. */
async function fixture(): Promise<string> {
  const same = await getContact('100002');
  if (!same) throw new Error('demo contact 100002 missing');
  const flag = (value: boolean) => (value ? '1' : '0');
  return toCsv([
    ['Kood', 'Nimi', 'E-post', 'Kliendiklass', 'Klassifikaator', 'Ära koosta massmaile'],
    ['K-1', 'Õie Pood OÜ', 'info@oie.test', 'VKE', 'HARJU,UUDIS', '0'],
    ['K-2', 'Šveitsi Juust AS', '', '', '', 'jah'],
    ['100001', 'Ärma OÜ', 'uus@arma.test', 'VKE', 'HARJU', '0'],
    [same.Code, same.Name, same.eMail, same.CustCat, same.Classification.join(','), flag(same.NoMailPosting)],
    ['K-3', 'Tundmatu klass', '', 'XXX', '', '0'],
    ['K-4', 'Tundmatu klassifikaator', '', '', 'HARJU,NOPE', '0'],
    ['', 'Koodita', '', '', '', '0'],
    ['K-5', '', '', '', '', '0'],
    ['K-6', 'Liiga pikk e-post', `${'a'.repeat(95)}@x.test`, '', '', '0'],
    ['K-DUP', 'Esimene', '', '', '', '0'],
    ['K-DUP', 'Teine', '', '', '', '0'],
    ['K-7', 'Vigane märge', '', '', '', 'võibolla'],
  ]);
}

describe('contact import preview', () => {
  it("counts created, updated, unchanged and rejected rows, with each rejected row's line and reason, and writes nothing", async () => {
    const before = await snapshotDatabase(testApp);
    const { preview } = await previewCsv(testApp, cookie, 'contacts', await fixture());

    expect(preview).toMatchObject({ total: 12, create: 2, update: 1, unchanged: 1, rejected: 8 });
    expect(preview.rejectedRows).toEqual([
      { line: 6, code: 'K-3', problems: [{ field: 'CustCat', message: 'Sellist kliendiklassi pole' }] },
      { line: 7, code: 'K-4', problems: [{ field: 'Classification', message: 'Tundmatu klassifikaator: NOPE' }] },
      { line: 8, code: '', problems: [{ field: 'Code', message: 'Kohustuslik väli' }] },
      { line: 9, code: 'K-5', problems: [{ field: 'Name', message: 'Kohustuslik väli' }] },
      { line: 10, code: 'K-6', problems: [{ field: 'eMail', message: 'Kuni 100 märki' }] },
      {
        line: 11,
        code: 'K-DUP',
        problems: [{ field: 'Code', message: 'Sama kood on failis mitu korda (read 11, 12)' }],
      },
      {
        line: 12,
        code: 'K-DUP',
        problems: [{ field: 'Code', message: 'Sama kood on failis mitu korda (read 11, 12)' }],
      },
      { line: 13, code: 'K-7', problems: [{ field: 'NoMailPosting', message: 'Lubatud on 1 või 0 (ka jah/ei)' }] },
    ]);
    expect(await snapshotDatabase(testApp)).toEqual(before);
  });

  it('answers in English when asked', async () => {
    const { preview } = await previewCsv(testApp, cookie, 'contacts', await fixture(), 'en');
    expect(preview.rejectedRows[0]?.problems).toEqual([{ field: 'CustCat', message: 'No such customer class' }]);
  });

  it('commits the good rows: new contacts exist, the updated one changed only in its file columns', async () => {
    const stored = await getContact('100001');
    const { id } = await previewCsv(testApp, cookie, 'contacts', await fixture());
    const events = await commitImport(testApp, cookie, id);

    expect(events.at(0)).toEqual({ type: 'progress', done: 0, total: 3 });
    expect(events.at(-1)).toEqual({ type: 'done', created: 2, updated: 1, unchanged: 1, rejected: 8 });
    expect(await getContact('K-1')).toMatchObject({
      Name: 'Õie Pood OÜ',
      CustCat: 'VKE',
      Classification: ['HARJU', 'UUDIS'],
      NoMailPosting: false,
    });
    expect(await getContact('K-2')).toMatchObject({ Name: 'Šveitsi Juust AS', NoMailPosting: true });
    expect(await getContact('K-3')).toBeNull();
    const updated = await getContact('100001');
    expect(updated).toMatchObject({
      eMail: 'uus@arma.test',
      Classification: ['HARJU'],
      Phone: stored?.Phone,
      InvAddr0: stored?.InvAddr0,
    });
  });
});

describe('all or nothing', () => {
  it('leaves the database exactly as it was when the write fails half way', async () => {
    // After the creates and some updates have been written, the database refuses one update.
    await sql`create trigger refuse_update before update on contacts when new.code = '100060'
      begin select raise(abort, 'refused by test'); end`.execute(testApp.app.db);
    const rows = [['Code', 'Name', 'Comment']];
    for (let code = 100001; code <= 100120; code++) rows.push([String(code), `Nimi ${code}`, 'Imporditud']);
    for (let index = 1; index <= 30; index++) rows.push([`UUS-${index}`, 'Uus kontakt', '']);
    const csv = toCsv(rows);
    const before = await snapshotDatabase(testApp);

    const { id, preview } = await previewCsv(testApp, cookie, 'contacts', csv);
    expect(preview).toMatchObject({ create: 30, update: 120, rejected: 0 });
    const events = await commitImport(testApp, cookie, id);

    expect(events.some((event) => event.type === 'progress' && event.done >= 30)).toBe(true);
    expect(events.at(-1)).toEqual({
      type: 'failed',
      changed: false,
      message: 'Import ebaõnnestus ja midagi ei salvestatud. Proovi uuesti; kui viga kordub, teata administraatorile.',
    });
    expect(await snapshotDatabase(testApp)).toEqual(before);
    expect(testApp.logText()).toContain('import failed and was rolled back');
  });

  it('writes nothing when the data changed after the preview, and a new preview shows the change', async () => {
    const csv = toCsv([
      ['Kood', 'Nimi'],
      ['K-1', 'Esimene'],
      ['K-2', 'Teine'],
    ]);
    const { id } = await previewCsv(testApp, cookie, 'contacts', csv);
    const other = await testApp.as(cookie).post('/api/contacts', {
      ...(await getContact('100003')),
      Code: 'K-2',
      DateCreated: undefined,
      DateChanged: undefined,
    });
    expect(other.statusCode, other.body).toBe(201);
    const before = await snapshotDatabase(testApp);

    const events = await commitImport(testApp, cookie, id, 'en');
    expect(events).toEqual([
      {
        type: 'failed',
        changed: true,
        message: 'The data changed after the preview and nothing was saved. Check the preview again.',
      },
    ]);
    expect(await snapshotDatabase(testApp)).toEqual(before);

    const again = await testApp.as(cookie).get(`/api/import/sessions/${id}/preview`);
    expect(again.json()).toMatchObject({ create: 1, update: 1 });
    expect((await commitImport(testApp, cookie, id)).at(-1)).toMatchObject({ type: 'done', created: 1, updated: 1 });
  });
});

describe('import steps', () => {
  const start = (payload: object, target = 'contacts', who = cookie) =>
    testApp.as(who).post(`/api/import/${target}/sessions`, payload);

  it('refuses a mapping without the code column, with a field twice, or with an unknown field', async () => {
    const response = await start({ fields: ['Name', 'eMail', 'Name', 'Smaily'], totalRows: 1 });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      message: 'Kontrolli välju',
      errors: {
        fields: 'Vali veerg, milles on kood',
        'fields.2': 'See väli on juba teisele veerule valitud',
        'fields.3': 'Tundmatu väli',
      },
    });
    expect((await start({ fields: ['Code'], totalRows: 1 }, 'nonsense')).statusCode).toBe(400);
  });

  it('keeps an import to its own user, wants every announced row before the preview, and no more', async () => {
    const { id } = (await start({ fields: ['Code', 'Name'], totalRows: 2 })).json<{ id: string }>();
    const upload = (rows: object[], who = cookie) => testApp.as(who).post(`/api/import/sessions/${id}/rows`, { rows });
    expect((await upload([{ line: 2, cells: ['A1'] }])).json()).toEqual({
      message: 'Kontrolli välju',
      errors: { 'line.2': 'Rida 2: Lahtreid on 1, oodati 2' },
    });
    expect((await upload([{ line: 2, cells: ['A1', 'Üks'] }])).json()).toEqual({ received: 1 });

    const preview = await testApp.as(cookie).get(`/api/import/sessions/${id}/preview`);
    expect(preview.statusCode).toBe(409);
    expect(preview.json()).toEqual({ message: 'Kõik read pole veel üles laaditud (1 / 2)' });
    expect(
      (
        await upload([
          { line: 3, cells: ['A2', 'Kaks'] },
          { line: 4, cells: ['A3', 'Kolm'] },
        ])
      ).statusCode,
    ).toBe(400);

    const stranger = await testApp.signIn('user');
    expect((await upload([{ line: 3, cells: ['A2', 'Kaks'] }], stranger.cookie)).statusCode).toBe(404);
    const commit = await testApp.as(cookie).post(`/api/import/sessions/${id}/commit`);
    expect(commit.json()).toEqual({ message: 'Enne kinnitamist vaata eelvaade üle' });
    expect((await testApp.as(cookie).delete(`/api/import/sessions/${id}`)).statusCode).toBe(204);
    expect((await upload([{ line: 3, cells: ['A2', 'Kaks'] }])).statusCode).toBe(404);
  });
});

describe('code list import', () => {
  const list = async (path: string) => (await testApp.as(cookie).get(`/api/registers/${path}`)).json<RegisterEntry[]>();

  it('loads customer classes, classification types and then classifications of them', async () => {
    const classes = await previewCsv(
      testApp,
      cookie,
      'customerClasses',
      toCsv([
        ['Kood', 'Nimi'],
        ['VKE', 'Väikeettevõte'],
        ['ERA', 'Eraisikud'],
        ['MUU', 'Muu'],
      ]),
    );
    expect(classes.preview).toMatchObject({ create: 1, update: 1, unchanged: 1, rejected: 0 });
    expect((await commitImport(testApp, cookie, classes.id)).at(-1)).toMatchObject({
      type: 'done',
      created: 1,
      updated: 1,
    });
    expect(await list('customer-classes')).toContainEqual({ code: 'ERA', name: 'Eraisikud', source: 'local' });

    const types = await previewCsv(testApp, cookie, 'classificationTypes', 'code,name\nKEEL,Suhtluskeel\n');
    await commitImport(testApp, cookie, types.id);
    const classifications = await previewCsv(
      testApp,
      cookie,
      'classifications',
      toCsv([
        ['Kood', 'Nimi', 'Tüüp'],
        ['EST', 'Eesti keel', 'KEEL'],
        ['RUS', 'Vene keel', 'KEELED'],
        ['LIIGA-PIKK-KOOD-ON-SIIN', 'x', 'KEEL'],
      ]),
    );
    expect(classifications.preview).toMatchObject({ create: 1, rejected: 2 });
    expect(classifications.preview.rejectedRows).toEqual([
      { line: 3, code: 'RUS', problems: [{ field: 'typeCode', message: 'Sellist klassifikaatori tüüpi pole' }] },
      { line: 4, code: 'LIIGA-PIKK-KOOD-ON-SIIN', problems: [{ field: 'code', message: 'Kuni 20 märki' }] },
    ]);
    await commitImport(testApp, cookie, classifications.id);
    expect(await list('classifications')).toContainEqual({
      code: 'EST',
      name: 'Eesti keel',
      typeCode: 'KEEL',
      source: 'local',
    });
  });
});
