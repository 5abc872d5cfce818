const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const SEQUENCE_KEY = '@sequence';
const NUMBER_CHAR = /[-+0-9.eE]/;
const WHITESPACE = /[ \t\r\n]/;
const BARE_SEQUENCE = /"@sequence"\s*:\s*[-0-9]/;

const escapeControl = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;

/**
 * Repairs the two things real Standard Books answers do that JSON forbids or loses, and nothing else:
 * raw control characters inside strings (escaped, so the value keeps them), and an `@sequence` written as a
 * bare whole number (quoted, so a sequence beyond 2^53 is not rounded). Everything outside strings is left as is.
 */
export function repairJson(text: string): string {
  const out: string[] = [];
  let copied = 0;
  const replace = (from: number, to: number, replacement: string) => {
    out.push(text.slice(copied, from), replacement);
    copied = to;
  };
  let inString = false;
  let escaped = false;
  let stringStart = 0;
  // 0: nothing pending; 1: just closed an "@sequence" string; 2: and its colon followed.
  let sequenceState = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (code === BACKSLASH) escaped = true;
      else if (code === QUOTE) {
        inString = false;
        sequenceState = text.slice(stringStart + 1, i) === SEQUENCE_KEY ? 1 : 0;
      } else if (code < 0x20) replace(i, i + 1, escapeControl(code));
      continue;
    }
    const char = text[i] ?? '';
    if (code === QUOTE) {
      inString = true;
      stringStart = i;
      sequenceState = 0;
    } else if (sequenceState === 1 && code === COLON) {
      sequenceState = 2;
    } else if (sequenceState === 2 && NUMBER_CHAR.test(char)) {
      let end = i;
      while (end < text.length && NUMBER_CHAR.test(text[end] ?? '')) end++;
      const token = text.slice(i, end);
      if (/^\d+$/.test(token)) replace(i, end, `"${token}"`);
      i = end - 1;
      sequenceState = 0;
    } else if (!WHITESPACE.test(char)) {
      sequenceState = 0;
    }
  }
  out.push(text.slice(copied));
  return out.join('');
}

/** JSON.parse, repairing the text first when it needs it (see repairJson); ok: false when it still is not JSON. */
export function parseTolerantJson(text: string): { ok: true; value: unknown } | { ok: false } {
  const bare = text.replace(/^\uFEFF/, '');
  if (!BARE_SEQUENCE.test(bare)) {
    try {
      return { ok: true, value: JSON.parse(bare) as unknown };
    } catch {
      // Most often a raw control character inside a string; repaired below.
    }
  }
  try {
    return { ok: true, value: JSON.parse(repairJson(bare)) as unknown };
  } catch {
    return { ok: false };
  }
}
