export type ContactRow = Record<string, unknown>;

const INDEXED_KEY = /^(\d+)\[([^\]]*)\]$/;

/**
 * Reads a body the way Smaily does: JSON only when the request says `application/json` (Smaily requires the
 * header), otherwise form-encoded, where PHP-style `0[email]=..&0[name]=..` keys make a list of rows.
 */
export function parseRequestBody(contentType: string | null, raw: string): unknown {
  if (raw === '') return undefined;
  if (contentType?.toLowerCase().includes('application/json')) {
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      return undefined;
    }
  }
  return parseFormBody(raw);
}

function parseFormBody(raw: string): ContactRow | ContactRow[] {
  const flat: ContactRow = {};
  const indexed = new Map<number, ContactRow>();
  for (const [key, value] of new URLSearchParams(raw)) {
    const match = INDEXED_KEY.exec(key);
    if (match?.[1] !== undefined && match[2] !== undefined) {
      const index = Number(match[1]);
      const row = indexed.get(index) ?? {};
      row[match[2]] = value;
      indexed.set(index, row);
    } else {
      flat[key] = value;
    }
  }
  if (indexed.size === 0) return flat;
  return [...indexed.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
}

const isRow = (value: unknown): value is ContactRow =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A JSON/form body as contact rows: one object is a single contact, an array a batch; anything else null. */
export function toContactRows(body: unknown): { single: boolean; rows: ContactRow[] } | null {
  if (isRow(body)) return { single: true, rows: [body] };
  if (Array.isArray(body)) return { single: false, rows: body.map((item) => (isRow(item) ? item : {})) };
  return null;
}
