import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyContactInput, type Contact, type ContactInput, type ContactList } from '../../shared/contacts';
import type { ApiError } from '../../shared/errors';
import { startSbSyncTest } from '../testing/standard-books-sync-test';
import { createTestApp, type TestApp } from '../testing/test-app';

let testApp: TestApp;
let cookie: string;

beforeEach(async () => {
  testApp = await createTestApp({ contacts: 300 });
  ({ cookie } = await testApp.signIn('user'));
});
afterEach(() => testApp.close());

const get = (url: string) => testApp.as(cookie).get(url);
const send = (method: 'POST' | 'PUT', url: string, payload: unknown) =>
  method === 'POST' ? testApp.as(cookie).post(url, payload) : testApp.as(cookie).put(url, payload);

const newContact = (changes: Partial<ContactInput> = {}): ContactInput => ({
  ...emptyContactInput,
  Code: 'K900',
  Name: 'Õunapuu Aiandus OÜ',
  CustCat: 'VKE',
  Classification: ['TARTU', 'EM0111'],
  Objects: ['MYYK'],
  eMail: 'info@ounapuu.test',
  ...changes,
});

describe('contacts register', () => {
  it('pages through the register in code order with the total', async () => {
    const first = (await get('/api/contacts?pageSize=50')).json<ContactList>();
    const second = (await get('/api/contacts?pageSize=50&page=2')).json<ContactList>();
    expect(first.total).toBe(300);
    expect(first.items.map((item) => item.Code).slice(0, 3)).toEqual(['100001', '100002', '100003']);
    expect(second.items[0]?.Code).toBe('100051');
    const descending = (await get('/api/contacts?pageSize=2&sort=-code')).json<ContactList>();
    expect(descending.items.map((item) => item.Code)).toEqual(['100300', '100299']);
  });

  it('finds "Ärma OÜ" by "ärma", ignoring case in Estonian letters too', async () => {
    const lower = (await get(`/api/contacts?search=${encodeURIComponent('ärma')}`)).json<ContactList>();
    expect(lower.items.map((item) => item.Name)).toContain('Ärma OÜ');
    const upper = (await get(`/api/contacts?search=${encodeURIComponent('ÄRMA O')}`)).json<ContactList>();
    expect(upper.items.map((item) => item.Name)).toContain('Ärma OÜ');
    expect([...lower.items, ...upper.items].every((item) => item.Name.toLowerCase().includes('ärma'))).toBe(true);
  });

  it('searches codes and e-mail addresses, and treats % and _ literally', async () => {
    const byCode = (await get('/api/contacts?search=100042')).json<ContactList>();
    expect(byCode.items.map((item) => item.Code)).toEqual(['100042']);
    const byEmail = (await get('/api/contacts?search=info%40arma.test')).json<ContactList>();
    expect(byEmail.items.map((item) => item.Code)).toEqual(['100001']);
    expect((await get('/api/contacts?search=%25')).json<ContactList>().total).toBe(0);
  });

  it('filters by customer class and by classification, both together meaning both', async () => {
    const all = (await get('/api/contacts?pageSize=200')).json<ContactList>().items;
    const rest = (await get('/api/contacts?pageSize=200&page=2')).json<ContactList>().items;
    const everyone = [...all, ...rest];
    const expected = everyone
      .filter((item) => item.CustCat === 'VKE' && item.Classification.includes('HARJU'))
      .map((item) => item.Code);
    const filtered = (await get('/api/contacts?pageSize=200&custCat=VKE&classification=HARJU')).json<ContactList>();
    expect(expected.length).toBeGreaterThan(0);
    expect(filtered.items.map((item) => item.Code)).toEqual(expected);
    expect(filtered.total).toBe(expected.length);
  });
});

describe('contacts register and Standard Books', () => {
  it('marks each contact read from Standard Books, a removed one as both, and none made here', async () => {
    const t = await startSbSyncTest();
    try {
      const company = t.newCompany(3);
      expect((await t.connect(company)).statusCode).toBe(200);
      expect((await t.read()).outcome).toBe('ok');
      const admin = t.testApp.as(t.admin.cookie);
      expect(
        (await admin.post('/api/contacts', newContact({ Code: 'K-1', Classification: [], Objects: [], CustCat: '' })))
          .statusCode,
      ).toBe(201);
      t.sandbox.deleteRecord(company.companyNo, 'CUVc', '100003');
      expect((await t.read('full')).outcome).toBe('ok');

      const list = (await admin.get('/api/contacts?pageSize=10')).json<ContactList>();
      const marks = list.items.map(({ Code, fromStandardBooks, removedFromStandardBooks }) => ({
        Code,
        fromStandardBooks,
        removedFromStandardBooks,
      }));
      expect(marks).toEqual([
        { Code: '100001', fromStandardBooks: true, removedFromStandardBooks: false },
        { Code: '100002', fromStandardBooks: true, removedFromStandardBooks: false },
        { Code: '100003', fromStandardBooks: true, removedFromStandardBooks: true },
        { Code: 'K-1', fromStandardBooks: false, removedFromStandardBooks: false },
      ]);
    } finally {
      await t.close();
    }
  });
});

