import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contactCsvColumns, contactToCells } from '../../shared/contact-csv';
import type { ContactList } from '../../shared/contacts';
import { csvBom, parseCsv, toCsv } from '../../shared/csv';
import { generateDemoContacts } from '../seed/demo-contacts';
import { createTestApp, type TestApp } from '../testing/test-app';
import { commitImport, previewCsv, snapshotDatabase } from '../testing/import-test';

let testApp: TestApp;
let cookie: string;

beforeEach(async () => {
  testApp = await createTestApp({ contacts: 300 });
  ({ cookie } = await testApp.signIn('user'));
});
afterEach(() => testApp.close());

const get = (url: string) => testApp.as(cookie).get(url);

describe('contact export', () => {
  it('downloads every contact as CSV for Excel: BOM, ;, all CUVc fields, formula-looking cells guarded', async () => {
    const response = await get('/api/export/contacts');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="kontaktid-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(response.body.startsWith(`${csvBom}Code;Name;CustType;CustCat;Classification;eMail;Phone;Mobile;`)).toBe(
      true,
    );
    expect(response.body).toMatch(/\r\n100001;Ärma OÜ;0;/);
    // Phone numbers start with + and would be formulas in a spreadsheet.
    expect(response.body).toMatch(/;'\+372 \d+;/);

    const parsed = parseCsv(response.body);
    expect(parsed.records).toHaveLength(300);
    expect(parsed.records.map((record) => record.cells[0])).toEqual(
      [...Array(300).keys()].map((index) => String(100001 + index)),
    );
    expect(parsed.records.some((record) => (record.cells[6] ?? '').startsWith('+372 '))).toBe(true);
  });

  it("exports the filtered part with the register's own search and filters", async () => {
    const filters = 'custCat=VKE&classification=HARJU';
    const register = (await get(`/api/contacts?${filters}&pageSize=200`)).json<ContactList>();
    expect(register.total).toBeGreaterThan(0);
    const exported = parseCsv((await get(`/api/export/contacts?${filters}`)).body);
    expect(exported.records.map((record) => record.cells[0])).toEqual(register.items.map((item) => item.Code));
    expect(
      parseCsv((await get(`/api/export/contacts?search=${encodeURIComponent('ärma')}`)).body).records.map(
        (record) => record.cells[1],
      ),
    ).toContain('Ärma OÜ');
  });

  it('exports a code list as code;name;typeCode', async () => {
    const response = await get('/api/export/classifications');
    expect(response.headers['content-disposition']).toMatch(/filename="klassifikaatorid-/);
    expect(response.body).toContain(`${csvBom}code;name;typeCode\r\n`);
    expect(response.body).toContain('PARNU;Pärnumaa;PIIRK\r\n');
  });
});

describe('the file name', () => {
  it('carries the day in Tallinn, not in UTC: 22:30 UTC on 1 March is already 2 March there', async () => {
    const lateEvening = await createTestApp({ now: () => Date.parse('2026-03-01T22:30:00Z') });
    try {
      const signedIn = await lateEvening.signIn('user');
      const response = await lateEvening.app.inject({
        method: 'GET',
        url: '/api/export/customer-classes',
        headers: { cookie: signedIn.cookie },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-disposition']).toBe('attachment; filename="kliendiklassid-2026-03-02.csv"');
    } finally {
      await lateEvening.close();
    }
  });
});

describe('export then import', () => {
  it('changes nothing when the exported file is imported again', async () => {
    const before = await snapshotDatabase(testApp);
    const { id, preview } = await previewCsv(testApp, cookie, 'contacts', (await get('/api/export/contacts')).body);
    expect(preview).toMatchObject({ total: 300, create: 0, update: 0, unchanged: 300, rejected: 0 });
    expect((await commitImport(testApp, cookie, id)).at(-1)).toEqual({
      type: 'done',
      created: 0,
      updated: 0,
      unchanged: 300,
      rejected: 0,
    });
    expect(await snapshotDatabase(testApp)).toEqual(before);
  });

  it('changes nothing for a code list either', async () => {
    const before = await snapshotDatabase(testApp);
    const { preview } = await previewCsv(testApp, cookie, 'objects', (await get('/api/export/objects')).body);
    expect(preview).toMatchObject({ unchanged: 6, create: 0, update: 0, rejected: 0 });
    expect(await snapshotDatabase(testApp)).toEqual(before);
  });
});

describe('a large import', () => {
  it('imports 10 000 contacts in seconds', async () => {
    const rows = [...generateDemoContacts(10_000, 7)].map((contact) =>
      contactToCells({ ...contact, Code: `N${contact.Code}`, DateChanged: contact.DateCreated }),
    );
    const csv = toCsv([[...contactCsvColumns], ...rows]);
    const started = Date.now();
    const { id, preview } = await previewCsv(testApp, cookie, 'contacts', csv);
    expect(preview).toMatchObject({ create: 10_000, rejected: 0 });
    const events = await commitImport(testApp, cookie, id);
    expect(events.at(-1)).toEqual({ type: 'done', created: 10_000, updated: 0, unchanged: 0, rejected: 0 });
    expect(events.filter((event) => event.type === 'progress').length).toBeGreaterThan(10);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect((await get('/api/contacts?pageSize=1')).json<ContactList>().total).toBe(10_300);
  });
});
