import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoClassifications, demoCustomerClasses, demoObjects } from '../server/seed/demo-registers';
import { callSbSandbox, startSbTestSandbox } from '../server/testing/standard-books-sandbox';
import type { StandardBooksSandbox } from './types';

let sandbox: StandardBooksSandbox;
beforeAll(async () => {
  sandbox = await startSbTestSandbox({ registersWithoutUpdates: ['CClassTypeVc'] });
});
afterAll(() => sandbox.close());

interface Envelope {
  data: Record<string, unknown> & { '@register': string; '@sequence': string };
}
const recordsOf = (json: unknown, register: string) => (json as Envelope).data[register] as Record<string, string>[];
const codesOf = (json: unknown, register = 'CUVc') => recordsOf(json, register).map((record) => record.Code);

describe('the demo registers', () => {
  it('serves CUVc with the §1.6 field names, every value text, in an envelope with @register, @sequence and @url', async () => {
    const companyNo = sandbox.addCompany({ contacts: 2 });
    const answer = await callSbSandbox(sandbox, `/api/${companyNo}/CUVc`);
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    const data = (answer.json as Envelope).data;
    expect(data['@register']).toBe('CUVc');
    expect(data['@sequence']).toBe(sandbox.sequence(companyNo));
    const [first] = recordsOf(answer.json, 'CUVc');
    expect(first).toMatchObject({
      Code: '100001',
      Name: 'Ärma OÜ',
      CustType: '0',
      Classification: expect.stringMatching(/^[A-Z0-9]+(,[A-Z0-9]+)*$/) as unknown,
      NoMailPosting: '0',
      blockedFlag: '0',
      DateCreated: expect.stringMatching(/^\d{4}-\d\d-\d\d$/) as unknown,
      UUID: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4/) as unknown,
      '@url': `/api/${companyNo}/CUVc/100001`,
    });
    expect(Object.keys(first ?? {})).toEqual(
      expect.arrayContaining([
        'eMail',
        'Phone',
        'Mobile',
        'Person',
        'CustCat',
        'Objects',
        'InvAddr0',
        'InvAddr4',
        'VATNr',
        'RegNr1',
        'CountryCode',
        '@sequence',
      ]),
    );
    for (const value of Object.values(first ?? {})) expect(typeof value).toBe('string');
  });

  it('fills the code lists from the same generator, and the same seed gives the same contacts', async () => {
    const a = sandbox.addCompany({ contacts: 4 });
    const b = sandbox.addCompany({ contacts: 4 });
    expect(sandbox.records(a, 'CUVc').map((record) => record.fields)).toEqual(
      sandbox.records(b, 'CUVc').map((record) => record.fields),
    );
    expect(codesOf((await callSbSandbox(sandbox, `/api/${a}/CCatVc`)).json, 'CCatVc')).toEqual(
      demoCustomerClasses.map((item) => item.code).sort(),
    );
    expect(sandbox.records(a, 'CClassVc')).toHaveLength(demoClassifications.length);
    expect(sandbox.record(a, 'ObjVc', 'MYYK')?.fields).toEqual({
      Code: 'MYYK',
      Comment: 'Müügiosakond',
      OTCode: 'OSAK',
      TerminateFlag: '0',
    });
    expect(sandbox.records(a, 'ObjVc')).toHaveLength(demoObjects.length);
    expect(sandbox.records(a, 'OTVc').map((record) => record.fields.Code)).toEqual(['OSAK', 'PROJ']);
    expect(sandbox.records(a, 'CClassTypeVc').map((record) => record.fields.Code)).toEqual(['EMTAK', 'HUVI', 'PIIRK']);
  });
});

