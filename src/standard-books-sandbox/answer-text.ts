const RAW_ESCAPES: Record<string, string> = { t: '\t', n: '\n', r: '\r', b: '\b', f: '\f' };

/**
 * JSON text with the control characters inside strings written raw instead of escaped, as some Standard Books
 * servers send them (standard-books.md §1.3). The result is not JSON; a tolerant client still reads it.
 */
export function withRawControlCharacters(json: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const char = json[i] ?? '';
    if (!inString) {
      if (char === '"') inString = true;
      out += char;
      continue;
    }
    if (char === '"') inString = false;
    if (char !== '\\') {
      out += char;
      continue;
    }
    const next = json[i + 1] ?? '';
    const unicode = next === 'u' ? json.slice(i + 2, i + 6) : '';
    if (RAW_ESCAPES[next] !== undefined) {
      out += RAW_ESCAPES[next];
      i += 1;
    } else if (/^00[01][0-9a-fA-F]$/.test(unicode)) {
      out += String.fromCharCode(parseInt(unicode, 16));
      i += 5;
    } else {
      out += char + next;
      i += 1;
    }
  }
  return out;
}

/** The first half of the text: the malformed JSON a PATCH answer sometimes is. */
export const cutInHalf = (text: string): string => text.slice(0, Math.floor(text.length / 2));
