import { describe, expect, it } from 'vitest';
import { cutInHalf, withRawControlCharacters } from './answer-text';
import { DEFAULT_USER, readCliOptions } from './cli-options';
import { declaresUtf8, readSetFields } from './form-body';

describe('readSetFields', () => {
  it('decodes %20 and UTF-8 percent escapes when the charset is declared, keeps + and ignores other keys', () => {
    expect(
      readSetFields(
        'set_field.Name=%C3%95ie%20M%C3%A4gi+1&set_row_field.0.X=1&other=2&set_field.Empty=',
        'application/x-www-form-urlencoded; charset=UTF-8',
      ),
    ).toEqual({ Name: 'Õie Mägi+1', Empty: '' });
  });

  it('reads the bytes as Latin-1 without the charset, and leaves a broken escape as it is', () => {
    expect(readSetFields('set_field.Name=%C3%84%ZZ', 'application/x-www-form-urlencoded')).toEqual({
      Name: 'Ã\u0084%ZZ',
    });
  });

  it('recognises the charset parameter however it is spelled', () => {
    expect(declaresUtf8('application/x-www-form-urlencoded;charset=utf-8')).toBe(true);
    expect(declaresUtf8('application/x-www-form-urlencoded; Charset="UTF-8"')).toBe(true);
    expect(declaresUtf8('application/x-www-form-urlencoded; charset=latin1')).toBe(false);
    expect(declaresUtf8('application/x-www-form-urlencoded; xcharset=utf-8')).toBe(false);
    expect(declaresUtf8(null)).toBe(false);
  });
});

describe('answer texts', () => {
  it('writes escaped control characters raw, and nothing else', () => {
    const json = JSON.stringify({ a: 'x\ty\n\u0001\u001f', b: 'back\\slash \\t', c: '\u0020é"' });
    expect(withRawControlCharacters(json)).toBe('{"a":"x\ty\n\u0001\u001f","b":"back\\\\slash \\\\t","c":" é\\""}');
  });

  it('cuts a text in half', () => {
    expect(cutInHalf('{"data":{}}')).toBe('{"dat');
  });
});

describe('readCliOptions', () => {
  it('reads port, companies, users with colons in the password and the number of contacts', () => {
    expect(
      readCliOptions(['--port', '4021', '--company', '1', '--company', '7', '--user', 'api:pa:ss', '--contacts', '50']),
    ).toEqual({
      port: 4021,
      host: '127.0.0.1',
      companies: [
        { companyNo: '1', contacts: 50 },
        { companyNo: '7', contacts: 50 },
      ],
      users: [{ username: 'api', password: 'pa:ss' }],
    });
  });

  it('serves company 1 with 300 contacts to the demo user when told nothing', () => {
    expect(readCliOptions([])).toEqual({
      port: 4020,
      host: '127.0.0.1',
      companies: [{ companyNo: '1', contacts: 300 }],
      users: [DEFAULT_USER],
    });
  });

  it('refuses malformed values', () => {
    expect(() => readCliOptions(['--port', '70000'])).toThrow(/--port/);
    expect(() => readCliOptions(['--company', 'x'])).toThrow(/--company/);
    expect(() => readCliOptions(['--user', 'nopassword'])).toThrow(/USER:PASS/);
    expect(() => readCliOptions(['--user', ':pass'])).toThrow(/USER:PASS/);
    expect(() => readCliOptions(['--contacts', '-1'])).toThrow();
    expect(() => readCliOptions(['--bogus'])).toThrow();
  });
});