describe('queries', () => {
  it('pages with limit and offset, in code order', async () => {
    const companyNo = sandbox.addCompany({ contacts: 7 });
    const page = await callSbSandbox(sandbox, `/api/${companyNo}/CUVc?limit=3&offset=3`);
    expect(codesOf(page.json)).toEqual(['100004', '100005', '100006']);
    expect(codesOf((await callSbSandbox(sandbox, `/api/${companyNo}/CUVc?limit=3&offset=6`)).json)).toEqual(['100007']);
    expect(codesOf((await callSbSandbox(sandbox, `/api/${companyNo}/CUVc?offset=9`)).json)).toEqual([]);
  });

  it('refuses a limit or offset that is not a whole number, or a zero limit', async () => {
    const companyNo = sandbox.addCompany({ contacts: 1 });
    for (const query of ['limit=0', 'limit=-1', 'limit=abc', 'offset=1.5']) {
      const answer = await callSbSandbox(sandbox, `/api/${companyNo}/CUVc?${query}`);
      expect(answer.status).toBe(400);
      expect(answer.json).toMatchObject({ error: { '@code': '400' } });
    }
  });

  it('sends only the fields asked for, and always @sequence and @url', async () => {
    const companyNo = sandbox.addCompany({ contacts: 1 });
    const answer = await callSbSandbox(sandbox, `/api/${companyNo}/CUVc?fields=Code,eMail,NoSuchField`);
    expect(Object.keys(recordsOf(answer.json, 'CUVc')[0] ?? {})).toEqual(['Code', 'eMail', '@sequence', '@url']);
  });

  it('filters on exact values with filter.<Field>', async () => {
    const companyNo = sandbox.addCompany({ contacts: 30 });
    const answer = await callSbSandbox(sandbox, `/api/${companyNo}/CUVc?filter.CustCat=ERA&filter.CountryCode=EE`);
    const records = recordsOf(answer.json, 'CUVc');
    const expected = sandbox
      .records(companyNo, 'CUVc')
      .filter((r) => r.fields.CustCat === 'ERA' && r.fields.CountryCode === 'EE');
    expect(records.map((record) => record.Code)).toEqual(expected.map((record) => record.fields.Code));
    expect(records.length).toBeGreaterThan(0);
    expect(records.length).toBeLessThan(30);
  });

  it('answers updates_after with the records of a higher sequence, in sequence order', async () => {
    const companyNo = sandbox.addCompany({ contacts: 5 });
    const before = sandbox.sequence(companyNo);
    sandbox.putRecord(companyNo, 'CUVc', { Code: '100004', Name: 'Muudetud' });
    sandbox.putRecord(companyNo, 'CUVc', { Code: '100001', eMail: 'uus@firma.test' });
    sandbox.putRecord(companyNo, 'CUVc', { Code: '200001', Name: 'Uus kontakt' });
    const answer = await callSbSandbox(sandbox, `/api/${companyNo}/CUVc?updates_after=${before}`);
    const records = recordsOf(answer.json, 'CUVc');
    expect(records.map((record) => record.Code)).toEqual(['100004', '100001', '200001']);
    expect(records.map((record) => BigInt(record['@sequence'] ?? 0) - BigInt(before))).toEqual([1n, 2n, 3n]);
    expect((answer.json as Envelope).data['@sequence']).toBe(sandbox.sequence(companyNo));
    const last = await callSbSandbox(sandbox, `/api/${companyNo}/CUVc?updates_after=${sandbox.sequence(companyNo)}`);
    expect(codesOf(last.json)).toEqual([]);
  });

  it('answers updates_after with a 404 and a HAL hint on a register without a sync index', async () => {
    const companyNo = sandbox.addCompany({ contacts: 1 });
    const answer = await callSbSandbox(sandbox, `/api/${companyNo}/CClassTypeVc?updates_after=0`);
    expect(answer.status).toBe(404);
    expect(answer.text).toContain('updates_after not supported for this register');
    expect(answer.text).toContain('halcust/datadef.hal');
  });

  it('answers deletes_after with 204 and an empty body', async () => {
    const companyNo = sandbox.addCompany({ contacts: 1 });
    sandbox.deleteRecord(companyNo, 'CUVc', '100001');
    const answer = await callSbSandbox(sandbox, `/api/${companyNo}/CUVc?deletes_after=0`);
    expect(answer).toMatchObject({ status: 204, text: '' });
  });

  it('reads one record by its path-escaped code, and an envelope without records for an unknown code', async () => {
    const companyNo = sandbox.addCompany({ contacts: 1 });
    sandbox.putRecord(companyNo, 'CUVc', { Code: 'Tõnu/1 ?', Name: 'Tõnu' });
    const found = await callSbSandbox(sandbox, `/api/${companyNo}/CUVc/${encodeURIComponent('Tõnu/1 ?')}`);
    expect(recordsOf(found.json, 'CUVc')).toEqual([
      expect.objectContaining({ Code: 'Tõnu/1 ?', '@url': `/api/${companyNo}/CUVc/T%C3%B5nu%2F1%20%3F` }),
    ]);
    const missing = await callSbSandbox(sandbox, `/api/${companyNo}/CUVc/NOPE`);
    expect(missing.status).toBe(200);
    expect(recordsOf(missing.json, 'CUVc')).toEqual([]);
  });
});
