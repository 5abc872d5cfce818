import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApiError } from '../../shared/errors';
import type { Mapping, MappingRow } from '../../shared/smaily-fields';
import { createTestApp, type TestApp } from '../testing/test-app';

let testApp: TestApp;
let admin: { cookie: string; userId: number };

// One demo contact brings the demo registers: classification type PIIRK, object types OSAK and PROJ.
async function start() {
  testApp = await createTestApp({ contacts: 1 });
  admin = await testApp.signIn('admin', 'Mari Administraator');
}
const stop = () => testApp.close();

const url = '/api/smaily-fields';
const get = (cookie: string) => testApp.as(cookie).get(url);
const put = (cookie: string, payload: unknown, language?: string) => testApp.as(cookie, language).put(url, payload);

const email: MappingRow = { smailyField: 'email', contactField: 'eMail', valueKind: 'value', typeCode: null };
const name: MappingRow = { smailyField: 'name', contactField: 'Name', valueKind: 'value', typeCode: null };
const piirkond: MappingRow = {
  smailyField: 'piirkond',
  contactField: 'Classification',
  valueKind: 'description',
  typeCode: 'PIIRK',
};
const standard = [email, name];

const mappingLog = () =>
  testApp.app.db.selectFrom('sync_log').selectAll().where('kind', '=', 'mapping').orderBy('id').execute();

describe('reading the mapping', () => {
  beforeEach(start);
  afterEach(stop);

  it('starts with the standard rows email ← eMail and name ← Name, for a kasutaja too', async () => {
    const { cookie } = await testApp.signIn('user');
    const response = await get(cookie);
    expect(response.statusCode).toBe(200);
    expect(response.json<Mapping>()).toEqual({ rows: standard });
  });

  it('is refused without a session', async () => {
    expect((await testApp.app.inject({ method: 'GET', url })).statusCode).toBe(401);
  });
});

describe('saving the mapping', () => {
  beforeEach(start);
  afterEach(stop);

  it('replaces the grid as one unit, keeps the order, and logs who changed what', async () => {
    const rows = [
      email,
      piirkond,
      { ...name, smailyField: 'nimi' },
      { smailyField: 'osakond', contactField: 'Objects', valueKind: 'value', typeCode: 'OSAK' },
    ];
    const response = await put(admin.cookie, { rows });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<Mapping>()).toEqual({ rows });
    expect((await get(admin.cookie)).json<Mapping>()).toEqual({ rows });

    const [entry, ...more] = await mappingLog();
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      user_id: admin.userId,
      user_name: 'Mari Administraator',
      subject: 'smaily_field_mappings',
      outcome: 'ok',
    });
    expect(JSON.parse(entry?.details ?? 'null')).toEqual({
      added: ['piirkond', 'nimi', 'osakond'],
      removed: ['name'],
      changed: [],
      reordered: false,
      rows,
    });
  });

  it('logs a changed row by its Smaily field name, and a save that changes nothing not at all', async () => {
    await put(admin.cookie, { rows: [email, name, piirkond] });
    await put(admin.cookie, { rows: [email, name, { ...piirkond, valueKind: 'value' }] });
    await put(admin.cookie, { rows: [email, name, { ...piirkond, valueKind: 'value' }] });
    const details = (await mappingLog()).map((entry) => JSON.parse(entry.details ?? 'null') as Record<string, unknown>);
    expect(details).toHaveLength(2);
    expect(details[1]).toMatchObject({ added: [], removed: [], changed: ['piirkond'], reordered: false });
  });

  it('stores an empty type as none', async () => {
    const response = await put(admin.cookie, { rows: [email, { ...piirkond, typeCode: '' }] });
    expect(response.json<Mapping>().rows[1]?.typeCode).toBeNull();
  });

  it('refuses a kasutaja with 403 and changes nothing', async () => {
    const { cookie } = await testApp.signIn('user');
    const response = await put(cookie, { rows: [email, name, piirkond] });
    expect(response.statusCode).toBe(403);
    expect(response.json<ApiError>().message).toBe('Sul pole selleks õigust');
    expect((await get(admin.cookie)).json<Mapping>()).toEqual({ rows: standard });
    expect(await mappingLog()).toEqual([]);
  });
});

