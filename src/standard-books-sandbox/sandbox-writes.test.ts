import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callSbSandbox, startSbTestSandbox } from '../server/testing/standard-books-sandbox';
import type { StandardBooksSandbox } from './types';

let sandbox: StandardBooksSandbox;
beforeAll(async () => {
  sandbox = await startSbTestSandbox({ now: () => new Date('2026-11-30T22:30:00Z') });
});
afterAll(() => sandbox.close());

const FORM_UTF8 = 'application/x-www-form-urlencoded; charset=UTF-8';
const patch = (companyNo: string, code: string, body: string, contentType = FORM_UTF8) =>
  callSbSandbox(sandbox, `/api/${companyNo}/CUVc/${code}`, { method: 'PATCH', contentType, body });

describe('PATCH with set_field', () => {
  it('writes the fields, gives the record the next sequence and answers it in the envelope', async () => {
    const companyNo = sandbox.addCompany({ contacts: 2 });
    const before = sandbox.sequence(companyNo);
    const answer = await patch(
      companyNo,
      '100002',
      'set_field.Name=%C3%95una%20M%C3%A4e%2B1&set_field.NoMailPosting=1',
    );
    const expectedSequence = String(BigInt(before) + 1n);
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({
      data: {
        '@register': 'CUVc',
        '@sequence': expectedSequence,
        CUVc: [{ Code: '100002', Name: 'Õuna Mäe+1', NoMailPosting: '1', '@sequence': expectedSequence }],
      },
    });
    expect(sandbox.record(companyNo, 'CUVc', '100002')).toMatchObject({
      fields: { Name: 'Õuna Mäe+1', NoMailPosting: '1', DateChanged: '2026-11-30' },
      sequence: expectedSequence,
    });
    expect(sandbox.requests(companyNo).at(-1)?.setFields).toEqual({ Name: 'Õuna Mäe+1', NoMailPosting: '1' });
  });

  it('keeps a + as a plus sign, as Standard Books does', async () => {
    const companyNo = sandbox.addCompany({ contacts: 1 });
    await patch(companyNo, '100001', 'set_field.Comment=Eelistab+e-kirju');
    expect(sandbox.record(companyNo, 'CUVc', '100001')?.fields.Comment).toBe('Eelistab+e-kirju');
  });

  it('garbles Estonian letters of a body sent without charset=UTF-8, reading its bytes as Latin-1', async () => {
    const companyNo = sandbox.addCompany({ contacts: 1 });
    await patch(companyNo, '100001', 'set_field.Name=%C3%95ie', 'application/x-www-form-urlencoded');
    expect(sandbox.record(companyNo, 'CUVc', '100001')?.fields.Name).toBe('Ã\u0095ie');
    await patch(companyNo, '100001', 'set_field.Name=%C3%95ie', 'application/x-www-form-urlencoded;charset="utf-8"');
    expect(sandbox.record(companyNo, 'CUVc', '100001')?.fields.Name).toBe('Õie');
  });

  it('refuses a body that is not a form, a record that does not exist and a change of code', async () => {
    const companyNo = sandbox.addCompany({ contacts: 1 });
    const before = sandbox.sequence(companyNo);
    const json = await patch(companyNo, '100001', '{"Name":"x"}', 'application/json');
    const missing = await patch(companyNo, 'NOPE', 'set_field.Name=x');
    const recode = await patch(companyNo, '100001', 'set_field.Code=999');
    expect([json.status, missing.status, recode.status]).toEqual([415, 404, 200]);
    expect(recode.json).toMatchObject({ error: { '@field': 'Code' } });
    expect(sandbox.sequence(companyNo)).toBe(before);
  });
});

describe('changes a test makes', () => {
  it('putRecord creates and changes records, each change taking the next sequence', () => {
    const companyNo = sandbox.addCompany({ contacts: 1 });
    const start = BigInt(sandbox.sequence(companyNo));
    const created = sandbox.putRecord(companyNo, 'CUVc', { Code: 'NEW1', Name: 'Uus' });
    const changed = sandbox.putRecord(companyNo, 'CUVc', { Code: 'NEW1', eMail: 'uus@firma.test' });
    expect(created.sequence).toBe(String(start + 1n));
    expect(changed).toEqual({
      fields: { Code: 'NEW1', Name: 'Uus', eMail: 'uus@firma.test' },
      sequence: String(start + 2n),
    });
  });

  it('deleteRecord removes a record and moves the sequence on', async () => {
    const companyNo = sandbox.addCompany({ contacts: 2 });
    const before = BigInt(sandbox.sequence(companyNo));
    sandbox.deleteRecord(companyNo, 'CUVc', '100001');
    expect(sandbox.record(companyNo, 'CUVc', '100001')).toBeUndefined();
    expect(sandbox.sequence(companyNo)).toBe(String(before + 1n));
    const all = await callSbSandbox(sandbox, `/api/${companyNo}/CUVc?updates_after=0`);
    expect(JSON.stringify(all.json)).not.toContain('"100001"');
  });

  it('resetSequence renumbers every record from 1 in the same order, leaving the company sequence lower', () => {
    const companyNo = sandbox.addCompany({ contacts: 3, startSequence: 5_000_000n });
    const before = sandbox.records(companyNo, 'CUVc');
    const reset = sandbox.resetSequence(companyNo);
    const after = sandbox.records(companyNo, 'CUVc');
    expect(BigInt(reset)).toBeLessThan(5_000_000n);
    expect(after.map((record) => record.fields)).toEqual(before.map((record) => record.fields));
    expect(after.map((record) => BigInt(record.sequence))).toEqual(
      before.map((record) => BigInt(record.sequence) - 5_000_000n),
    );
    expect(sandbox.sequence(companyNo)).toBe(reset);
  });

  it('keeps sequences beyond 2^53 exact', async () => {
    const companyNo = sandbox.addCompany({ contacts: 1, startSequence: 2n ** 64n });
    const registers = ['CCatVc', 'CClassTypeVc', 'CClassVc', 'OTVc', 'ObjVc', 'CUVc'];
    const count = registers.reduce((sum, register) => sum + sandbox.records(companyNo, register).length, 0);
    const expected = String(2n ** 64n + BigInt(count));
    const answer = await callSbSandbox(sandbox, `/api/${companyNo}/CUVc`);
    expect(answer.text).toContain(`"@register":"CUVc","@sequence":"${expected}"`);
    expect(answer.text).toContain(`"@sequence":"${expected}","@url"`);
  });
});
