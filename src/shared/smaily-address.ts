import { z } from 'zod';

// Credentials are sent to whatever host this yields, so it is a security boundary: anything that is not
// plainly one DNS label under sendsmaily.net is refused, never "cleaned" into something acceptable.

export const SMAILY_ADDRESS_ERRORS = [
  'empty',
  'too-long',
  'invalid-characters',
  'not-https',
  'userinfo',
  'port',
  'ip-address',
  'trailing-dot',
  'not-sendsmaily',
  'invalid-label',
] as const;

export type SmailyAddressError = (typeof SMAILY_ADDRESS_ERRORS)[number];

declare const smailySubdomainBrand: unique symbol;
/** A lowercase DNS label that parseSmailyAddress accepted; the only thing a Smaily URL is built from. */
export type SmailySubdomain = string & { readonly [smailySubdomainBrand]: true };

export type SmailyAddressResult = { ok: true; subdomain: SmailySubdomain } | { ok: false; reason: SmailyAddressError };

const SUFFIX = '.sendsmaily.net';
const MAX_LABEL_LENGTH = 63;
// Generous for a pasted URL with a path, small enough that a pasted document is refused outright.
const MAX_INPUT_LENGTH = 2048;
const LABEL = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;
// Printable ASCII only: rules out look-alike letters, full-width dots, zero-width and control characters.
// Backslash is out too, because URL parsers treat it as a slash.
const PLAIN_ASCII = /^[\x21-\x5b\x5d-\x7e]*$/;
// What a WHATWG URL parser would read as an IPv4 address: a last label of digits or 0x-hex.
const NUMERIC_LABEL = /^(0x[0-9a-f]*|[0-9]+)$/;

const refuse = (reason: SmailyAddressError): SmailyAddressResult => ({ ok: false, reason });

/** Accepts `name`, `name.sendsmaily.net` or `https://name.sendsmaily.net[/path]`; returns the label `name`. */
export function parseSmailyAddress(input: string): SmailyAddressResult {
  const text = input.trim().toLowerCase();
  if (text === '') return refuse('empty');
  if (text.length > MAX_INPUT_LENGTH) return refuse('too-long');
  if (!PLAIN_ASCII.test(text)) return refuse('invalid-characters');

  let rest = text;
  const schemeEnd = text.indexOf('://');
  if (schemeEnd !== -1) {
    if (text.slice(0, schemeEnd) !== 'https') return refuse('not-https');
    rest = text.slice(schemeEnd + 3);
  } else if (text.startsWith('//')) {
    return refuse('not-https');
  }

  const authority = rest.split(/[/?#]/, 1)[0] ?? '';
  if (authority === '') return refuse('empty');
  if (authority.includes('@')) return refuse('userinfo');
  if (authority.startsWith('[') || authority.split(':').length > 2) return refuse('ip-address');
  const afterColon = authority.split(':')[1];
  // `x:8443` is a port; `https:x` or `mailto:x` is a scheme written without its slashes.
  if (afterColon !== undefined) return refuse(/^[0-9]*$/.test(afterColon) ? 'port' : 'not-https');
  if (authority.endsWith('.')) return refuse('trailing-dot');

  const labels = authority.split('.');
  if (NUMERIC_LABEL.test(labels[labels.length - 1] ?? '')) return refuse('ip-address');

  let label = authority;
  if (authority.includes('.')) {
    if (!authority.endsWith(SUFFIX)) return refuse('not-sendsmaily');
    label = authority.slice(0, -SUFFIX.length);
  }
  if (label.length > MAX_LABEL_LENGTH) return refuse('too-long');
  if (!LABEL.test(label)) return refuse('invalid-label');
  return { ok: true, subdomain: label as SmailySubdomain };
}

/** True only for a value that is already a normalised label, e.g. re-checked just before a URL is built. */
export function isSmailySubdomain(value: unknown): value is SmailySubdomain {
  if (typeof value !== 'string') return false;
  const result = parseSmailyAddress(value);
  return result.ok && result.subdomain === value;
}

/** A string schema that outputs the label; on refusal the issue message is the reason code, for i18n. */
export const smailyAddressSchema = z.string().transform((value, ctx): SmailySubdomain => {
  const result = parseSmailyAddress(value);
  if (result.ok) return result.subdomain;
  ctx.addIssue({ code: 'custom', message: result.reason, params: { reason: result.reason } });
  return z.NEVER;
});