const validationCases: { problem: string; rows: unknown; path: string; message: string }[] = [
  {
    problem: 'a Smaily field name outside a-z, 0-9 and _',
    rows: [email, name, { ...piirkond, smailyField: 'Äriala nimi' }],
    path: 'rows.2.smailyField',
    message: 'Lubatud on väikesed tähed a–z, numbrid ja _',
  },
  {
    problem: 'a Smaily field name that starts with a digit, which Smaily would drop without a word',
    rows: [email, name, { ...piirkond, smailyField: '1klass' }],
    path: 'rows.2.smailyField',
    message: 'Nimi ei tohi alata numbriga: Smaily jätaks sellise välja vaikselt ära. Sobib nt „_1klass”',
  },
  {
    problem: 'a Smaily field name used twice (the later row is marked)',
    rows: [email, piirkond, name, { ...piirkond, valueKind: 'value' }],
    path: 'rows.3.smailyField',
    message: 'Smaily väli „piirkond” on juba real 2',
  },
  {
    problem: 'a reserved control name',
    rows: [email, name, { ...name, smailyField: 'is_unsubscribed', contactField: 'NoMailPosting' }],
    path: 'rows.2.smailyField',
    message: '„is_unsubscribed” on Smaily reserveeritud väli',
  },
  {
    problem: 'a reserved read-only system name',
    rows: [email, name, { ...name, smailyField: 'created_at', contactField: 'DateCreated' }],
    path: 'rows.2.smailyField',
    message: '„created_at” on Smaily reserveeritud väli',
  },
  {
    problem: 'birthday, a Smaily system field the card has nothing for',
    rows: [email, { ...name, smailyField: 'birthday' }],
    path: 'rows.1.smailyField',
    message: '„birthday” on Smaily reserveeritud väli',
  },
  {
    problem: 'no email row',
    rows: [name, piirkond],
    path: 'rows',
    message: 'Rida „email” ← E-post on kohustuslik: Smaily tunneb kontakti e-posti järgi',
  },
  {
    problem: 'the email row mapped to another field',
    rows: [{ ...email, contactField: 'Name' }, name],
    path: 'rows.0.contactField',
    message: 'Smaily väli „email” saab olla ainult E-post (eMail)',
  },
  {
    problem: 'the email row as Kirjeldus',
    rows: [{ ...email, valueKind: 'description' }, name],
    path: 'rows.0.valueKind',
    message: 'E-post saadetakse alati väärtusena',
  },
  {
    problem: 'Kirjeldus on a field that links to no card',
    rows: [email, { ...name, valueKind: 'description' }],
    path: 'rows.1.valueKind',
    message: 'Kirjeldus on ainult teisele kaardile viitavatel väljadel (Kliendiklass, Klassifikaator, Objektid)',
  },
  {
    problem: 'a type on a field other than Klassifikaator and Objektid',
    rows: [email, { ...name, smailyField: 'klass', contactField: 'CustCat', typeCode: 'PIIRK' }],
    path: 'rows.1.typeCode',
    message: 'Tüübi saab valida ainult Klassifikaatori ja Objektide väljale',
  },
  {
    problem: 'a classification type that does not exist',
    rows: [email, name, { ...piirkond, typeCode: 'MAAKOND' }],
    path: 'rows.2.typeCode',
    message: 'Klassifikaatori tüüpi MAAKOND pole',
  },
  {
    problem: 'an object type that does not exist (a classification type is not one)',
    rows: [email, name, { ...piirkond, contactField: 'Objects' }],
    path: 'rows.2.typeCode',
    message: 'Objekti tüüpi PIIRK pole',
  },
  {
    problem: 'an empty Smaily field name',
    rows: [email, name, { ...piirkond, smailyField: '  ' }],
    path: 'rows.2.smailyField',
    message: 'Kohustuslik väli',
  },
  {
    problem: 'no contact field chosen',
    rows: [email, name, { ...piirkond, contactField: '' }],
    path: 'rows.2.contactField',
    message: 'Kohustuslik väli',
  },
  {
    problem: 'a contact field that the card does not have',
    rows: [email, name, { ...piirkond, contactField: 'Birthday' }],
    path: 'rows.2.contactField',
    message: 'Vigane väärtus',
  },
  {
    problem: 'a Tüüp other than Väärtus and Kirjeldus',
    rows: [email, name, { ...piirkond, valueKind: 'name' }],
    path: 'rows.2.valueKind',
    message: 'Vigane väärtus',
  },
  { problem: 'an empty grid', rows: [], path: 'rows', message: 'Vali vähemalt 1' },
  { problem: 'rows that are not a list', rows: 'email', path: 'rows', message: 'Vigane väärtus' },
];

describe('validation: each problem comes back as 400 on its form path', () => {
  // A refused save changes nothing (each case checks), so the cases share one app.
  beforeAll(start);
  afterAll(stop);

  it.each(validationCases)('$problem → $path', async ({ rows, path, message }) => {
    const response = await put(admin.cookie, { rows });
    expect(response.statusCode).toBe(400);
    expect(response.json<ApiError>()).toEqual({ message: 'Kontrolli välju', errors: { [path]: message } });
    expect((await get(admin.cookie)).json<Mapping>()).toEqual({ rows: standard });
  });

  it('reports every faulty cell at once, in the language asked for', async () => {
    const response = await put(
      admin.cookie,
      { rows: [email, { ...name, smailyField: 'Nimi' }, { ...piirkond, typeCode: 'XX' }] },
      'en',
    );
    expect(response.json<ApiError>()).toEqual({
      message: 'Please check the fields',
      errors: {
        'rows.1.smailyField': 'Use lowercase letters a–z, digits and _ only',
        'rows.2.typeCode': 'There is no classification type XX',
      },
    });
  });
});
