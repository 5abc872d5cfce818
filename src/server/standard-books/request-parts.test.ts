import { describe, expect, it } from 'vitest';
import { InvalidRequestPart, listQueryString, registerPath, setFieldsBody } from './request-parts';

const fieldOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidRequestPart) return error.field;
    throw error;
  }
  return undefined;
};

describe('registerPath', () => {
  it('puts company, register and the path-escaped code in place', () => {
    expect(registerPath('1', 'CUVc')).toBe('/api/1/CUVc');
    expect(registerPath('12', 'CUVc', 'Tõnu/1 ?#%+&')).toBe('/api/12/CUVc/T%C3%B5nu%2F1%20%3F%23%25%2B%26');
  });

  it.each<[string, () => unknown, string]>([
    ['a company that is not a number', () => registerPath('1/../2', 'CUVc'), 'companyNo'],
    ['an empty company', () => registerPath('', 'CUVc'), 'companyNo'],
    ['a register with a slash', () => registerPath('1', 'CUVc/../X'), 'register'],
    ['the code ..', () => registerPath('1', 'CUVc', '..'), 'code'],
    ['the code .', () => registerPath('1', 'CUVc', '.'), 'code'],
    ['an empty code', () => registerPath('1', 'CUVc', ''), 'code'],
    ['a code with a newline', () => registerPath('1', 'CUVc', 'A\nB'), 'code'],
    ['a code with a lone surrogate', () => registerPath('1', 'CUVc', '\ud800'), 'code'],
    ['a very long code', () => registerPath('1', 'CUVc', 'x'.repeat(61)), 'code'],
  ])('refuses %s', (_name, run, field) => {
    expect(fieldOf(run)).toBe(field);
  });
});

describe('listQueryString', () => {
  it('writes limit, offset, fields, updates_after and filters, values escaped', () => {
    expect(
      listQueryString(
        {
          limit: 50,
          offset: 100,
          fields: ['Code', 'eMail'],
          updatesAfter: '18446744073709551616',
          filter: { CustCat: 'A&B =1' },
        },
        1000,
      ),
    ).toBe('?limit=50&offset=100&fields=Code,eMail&updates_after=18446744073709551616&filter.CustCat=A%26B%20%3D1');
    expect(listQueryString({}, 1000)).toBe('?limit=1000');
  });

  it.each<[string, Parameters<typeof listQueryString>[0], string]>([
    ['a zero limit', { limit: 0 }, 'limit'],
    ['a fractional offset', { offset: 1.5 }, 'offset'],
    ['a negative offset', { offset: -1 }, 'offset'],
    ['no fields at all', { fields: [] }, 'fields'],
    ['a field with a comma', { fields: ['Code,Name'] }, 'fields'],
    ['a field with an ampersand', { fields: ['a&limit=9'] }, 'fields'],
    ['a negative sequence', { updatesAfter: '-1' }, 'updatesAfter'],
    ['a sequence in words', { updatesAfter: 'latest' }, 'updatesAfter'],
    ['a filter on an odd name', { filter: { 'Cust.Cat': 'x' } }, 'filter'],
    ['a filter value with a control character', { filter: { CustCat: 'x\u0000' } }, 'filter'],
  ])('refuses %s', (_name, query, field) => {
    expect(fieldOf(() => listQueryString(query, 1000))).toBe(field);
  });
});

describe('setFieldsBody', () => {
  it('form-encodes set_field pairs in UTF-8 with spaces as %20 and a plus as %2B', () => {
    expect(setFieldsBody({ Name: 'Õie Mägi+1', NoMailPosting: '1', Comment: 'a&b=c' })).toBe(
      'set_field.Name=%C3%95ie%20M%C3%A4gi%2B1&set_field.NoMailPosting=1&set_field.Comment=a%26b%3Dc',
    );
  });

  it('refuses no fields, odd field names and values that are not text', () => {
    expect(fieldOf(() => setFieldsBody({}))).toBe('fields');
    expect(fieldOf(() => setFieldsBody({ 'a&set_field.Code': 'x' }))).toBe('fields');
    expect(fieldOf(() => setFieldsBody({ Name: 5 as unknown as string }))).toBe('fields');
    expect(fieldOf(() => setFieldsBody({ Name: '\udc00' }))).toBe('fields');
  });
});
