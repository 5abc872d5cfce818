import { afterEach, describe, expect, it } from 'vitest';
import type { Contact, ContactInput } from '../../shared/contacts';
import type { ApiError } from '../../shared/errors';
import type { RegisterEntry } from '../../shared/registers';
import { commitImport, previewCsv } from '../testing/import-test';
import { startSbSyncTest, type SbSyncTest } from '../testing/standard-books-sync-test';

let t: SbSyncTest;
afterEach(() => t.close());

/** An app that has read a company of 4 contacts (100001–100004) and the code lists from Standard Books. */
async function afterRead(): Promise<void> {
  t = await startSbSyncTest();
  expect((await t.connect(t.newCompany(4))).statusCode).toBe(200);
  expect((await t.read()).outcome).toBe('ok');
}

const api = (language = 'et') => t.testApp.as(t.admin.cookie, language);
const inputOf = async (code: string): Promise<ContactInput> => {
  const {
    DateCreated: _created,
    DateChanged: _changed,
    ...input
  } = (await api().get(`/api/contacts/${code}`)).json<Contact>();
  return input;
};

describe('a contact from Standard Books', () => {
  it('refuses a change to any of its Standard Books fields, naming them, and changes nothing', async () => {
    await afterRead();
    const before = await api().get('/api/contacts/100002');
    const input = await inputOf('100002');

    const response = await api().put('/api/contacts/100002', {
      ...input,
      Name: 'Muudetud siin OÜ',
      Classification: [],
      NoMailPosting: !input.NoMailPosting,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json<ApiError>()).toEqual({
      message:
        'See kontakt tuli Standard Booksist: selle Standard Booksi välju saab muuta ainult Standard Booksis. Muuda seal ja loe uuesti.',
      errors: {
        Name: 'Tuleb Standard Booksist: muuda Standard Booksis',
        Classification: 'Tuleb Standard Booksist: muuda Standard Booksis',
        NoMailPosting: 'Tuleb Standard Booksist: muuda Standard Booksis',
      },
    });
    const english = await api('en').put('/api/contacts/100002', { ...input, Objects: ['OBJ-NONE'] });
    expect(english.statusCode).toBe(409);
    expect(english.json<ApiError>().errors).toEqual({
      Objects: 'Comes from Standard Books: change it in Standard Books',
    });
    expect((await api().get('/api/contacts/100002')).body).toBe(before.body);

    // Saving the card as it is changes nothing and is no error.
    const same = await api().put('/api/contacts/100002', input);
    expect(same.statusCode).toBe(200);
    expect(same.body).toBe(before.body);
  });

  it('leaves a contact made here editable', async () => {
    await afterRead();
    const local = { ...(await inputOf('100001')), Code: 'K-1', Name: 'Kohalik OÜ' };
    expect((await api().post('/api/contacts', local)).statusCode).toBe(201);
    const changed = await api().put('/api/contacts/K-1', { ...local, Name: 'Kohalik Muudetud OÜ', Classification: [] });
    expect(changed.statusCode).toBe(200);
    expect(changed.json<Contact>()).toMatchObject({ Name: 'Kohalik Muudetud OÜ', Classification: [] });
  });

  it('a CSV import rejects the rows that would change it, with the reason, and applies the rest', async () => {
    await afterRead();
    const name = (await inputOf('100003')).Name;
    const csv = ['Code;Name', `100002;Üle kirjutatud OÜ`, `100003;${name}`, 'K-9;Uus kohalik OÜ'].join('\n');
    const { id, preview } = await previewCsv(t.testApp, t.admin.cookie, 'contacts', csv);
    expect(preview).toMatchObject({ total: 3, create: 1, update: 0, unchanged: 1, rejected: 1 });
    expect(preview.rejectedRows).toEqual([
      {
        line: 2,
        code: '100002',
        problems: [{ field: 'Name', message: 'Tuleb Standard Booksist: muuda Standard Booksis' }],
      },
    ]);
    expect((await commitImport(t.testApp, t.admin.cookie, id)).at(-1)).toMatchObject({ created: 1, rejected: 1 });
    expect((await inputOf('100002')).Name).not.toBe('Üle kirjutatud OÜ');
    expect((await inputOf('K-9')).Name).toBe('Uus kohalik OÜ');
  });
});

describe('a code list entry from Standard Books', () => {
  it('is marked, cannot be changed or deleted; one made here can', async () => {
    await afterRead();
    const entries = (await api().get('/api/registers/customer-classes')).json<RegisterEntry[]>();
    const vke = entries.find((entry) => entry.code === 'VKE');
    expect(vke).toMatchObject({ code: 'VKE', source: 'standard-books' });

    const changed = await api().put('/api/registers/customer-classes/VKE', { code: 'VKE', name: 'Muudetud' });
    expect(changed.statusCode).toBe(409);
    expect(changed.json<ApiError>()).toEqual({
      message:
        'See kirje tuli Standard Booksist: seda saab muuta või kustutada ainult Standard Booksis. Muuda seal ja loe uuesti.',
      errors: { name: 'Tuleb Standard Booksist: muuda Standard Booksis' },
    });
    const typed = await api().put('/api/registers/classifications/HARJU', {
      code: 'HARJU',
      name: 'Harjumaa',
      typeCode: 'HUVI',
    });
    expect(typed.statusCode).toBe(409);
    expect(Object.keys(typed.json<ApiError>().errors ?? {})).toContain('typeCode');
    expect((await api().delete('/api/registers/customer-classes/VKE')).statusCode).toBe(409);
    expect((await api().get('/api/registers/customer-classes')).json<RegisterEntry[]>()).toEqual(entries);

    expect((await api().post('/api/registers/customer-classes', { code: 'OMA', name: 'Oma klass' })).statusCode).toBe(
      201,
    );
    const local = await api().put('/api/registers/customer-classes/OMA', { code: 'OMA', name: 'Oma klass 2' });
    expect(local.statusCode).toBe(200);
    expect((await api().delete('/api/registers/customer-classes/OMA')).statusCode).toBe(204);
  });

  it('a CSV import of a code list rejects the rows that would change one', async () => {
    await afterRead();
    const csv = ['code;name', 'VKE;Ümber nimetatud', 'OMA;Oma klass'].join('\n');
    const { preview } = await previewCsv(t.testApp, t.admin.cookie, 'customerClasses', csv);
    expect(preview).toMatchObject({ create: 1, rejected: 1 });
    expect(preview.rejectedRows).toEqual([
      {
        line: 2,
        code: 'VKE',
        problems: [{ field: 'name', message: 'Tuleb Standard Booksist: muuda Standard Booksis' }],
      },
    ]);
  });
});
