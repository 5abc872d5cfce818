import { describe, expect, it } from 'vitest';
import { parseRequestBody, toContactRows } from './body-parse';
import { readCliOptions } from './cli-options';
import { MAX_LIST_LIMIT, readListQuery } from './contact-views';
import { formatTallinnTime } from './tallinn-time';

describe('formatTallinnTime', () => {
  it('writes Estonian local time, winter (+2) and summer (+3), and zeros for no time', () => {
    expect(formatTallinnTime(Date.parse('2026-01-15T10:04:05Z'))).toBe('2026-01-15 12:04:05');
    expect(formatTallinnTime(Date.parse('2026-07-15T22:30:00Z'))).toBe('2026-07-16 01:30:00');
    expect(formatTallinnTime(null)).toBe('0000-00-00 00:00:00');
  });
});

describe('parseRequestBody', () => {
  it('reads JSON only when the content type says so', () => {
    expect(parseRequestBody('application/json; charset=utf-8', '[{"email":"a@x.ee"}]')).toEqual([{ email: 'a@x.ee' }]);
    expect(parseRequestBody('application/json', '{broken')).toBeUndefined();
    expect(parseRequestBody(null, '')).toBeUndefined();
  });

  it('reads form bodies, PHP-style indexed keys as rows in index order, + as a space', () => {
    expect(parseRequestBody('application/x-www-form-urlencoded', 'email=a%40x.ee&name=Mari+Mets')).toEqual({
      email: 'a@x.ee',
      name: 'Mari Mets',
    });
    expect(parseRequestBody(null, '10[email]=b%40x.ee&2[email]=a%40x.ee&2[is_unsubscribed]=1')).toEqual([
      { email: 'a@x.ee', is_unsubscribed: '1' },
      { email: 'b@x.ee' },
    ]);
  });
});

describe('toContactRows', () => {
  it('tells a single contact from a batch, and refuses anything else', () => {
    expect(toContactRows({ email: 'a@x.ee' })).toEqual({ single: true, rows: [{ email: 'a@x.ee' }] });
    expect(toContactRows([{ email: 'a@x.ee' }, 'junk'])).toEqual({ single: false, rows: [{ email: 'a@x.ee' }, {}] });
    expect(toContactRows('a@x.ee')).toBeNull();
    expect(toContactRows(undefined)).toBeNull();
  });
});

describe('readListQuery', () => {
  it('caps the limit at 25 000 and treats a missing or zero limit as the cap', () => {
    const read = (query: string) => readListQuery(new URLSearchParams(query));
    expect(read('offset=3&limit=100000')).toEqual({ offset: 3, limit: MAX_LIST_LIMIT, fields: [] });
    expect(read('limit=0').limit).toBe(25_000);
    expect(read('limit=2500&fields=email,first_name').fields).toEqual(['first_name']);
  });
});

describe('readCliOptions', () => {
  it('reads ports, limits and repeated accounts, with passwords that contain colons', () => {
    expect(
      readCliOptions(['--port', '4011', '--account', 'acme:api:pa:ss', '--account', 'b:u:p', '--max-rps', '3']),
    ).toEqual({
      port: 4011,
      host: '127.0.0.1',
      maxRps: 3,
      latencyMs: 0,
      accounts: [
        { subdomain: 'acme', username: 'api', password: 'pa:ss' },
        { subdomain: 'b', username: 'u', password: 'p' },
      ],
    });
    expect(readCliOptions([]).port).toBe(4010);
  });

  it('refuses malformed values', () => {
    expect(() => readCliOptions(['--port', '70000'])).toThrow(/--port/);
    expect(() => readCliOptions(['--max-rps', '0'])).toThrow(/--max-rps/);
    expect(() => readCliOptions(['--account', 'acme:user'])).toThrow(/SUB:USER:PASS/);
    expect(() => readCliOptions(['--bogus'])).toThrow();
  });
});
