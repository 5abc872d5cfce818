import type { SbListQuery } from './types';

/** An argument the client refuses to send, named as in the call. */
export class InvalidRequestPart extends Error {
  constructor(readonly field: string) {
    super(`invalid ${field}`);
  }
}

const COMPANY_NO = /^\d{1,6}$/;
/** Register and field names are HAL identifiers: letters and digits. Nothing that could change a path or a key. */
const NAME = /^[A-Za-z][A-Za-z0-9]{0,63}$/;
const SEQUENCE = /^\d{1,40}$/;
// eslint-disable-next-line no-control-regex -- control characters are what is refused
const CONTROL = /[\u0000-\u001f\u007f]/;
const MAX_CODE_LENGTH = 60;

function check(valid: boolean, field: string): void {
  if (!valid) throw new InvalidRequestPart(field);
}

export function checkName(name: string, field: string): string {
  check(typeof name === 'string' && NAME.test(name), field);
  return name;
}

/** Percent-encodes every byte a URL component could misread; text that is not well-formed UTF-16 is refused. */
function encode(text: string, field: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    throw new InvalidRequestPart(field);
  }
}

/**
 * A record's code as one path segment. "." and ".." are refused: URL handling on either side may take them as
 * "this folder" and "the folder above", even percent-encoded.
 */
function codeSegment(code: string): string {
  const valid =
    typeof code === 'string' &&
    code !== '' &&
    code.length <= MAX_CODE_LENGTH &&
    !CONTROL.test(code) &&
    code !== '.' &&
    code !== '..';
  check(valid, 'code');
  return encode(code, 'code');
}

export function registerPath(companyNo: string, register: string, code?: string): string {
  check(typeof companyNo === 'string' && COMPANY_NO.test(companyNo), 'companyNo');
  const base = `/api/${companyNo}/${checkName(register, 'register')}`;
  return code === undefined ? base : `${base}/${codeSegment(code)}`;
}

/** `limit`, `offset`, `fields`, `updates_after` and `filter.<Field>`, in that order, values percent-encoded. */
export function listQueryString(query: SbListQuery, defaultLimit: number): string {
  const parts: string[] = [];
  const limit = query.limit ?? defaultLimit;
  check(Number.isSafeInteger(limit) && limit > 0, 'limit');
  parts.push(`limit=${limit}`);
  if (query.offset !== undefined) {
    check(Number.isSafeInteger(query.offset) && query.offset >= 0, 'offset');
    parts.push(`offset=${query.offset}`);
  }
  if (query.fields !== undefined) {
    check(query.fields.length > 0, 'fields');
    parts.push(`fields=${query.fields.map((name) => checkName(name, 'fields')).join(',')}`);
  }
  if (query.updatesAfter !== undefined) {
    check(typeof query.updatesAfter === 'string' && SEQUENCE.test(query.updatesAfter), 'updatesAfter');
    parts.push(`updates_after=${query.updatesAfter}`);
  }
  for (const [name, value] of Object.entries(query.filter ?? {})) {
    check(typeof value === 'string' && !CONTROL.test(value), 'filter');
    parts.push(`filter.${checkName(name, 'filter')}=${encode(value, 'filter')}`);
  }
  return `?${parts.join('&')}`;
}

/**
 * `set_field.<Field>=<value>` pairs, form-encoded for a body sent with `charset=UTF-8`. encodeURIComponent writes a
 * space as %20, never '+': Standard Books stores a '+' as a plus sign.
 */
export function setFieldsBody(fields: Readonly<Record<string, string>>): string {
  const entries = Object.entries(fields);
  check(entries.length > 0, 'fields');
  return entries
    .map(([name, value]) => {
      check(typeof value === 'string', 'fields');
      return `set_field.${checkName(name, 'fields')}=${encode(value, 'fields')}`;
    })
    .join('&');
}
