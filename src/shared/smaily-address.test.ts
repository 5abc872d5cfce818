import { describe, expect, it } from 'vitest';
import {
  SMAILY_ADDRESS_ERRORS,
  type SmailyAddressError,
  isSmailySubdomain,
  parseSmailyAddress,
  smailyAddressSchema,
} from './smaily-address';

const accepted: Array<[input: string, label: string]> = [
  ['demo', 'demo'],
  ['Demo', 'demo'],
  ['  ettevote  ', 'ettevote'],
  ['\tacme-1\n', 'acme-1'],
  ['demo.sendsmaily.net', 'demo'],
  ['DEMO.SendSmaily.NET', 'demo'],
  ['demo.sendsmaily.net/', 'demo'],
  ['https://demo.sendsmaily.net', 'demo'],
  ['https://demo.sendsmaily.net/', 'demo'],
  ['HTTPS://Demo.SENDSMAILY.net/api/contact.php?x=1#top', 'demo'],
  ['https://a.sendsmaily.net', 'a'],
  ['a1b2', 'a1b2'],
  ['x'.repeat(63), 'x'.repeat(63)],
  ['xn--80ak6aa92e', 'xn--80ak6aa92e'],
];

const refused: Array<[input: string, reason: SmailyAddressError]> = [
  ['', 'empty'],
  ['   ', 'empty'],
  ['\u00a0\u3000', 'empty'],
  ['https://', 'empty'],
  ['https:///demo', 'empty'],
  ['x'.repeat(64), 'too-long'],
  [`${'x'.repeat(64)}.sendsmaily.net`, 'too-long'],
  [`https://demo.sendsmaily.net/${'p'.repeat(2100)}`, 'too-long'],
  ['evil.com', 'not-sendsmaily'],
  ['https://evil.com', 'not-sendsmaily'],
  ['evil.com/x.sendsmaily.net', 'not-sendsmaily'],
  ['https://evil.com/x.sendsmaily.net', 'not-sendsmaily'],
  ['x.sendsmaily.net.evil.com', 'not-sendsmaily'],
  ['x.sendsmaily.network', 'not-sendsmaily'],
  ['xsendsmaily.net', 'not-sendsmaily'],
  ['sendsmaily.net', 'not-sendsmaily'],
  ['x.sendsmaily.com', 'not-sendsmaily'],
  ['x.sendsmaily.net@evil.com', 'userinfo'],
  ['user@x.sendsmaily.net', 'userinfo'],
  ['https://user:pass@x.sendsmaily.net', 'userinfo'],
  ['x.sendsmaily.net:8443', 'port'],
  ['https://x.sendsmaily.net:443/', 'port'],
  ['x.sendsmaily.net:', 'port'],
  ['http://x.sendsmaily.net', 'not-https'],
  ['ftp://x.sendsmaily.net', 'not-https'],
  ['//x.sendsmaily.net', 'not-https'],
  ['https:x.sendsmaily.net', 'not-https'],
  ['javascript:alert(1)', 'not-https'],
  ['127.0.0.1', 'ip-address'],
  ['https://10.0.0.1/', 'ip-address'],
  ['2130706433', 'ip-address'],
  ['0x7f000001', 'ip-address'],
  ['127.1', 'ip-address'],
  ['[::1]', 'ip-address'],
  ['https://[::ffff:127.0.0.1]/', 'ip-address'],
  ['::1', 'ip-address'],
  ['fe80::1', 'ip-address'],
  ['x.sendsmaily.net.', 'trailing-dot'],
  ['demo.', 'trailing-dot'],
  ['https://x.sendsmaily.net./', 'trailing-dot'],
  ['x.sendsmаily.net', 'invalid-characters'], // Cyrillic "а"
  ['ԁemo', 'invalid-characters'], // Cyrillic "ԁ"
  ['ｘ.sendsmaily.net', 'invalid-characters'], // full-width x
  ['x\u3002sendsmaily\u3002net', 'invalid-characters'], // ideographic full stops
  ['de\u200bmo', 'invalid-characters'], // zero-width space
  ['ettevõte', 'invalid-characters'],
  ['de mo', 'invalid-characters'],
  ['https:\\\\evil.com', 'invalid-characters'],
  ['-demo', 'invalid-label'],
  ['demo-', 'invalid-label'],
  ['de_mo', 'invalid-label'],
  ['de%2emo', 'invalid-label'],
  ['a.b.sendsmaily.net', 'invalid-label'],
  ['.sendsmaily.net', 'invalid-label'],
];

describe('parseSmailyAddress', () => {
  it.each(accepted)('accepts %j as %j', (input, label) => {
    expect(parseSmailyAddress(input)).toEqual({ ok: true, subdomain: label });
  });

  it.each(refused)('refuses %j with %j', (input, reason) => {
    expect(parseSmailyAddress(input)).toEqual({ ok: false, reason });
  });

  it('uses every reason code it exports, so the form has a message for each', () => {
    const used = new Set(refused.map(([, reason]) => reason));
    expect([...used].sort()).toEqual([...SMAILY_ADDRESS_ERRORS].sort());
  });
});

describe('isSmailySubdomain', () => {
  it('holds only for a label that is already normalised', () => {
    expect(isSmailySubdomain('demo')).toBe(true);
    expect(isSmailySubdomain('Demo')).toBe(false);
    expect(isSmailySubdomain(' demo')).toBe(false);
    expect(isSmailySubdomain('demo.sendsmaily.net')).toBe(false);
    expect(isSmailySubdomain('127.0.0.1')).toBe(false);
    expect(isSmailySubdomain(42)).toBe(false);
  });
});

describe('smailyAddressSchema', () => {
  it('outputs the label, or an issue whose message is the reason code', () => {
    expect(smailyAddressSchema.parse('https://demo.sendsmaily.net/')).toBe('demo');
    const result = smailyAddressSchema.safeParse('x.sendsmaily.net:8443');
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['port']);
  });
});
