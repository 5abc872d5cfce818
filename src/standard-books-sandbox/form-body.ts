const SET_FIELD = 'set_field.';

/** `%XX` to its byte; every other character to its UTF-8 bytes. A '+' stays a plus sign, as Standard Books keeps it. */
function percentDecode(text: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === '%' && /^[0-9a-fA-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(text[i] ?? '', 'utf8'));
    }
  }
  return Buffer.from(bytes);
}

export const declaresUtf8 = (contentType: string | null): boolean =>
  /;\s*charset\s*=\s*"?utf-8"?\s*(;|$)/i.test(contentType ?? '');

/**
 * The `set_field.<Field>` pairs of a form body, decoded the way standard-books.md §1.4 reports Standard Books
 * does: the bytes are read as UTF-8 only when the Content-Type says `charset=UTF-8`, else as Latin-1, so "Õ"
 * arrives as "Ã\u0095"; and '+' is not a space.
 */
export function readSetFields(raw: string, contentType: string | null): Record<string, string> {
  const encoding = declaresUtf8(contentType) ? 'utf8' : 'latin1';
  const fields: Record<string, string> = {};
  for (const pair of raw.split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const key = percentDecode(equals === -1 ? pair : pair.slice(0, equals)).toString(encoding);
    const value = equals === -1 ? '' : percentDecode(pair.slice(equals + 1)).toString(encoding);
    if (key.startsWith(SET_FIELD) && key.length > SET_FIELD.length) fields[key.slice(SET_FIELD.length)] = value;
  }
  return fields;
}
