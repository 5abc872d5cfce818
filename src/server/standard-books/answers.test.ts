import { describe, expect, it } from 'vitest';
import { readApiError, readEnvelope, readHalHint } from './answers';

describe('readEnvelope', () => {
  it('returns @register, @sequence as text and the records with their @sequence and @url', () => {
    const json = {
      data: {
        '@register': 'CUVc',
        '@sequence': 77,
        '@systemversion': '8.5',
        CUVc: [{ Code: '1', '@sequence': 5, '@url': '/api/1/CUVc/1' }],
      },
      messages: ['Already registered', { '@description': 'Hoiatus' }],
    };
    expect(readEnvelope(json, 'CUVc')).toEqual({
      register: 'CUVc',
      sequence: '77',
      systemVersion: '8.5',
      records: [{ Code: '1', '@sequence': '5', '@url': '/api/1/CUVc/1' }],
      messages: ['Already registered', 'Hoiatus'],
    });
  });

  it('reads no list as no records, a lone record as a list of one, and the list under @register', () => {
    expect(readEnvelope({ data: { '@register': 'CUVc' } }, 'CUVc')?.records).toEqual([]);
    expect(readEnvelope({ data: { CUVc: { Code: '1' } } }, 'CUVc')?.records).toEqual([{ Code: '1' }]);
    expect(readEnvelope({ data: { '@register': 'CUVc', CUVc: [{ Code: '2' }] } }, 'Other')?.records).toEqual([
      { Code: '2' },
    ]);
  });

  it('is null for what is not an envelope', () => {
    for (const json of [null, [], 'x', { CUVc: [] }, { data: [] }, { data: { CUVc: ['text'] } }]) {
      expect(readEnvelope(json, 'CUVc')).toBeNull();
    }
  });
});

describe('readApiError', () => {
  it('reads the error payload, codes as text', () => {
    expect(readApiError({ error: { '@code': 1058, '@field': 'WONr', '@description': 'Obligāti jāaizpilda' } })).toEqual(
      {
        code: '1058',
        field: 'WONr',
        description: 'Obligāti jāaizpilda',
      },
    );
    expect(readApiError({ data: {} })).toBeNull();
    expect(readApiError({ error: 'text' })).toBeNull();
  });
});

describe('readHalHint', () => {
  it('recognises the HAL customisation hint of a 404', () => {
    expect(readHalHint('updates_after not supported. Add this code to halcust/datadef.hal: …')).toContain(
      'datadef.hal',
    );
    expect(readHalHint('{"error":{"@description":"Not found"}}')).toBeNull();
  });
});
