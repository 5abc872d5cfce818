import { describe, expect, it } from 'vitest';
import { checkResolved, parseServerAddress } from './address';
import { classifyAddress } from './address-ranges';

describe('parseServerAddress', () => {
  it.each([
    ['https://ettevote.excellent.ee:4455', 'https:', 'ettevote.excellent.ee', 4455],
    ['https://Books124.Excellent.ee:3778/', 'https:', 'books124.excellent.ee', 3778],
    ['  https://mars.excellent.ee  ', 'https:', 'mars.excellent.ee', 443],
    ['https://ettevõte.ee:4455', 'https:', 'xn--ettevte-50a.ee', 4455],
    ['https://[2001:db8::10]:4455', 'https:', '2001:db8::10', 4455],
    ['https://203.0.113.7:3490', 'https:', '203.0.113.7', 3490],
    ['http://127.0.0.1:4020', 'http:', '127.0.0.1', 4020],
    ['http://localhost:4020', 'http:', 'localhost', 4020],
    ['http://[::1]', 'http:', '::1', 80],
  ])('reads %j', (text, protocol, hostname, port) => {
    expect(parseServerAddress(text)).toMatchObject({ ok: true, address: { protocol, hostname, port } });
  });

  it.each([
    'https://ettevote.excellent.ee:4455/api/1',
    'https://ettevote.excellent.ee/?x=1',
    'https://ettevote.excellent.ee?',
    'https://ettevote.excellent.ee#top',
    'https://user:pass@ettevote.excellent.ee',
    'https://user@ettevote.excellent.ee',
    'https://evil.example@ettevote.excellent.ee',
    'https://ettevote.excellent.ee\\@evil.example',
    'https://ette vote.excellent.ee',
    'https://ettevote.excellent.ee\r\nX-Injected: 1',
    'https://ettevote.excellent.ee\u0000',
    'https://ettevote.excellent.ee:',
    'https://ettevote.excellent.ee:0',
    'https://ettevote.excellent.ee:65536',
    'https://',
    'ettevote.excellent.ee:4455',
    '//ettevote.excellent.ee',
    'ftp://ettevote.excellent.ee',
    'file:///etc/passwd',
    'javascript:alert(1)',
    // Other spellings of 127.0.0.1 that the URL parser would quietly accept.
    'https://2130706433',
    'https://0x7f.1',
    'https://127.1',
    'https://0177.0.0.1',
    `https://${'a'.repeat(300)}.ee`,
    '',
  ])('refuses %j as malformed', (text) => {
    expect(parseServerAddress(text)).toEqual({ ok: false, refusal: { reason: 'malformed' } });
  });

  it.each(['http://ettevote.excellent.ee:4455', 'http://10.0.0.5', 'http://169.254.169.254', 'HTTP://example.ee'])(
    'refuses %j: http only to this machine',
    (text) => {
      expect(parseServerAddress(text)).toEqual({ ok: false, refusal: { reason: 'not-https' } });
    },
  );
});

describe('classifyAddress', () => {
  it.each([
    '169.254.169.254',
    '169.254.0.1',
    '100.100.100.200',
    'fe80::1',
    'fe80::1%eth0',
    'febf:ffff::1',
    '::ffff:169.254.169.254',
    '::ffff:a9fe:a9fe',
    '64:ff9b::169.254.169.254',
    '::169.254.169.254',
    'fd00:ec2::254',
    '0.0.0.0',
    '0.1.2.3',
    '::',
    '::ffff:0.0.0.0',
    '224.0.0.1',
    '239.255.255.250',
    'ff02::1',
    '255.255.255.255',
    '240.0.0.1',
    'not-an-address',
    '',
  ])('%s is forbidden', (address) => {
    expect(classifyAddress(address)).toBe('forbidden');
  });

  it.each(['127.0.0.1', '127.255.255.254', '::1', '::ffff:127.0.0.1', '::ffff:7f00:1'])('%s is loopback', (address) => {
    expect(classifyAddress(address)).toBe('loopback');
  });

  it.each([
    '10.0.0.1',
    '10.255.255.255',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.10',
    '100.64.0.1',
    'fc00::1',
    'fd12:3456::1',
    '::ffff:10.1.2.3',
    '::ffff:192.168.0.1',
  ])('%s is private', (address) => {
    expect(classifyAddress(address)).toBe('private');
  });

  it.each([
    '8.8.8.8',
    '172.15.255.255',
    '172.32.0.1',
    '169.253.255.255',
    '169.255.0.1',
    '100.63.255.255',
    '11.0.0.1',
    '192.169.0.1',
    '2001:4860:4860::8888',
    '::ffff:8.8.8.8',
    'fbff::1',
  ])('%s is public', (address) => {
    expect(classifyAddress(address)).toBe('public');
  });
});

describe('checkResolved', () => {
  const https = { protocol: 'https:', hostname: 'sb.example', port: 443, isIpLiteral: false } as const;
  const http = { ...https, protocol: 'http:', hostname: 'localhost' } as const;

  it('refuses the lot when any address is refused, forbidden ones even when private ones are allowed', () => {
    expect(checkResolved(https, ['8.8.8.8', '169.254.169.254'], true)).toEqual({
      reason: 'forbidden-address',
      address: '169.254.169.254',
    });
    expect(checkResolved(https, ['8.8.8.8', '10.0.0.1'], false)).toEqual({
      reason: 'private-address',
      address: '10.0.0.1',
    });
    expect(checkResolved(https, ['8.8.8.8', '10.0.0.1'], true)).toBeNull();
  });

  it('lets http through only when every address is loopback', () => {
    expect(checkResolved(http, ['127.0.0.1', '::1'], true)).toBeNull();
    expect(checkResolved(http, ['127.0.0.1', '10.0.0.1'], true)).toEqual({ reason: 'not-https' });
    expect(checkResolved(http, ['127.0.0.1'], false)).toEqual({ reason: 'private-address', address: '127.0.0.1' });
  });
});