describe('contact card', () => {
  it('creates a contact, reads it back with its classifications in card order, and updates it', async () => {
    const created = await send('POST', '/api/contacts', newContact());
    expect(created.statusCode).toBe(201);
    const read = (await get('/api/contacts/K900')).json<Contact>();
    expect(read).toMatchObject({
      Code: 'K900',
      Name: 'Õunapuu Aiandus OÜ',
      Classification: ['TARTU', 'EM0111'],
      Objects: ['MYYK'],
    });

    const updated = await send(
      'PUT',
      '/api/contacts/K900',
      newContact({ Name: 'Õunapuu OÜ', Classification: ['EM0111', 'HARJU'], NoMailPosting: true }),
    );
    expect(updated.statusCode).toBe(200);
    const after = (await get('/api/contacts/K900')).json<Contact>();
    expect(after).toMatchObject({ Name: 'Õunapuu OÜ', Classification: ['EM0111', 'HARJU'], NoMailPosting: true });
    expect(after.DateCreated).toBe(read.DateCreated);
    expect(after.DateChanged >= read.DateChanged).toBe(true);
  });

  it('refuses a code change after the first save, on the Code field', async () => {
    const response = await send('PUT', '/api/contacts/100001', newContact({ Code: '100001X' }));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      message: 'Kontrolli välju',
      errors: { Code: 'Koodi ei saa pärast esimest salvestamist muuta' },
    });
  });

  it('refuses a code that is taken', async () => {
    const response = await send('POST', '/api/contacts', newContact({ Code: '100001' }));
    expect(response.statusCode).toBe(400);
    expect(response.json<ApiError>().errors).toEqual({ Code: 'See kood on juba kasutusel' });
  });

  it('answers 404 for an unknown contact', async () => {
    expect((await get('/api/contacts/NOPE')).statusCode).toBe(404);
  });

  const invalidFields: [string, Partial<ContactInput> | Record<string, unknown>, string][] = [
    ['Code', { Code: '' }, 'Kohustuslik väli'],
    ['Code', { Code: 'K 1' }, 'Kood võib sisaldada tähti, numbreid ning märke . _ -'],
    ['Code', { Code: 'K'.repeat(21) }, 'Kuni 20 märki'],
    ['Name', { Name: '   ' }, 'Kohustuslik väli'],
    ['Name', { Name: 'N'.repeat(201) }, 'Kuni 200 märki'],
    ['CustType', { CustType: 2 }, 'Vigane väärtus'],
    ['CustCat', { CustCat: 'NOPE' }, 'Sellist kliendiklassi pole'],
    ['Classification', { Classification: ['HARJU', 'NOPE'] }, 'Tundmatu klassifikaator: NOPE'],
    ['Classification', { Classification: ['HARJU', 'HARJU'] }, 'Sama väärtus on mitu korda: HARJU'],
    ['Objects', { Objects: ['NOPE'] }, 'Tundmatu objekt: NOPE'],
    ['Objects', { Objects: ['MYYK', 'TOOT'] }, 'Igast objektitüübist võib valida ühe objekti (OSAK)'],
    ['eMail', { eMail: 'x'.repeat(101) }, 'Kuni 100 märki'],
    ['Phone', { Phone: '1'.repeat(21) }, 'Kuni 20 märki'],
    ['Person', { Person: 'p'.repeat(61) }, 'Kuni 60 märki'],
    ['InvAddr3', { InvAddr3: 'a'.repeat(61) }, 'Kuni 60 märki'],
    ['CountryCode', { CountryCode: 'ESTONIA' }, 'Kuni 5 märki'],
    ['NoMailPosting', { NoMailPosting: 'yes' }, 'Vigane väärtus'],
    ['blockedFlag', { blockedFlag: undefined }, 'Kohustuslik väli'],
    ['Unknown', { Unknown: 'x' }, 'Tundmatu väli'],
  ];
  it.each(invalidFields)('answers 400 naming %s for a bad value', async (field, changes, message) => {
    const response = await send('POST', '/api/contacts', { ...newContact(), ...changes });
    expect(response.statusCode).toBe(400);
    expect(response.json<ApiError>().errors).toEqual({ [field]: message });
  });

  it('answers in English when the browser asks for it', async () => {
    const response = await testApp.as(cookie, 'en-GB,en;q=0.9').post('/api/contacts', newContact({ Name: '' }));
    expect(response.json()).toEqual({ message: 'Please check the fields', errors: { Name: 'Required' } });
  });

  it('answers malformed JSON with a 400, not a 500', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/contacts',
      payload: '{"Code": ',
      headers: { cookie, 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toHaveProperty('message');
  });
});
