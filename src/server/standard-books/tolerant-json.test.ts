import { describe, expect, it } from 'vitest';
import { parseTolerantJson, repairJson } from './tolerant-json';

describe('parseTolerantJson', () => {
  it('reads raw control characters inside strings as the characters they are', () => {
    const text = '{"Name":"Ärma\tOÜ\nTallinn\u0001","Comment":"\\t stays \\\\t"}';
    expect(() => JSON.parse(text) as unknown).toThrow();
    expect(parseTolerantJson(text)).toEqual({
      ok: true,
      value: { Name: 'Ärma\tOÜ\nTallinn\u0001', Comment: '\t stays \\t' },
    });
  });

  it('keeps an @sequence written as a bare number as its exact digits, however large', () => {
    const text = '{"data":{"@sequence" : 18446744073709551617,"CUVc":[{"@sequence":9007199254740993,"Code":12}]}}';
    expect(parseTolerantJson(text)).toEqual({
      ok: true,
      value: { data: { '@sequence': '18446744073709551617', CUVc: [{ '@sequence': '9007199254740993', Code: 12 }] } },
    });
  });

  it('leaves everything else alone: a string that merely mentions @sequence, whitespace between tokens, a BOM', () => {
    const text = '\uFEFF{ "Comment" : "\\"@sequence\\": 5", "n":\r\n 5 }';
    expect(parseTolerantJson(text)).toEqual({ ok: true, value: { Comment: '"@sequence": 5', n: 5 } });
    expect(repairJson('{"a":"x"}')).toBe('{"a":"x"}');
  });

  it('is not ok for text that is not JSON even after repairs', () => {
    for (const text of ['{"data":{"CUVc":[{"Code":"1"', '<data/>', '', '{"a":1,}', '{"@sequence":1.2.3}']) {
      expect(parseTolerantJson(text)).toEqual({ ok: false });
    }
  });
});
