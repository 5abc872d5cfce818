import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Lookups, RegisterEntry } from '../../shared/registers';
import { createTestApp, type SessionClient, type TestApp } from '../testing/test-app';

let testApp: TestApp;
let user: SessionClient;

beforeEach(async () => {
  testApp = await createTestApp({ contacts: 120 });
  user = testApp.as((await testApp.signIn('user')).cookie);
});
afterEach(() => testApp.close());

async function contactsWith(column: 'cust_cat', code: string): Promise<number> {
  const row = await testApp.app.db
    .selectFrom('contacts')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where(column, '=', code)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

describe('register CRUD', () => {
  it('creates, lists, renames and deletes a customer class; the lookups follow', async () => {
    const created = await user.post('/api/registers/customer-classes', { code: 'UUS', name: '  Uus klass ' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({ code: 'UUS', name: 'Uus klass' });
    const list = (await user.get('/api/registers/customer-classes')).json<RegisterEntry[]>();
    expect(list.map((entry) => entry.code)).toEqual(['ERA', 'HULG', 'PART', 'SUUR', 'UUS', 'VKE']);

    expect((await user.put('/api/registers/customer-classes/UUS', { code: 'UUS', name: 'Uuendatud' })).json()).toEqual({
      code: 'UUS',
      name: 'Uuendatud',
    });
    const lookups = (await user.get('/api/lookups')).json<Lookups>();
    expect(lookups.customerClasses).toContainEqual({ code: 'UUS', name: 'Uuendatud' });

    expect((await user.delete('/api/registers/customer-classes/UUS')).statusCode).toBe(204);
    expect(
      (await user.get('/api/registers/customer-classes')).json<RegisterEntry[]>().map((entry) => entry.code),
    ).not.toContain('UUS');
  });

  it('refuses a taken code, a code longer than Kliendiklass allows, and a missing name, on their fields', async () => {
    const taken = await user.post('/api/registers/customer-classes', { code: 'VKE', name: 'Teine' });
    expect(taken.statusCode).toBe(400);
    expect(taken.json()).toEqual({ message: 'Kontrolli välju', errors: { code: 'See kood on juba kasutusel' } });
    const long = await user.post('/api/registers/customer-classes', { code: 'PIKKKOOD', name: '' });
    expect(long.statusCode).toBe(400);
    expect(long.json<{ errors: Record<string, string> }>().errors).toEqual({
      code: 'Kuni 5 märki',
      name: 'Kohustuslik väli',
    });
  });

  it('keeps a code fixed after the first save', async () => {
    const response = await user.put('/api/registers/classifications/HARJU', {
      code: 'HARJU2',
      name: 'Harjumaa',
      typeCode: 'PIIRK',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: Record<string, string> }>().errors).toEqual({
      code: 'Koodi ei saa pärast esimest salvestamist muuta',
    });
    expect(
      (await user.put('/api/registers/classifications/NOPE', { code: 'NOPE', name: 'x', typeCode: 'PIIRK' }))
        .statusCode,
    ).toBe(404);
  });

  it('creates a classification type and a classification of it; an unknown type is refused on its field', async () => {
    expect(
      (await user.post('/api/registers/classification-types', { code: 'KEEL', name: 'Suhtluskeel' })).statusCode,
    ).toBe(201);
    const created = await user.post('/api/registers/classifications', {
      code: 'VENE',
      name: 'Vene keel',
      typeCode: 'KEEL',
    });
    expect(created.json()).toEqual({ code: 'VENE', name: 'Vene keel', typeCode: 'KEEL' });
    const unknown = await user.post('/api/registers/classifications', {
      code: 'SOOME',
      name: 'Soome keel',
      typeCode: 'KEELED',
    });
    expect(unknown.json<{ errors: Record<string, string> }>().errors).toEqual({
      typeCode: 'Sellist klassifikaatori tüüpi pole',
    });
    const objects = (await user.get('/api/registers/objects')).json<RegisterEntry[]>();
    expect(objects).toContainEqual({ code: 'MYYK', name: 'Müügiosakond', typeCode: 'OSAK', source: 'local' });
  });

  it('refuses to move an object that contacts use to another type', async () => {
    expect((await user.post('/api/registers/object-types', { code: 'LADU', name: 'Ladu' })).statusCode).toBe(201);
    const response = await user.put('/api/registers/objects/MYYK', { code: 'MYYK', name: 'Müük', typeCode: 'LADU' });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: Record<string, string> }>().errors.typeCode).toMatch(
      /^Objekti tüüpi ei saa muuta, sest objekt on kasutusel \d+ kontaktil$/,
    );
  });
});

describe('deleting a code in use', () => {
  it('refuses a customer class that contacts use and says how many', async () => {
    const users = await contactsWith('cust_cat', 'VKE');
    expect(users).toBeGreaterThan(1);
    const response = await user.delete('/api/registers/customer-classes/VKE');
    expect(response.statusCode).toBe(409);
    expect(response.json()).toEqual({ message: `Koodi VKE ei saa kustutada: see on kasutusel ${users} kontaktil.` });
    const english = await testApp.as(user.cookie, 'en').delete('/api/registers/customer-classes/VKE');
    expect(english.json()).toEqual({ message: `VKE cannot be deleted: it is used by ${users} contacts.` });
    expect(
      (await user.get('/api/registers/customer-classes')).json<RegisterEntry[]>().map((entry) => entry.code),
    ).toContain('VKE');
  });

  it('counts the contacts that carry a classification', async () => {
    const { count } = await testApp.app.db
      .selectFrom('contact_classifications')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('classification_code', '=', 'HARJU')
      .executeTakeFirstOrThrow();
    const response = await user.delete('/api/registers/classifications/HARJU');
    expect(response.statusCode).toBe(409);
    expect(response.json<{ message: string }>().message).toBe(
      `Koodi HARJU ei saa kustutada: see on kasutusel ${Number(count)} kontaktil.`,
    );
  });

  it('refuses a classification type that a Smaily mapping row filters by, with the number of rows', async () => {
    await testApp.app.db.insertInto('classification_types').values({ code: 'TYHI', name: 'Tühi tüüp' }).execute();
    await testApp.app.db
      .insertInto('smaily_field_mappings')
      .values([
        {
          position: 2,
          smaily_field: 'piirkond',
          contact_field: 'Classification',
          value_kind: 'value',
          type_code: 'TYHI',
        },
        {
          position: 3,
          smaily_field: 'piirkonna_nimi',
          contact_field: 'Classification',
          value_kind: 'description',
          type_code: 'TYHI',
        },
        { position: 4, smaily_field: 'osakond', contact_field: 'Objects', value_kind: 'value', type_code: 'TYHI' },
      ])
      .execute();
    const response = await testApp.as(user.cookie, 'en').delete('/api/registers/classification-types/TYHI');
    expect(response.statusCode).toBe(409);
    expect(response.json()).toEqual({
      message: 'TYHI cannot be deleted: it is used by 2 rows of Smaily request fields.',
    });
  });

  it('refuses an object type with objects, and deletes an unused object', async () => {
    const response = await user.delete('/api/registers/object-types/PROJ');
    expect(response.json()).toEqual({ message: 'Koodi PROJ ei saa kustutada: see on kasutusel 3 objektil.' });
    await testApp.app.db.insertInto('objects').values({ code: 'VABA', name: 'Vaba', type_code: 'PROJ' }).execute();
    expect((await user.delete('/api/registers/objects/VABA')).statusCode).toBe(204);
    expect((await user.delete('/api/registers/objects/VABA')).statusCode).toBe(404);
  });
});
