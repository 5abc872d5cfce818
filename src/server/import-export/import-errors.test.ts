import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../shared/contacts';
import { toCsv } from '../../shared/csv';
import { createTestApp, type TestApp } from '../testing/test-app';
import { previewCsv } from '../testing/import-test';

let testApp: TestApp;
let cookie: string;

beforeEach(async () => {
  testApp = await createTestApp({ contacts: 5 });
  ({ cookie } = await testApp.signIn('user'));
});
afterEach(() => testApp.close());

describe('control characters in text', () => {
  it("refuses a NUL in a contact's name through the API, naming the field", async () => {
    const stored = (await testApp.as(cookie).get('/api/contacts/100001')).json<Contact>();
    const { DateCreated: _created, DateChanged: _changed, ...input } = stored;
    const response = await testApp.as(cookie, 'en').put('/api/contacts/100001', { ...input, Name: 'Ärma\u0000OÜ' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      message: 'Please check the fields',
      errors: { Name: 'Contains a control character that is not allowed (e.g. a tab, line break or NUL)' },
    });
  });

  it('rejects an imported row with a NUL or a line break in a cell, naming its line and field', async () => {
    const csv = toCsv([
      ['Kood', 'Nimi', 'Kommentaar'],
      ['K-1', 'Hea Rida OÜ', ''],
      ['K-2', 'Nul\u0000Nimi', ''],
      ['K-3', 'Kolmas', 'kaks\nrida'],
    ]);
    const { preview } = await previewCsv(testApp, cookie, 'contacts', csv);
    expect(preview).toMatchObject({ create: 1, rejected: 2 });
    const message = 'Sisaldab lubamatut juhtmärki (nt tabulaator, reavahetus või NUL)';
    expect(preview.rejectedRows).toEqual([
      { line: 3, code: 'K-2', problems: [{ field: 'Name', message }] },
      { line: 4, code: 'K-3', problems: [{ field: 'Comment', message }] },
    ]);
  });
});

describe('import errors name the line of the file', () => {
  it('rejects a cell longer than its field allows on its own line, wherever it is in the upload', async () => {
    // Line 2235 is in the second part the helper uploads (2 000 rows a part), as its 234th row.
    const rows: string[][] = [['Kood', 'Nimi', 'E-post']];
    for (let index = 0; index < 2500; index++) rows.push([`K-${index}`, 'Nimi', `k${index}@example.test`]);
    rows[2234] = ['K-LONG', 'Nimi', 'x'.repeat(2500)];
    const { preview } = await previewCsv(testApp, cookie, 'contacts', toCsv(rows));
    expect(preview.rejectedRows).toEqual([
      { line: 2235, code: 'K-LONG', problems: [{ field: 'eMail', message: 'Kuni 100 märki' }] },
    ]);
  });

  it("names the file's line and the column's field for an upload the schema refuses", async () => {
    const user = testApp.as(cookie);
    const started = await user.post('/api/import/contacts/sessions', { fields: ['Code', 'eMail'], totalRows: 3 });
    const { id } = started.json<{ id: string }>();
    const response = await user.post(`/api/import/sessions/${id}/rows`, {
      rows: [
        { line: 1233, cells: ['K-1', 'a@example.test'] },
        { line: 1234, cells: ['K-2', 42] },
        { line: 1235, cells: ['K-3'] },
      ],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      message: 'Kontrolli välju',
      errors: { 'line.1234.eMail': 'Rida 1234, veerg E-post: Vigane väärtus' },
    });
    const english = await testApp
      .as(cookie, 'en')
      .post(`/api/import/sessions/${id}/rows`, { rows: [{ line: 1235, cells: ['K-3'] }] });
    expect(english.json()).toEqual({
      message: 'Please check the fields',
      errors: { 'line.1235': 'Line 1235: 1 cells, expected 2' },
    });
  });
});

describe('a preview of a file full of bad rows', () => {
  it('counts every rejected row but gives the reasons of the first 1 000, naming a few lines of a repeated code', async () => {
    const rows: string[][] = [['Kood', 'Nimi']];
    for (let index = 0; index < 1500; index++) rows.push(['SAMA', `Nimi ${index}`]);
    const { preview } = await previewCsv(testApp, cookie, 'contacts', toCsv(rows));
    expect(preview).toMatchObject({ total: 1500, rejected: 1500, create: 0 });
    expect(preview.rejectedRows).toHaveLength(1000);
    expect(preview.rejectedRows[999]).toEqual({
      line: 1001,
      code: 'SAMA',
      problems: [
        { field: 'Code', message: 'Sama kood on failis 1500 korda (read 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 jne)' },
      ],
    });
  });
});

describe('every problem of a rejected row', () => {
  it("names all of a row's problems at once: its shape beside the code lists it points into", async () => {
    const csv = toCsv([
      ['Kood', 'Nimi', 'E-post', 'Kliendiklass', 'Klassifikaator'],
      ['K-1', '', `${'a'.repeat(95)}@x.test`, 'XXX', 'HARJU,NOPE'],
    ]);
    const { preview } = await previewCsv(testApp, cookie, 'contacts', csv);
    expect(preview.rejectedRows).toEqual([
      {
        line: 2,
        code: 'K-1',
        problems: [
          { field: 'Name', message: 'Kohustuslik väli' },
          { field: 'eMail', message: 'Kuni 100 märki' },
          { field: 'CustCat', message: 'Sellist kliendiklassi pole' },
          { field: 'Classification', message: 'Tundmatu klassifikaator: NOPE' },
        ],
      },
    ]);
  });

  it("names an empty name beside an unknown type for a code list's row", async () => {
    const csv = toCsv([
      ['Kood', 'Nimi', 'Klassifikaatori tüüp'],
      ['UUS', '', 'NOPE'],
    ]);
    const { preview } = await previewCsv(testApp, cookie, 'classifications', csv);
    expect(preview.rejectedRows).toEqual([
      {
        line: 2,
        code: 'UUS',
        problems: [
          { field: 'name', message: 'Kohustuslik väli' },
          { field: 'typeCode', message: 'Sellist klassifikaatori tüüpi pole' },
        ],
      },
    ]);
  });
});
