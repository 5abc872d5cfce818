import { type Company, type StoredRecord, byCode, bySequence } from './company-store';
import { readSetFields } from './form-body';

export interface SandboxAnswer {
  status: number;
  /** JSON to send; absent for an empty answer (204). */
  json?: unknown;
  /** Plain text to send instead of JSON. */
  text?: string;
}

export const SYSTEM_VERSION = '8.5 sandbox';

export const errorAnswer = (status: number, code: string, description: string, field = ''): SandboxAnswer => ({
  status,
  json: { error: { '@code': code, '@field': field, '@description': description } },
});

// The exact wording a live server gave for SVOVc (standard-books.md §1.5; herbe-service probe notes).
const halHint = (register: string): SandboxAnswer => ({
  status: 404,
  text:
    'updates_after not supported for this register. Add this code to halcust/datadef.hal to add a synchronization ' +
    `index: RecordAddBegin(${register},"${register}_SynchronizationIndex")`,
});

export interface ListRequest {
  company: Company;
  register: string;
  records: Map<string, StoredRecord>;
  query: URLSearchParams;
  supportsUpdates: boolean;
  ignoreOffset: boolean;
}

function wholeNumber(text: string | null): number | null | undefined {
  if (text === null) return undefined;
  return /^\d{1,9}$/.test(text) ? Number(text) : null;
}

function recordView(company: Company, register: string, record: StoredRecord, fields: string[] | null) {
  const code = record.fields.Code ?? '';
  const view: Record<string, string> = {};
  for (const name of fields ?? Object.keys(record.fields)) {
    const value = record.fields[name];
    if (value !== undefined) view[name] = value;
  }
  // Assumed: the sync metadata comes with every record, `fields=` or not.
  return {
    ...view,
    '@sequence': String(record.sequence),
    '@url': `/api/${company.companyNo}/${register}/${encodeURIComponent(code)}`,
  };
}

export function envelope(company: Company, register: string, records: StoredRecord[], fields: string[] | null = null) {
  return {
    data: {
      '@register': register,
      '@sequence': String(company.sequence),
      '@systemversion': SYSTEM_VERSION,
      [register]: records.map((record) => recordView(company, register, record, fields)),
    },
  };
}

/** GET /api/<n>/<Register>: filter.<Field>, fields, limit/offset, updates_after (in sequence order), deletes_after. */
export function listAnswer({
  company,
  register,
  records,
  query,
  supportsUpdates,
  ignoreOffset,
}: ListRequest): SandboxAnswer {
  if (query.has('deletes_after')) return { status: 204 };
  const limit = wholeNumber(query.get('limit'));
  const offset = wholeNumber(query.get('offset'));
  if (limit === null || limit === 0) return errorAnswer(400, '400', 'Invalid limit', 'limit');
  if (offset === null) return errorAnswer(400, '400', 'Invalid offset', 'offset');
  const updatesAfter = query.get('updates_after');
  if (updatesAfter !== null && !/^\d+$/.test(updatesAfter))
    return errorAnswer(400, '400', 'Invalid sequence', 'updates_after');
  if (updatesAfter !== null && !supportsUpdates) return halHint(register);

  let selected = [...records.values()];
  for (const [key, value] of query) {
    if (key.startsWith('filter.')) selected = selected.filter((record) => record.fields[key.slice(7)] === value);
  }
  if (updatesAfter === null) selected.sort(byCode);
  else {
    const after = BigInt(updatesAfter);
    selected = selected.filter((record) => record.sequence > after).sort(bySequence);
  }
  const start = ignoreOffset ? 0 : (offset ?? 0);
  const page = selected.slice(start, limit === undefined ? undefined : start + limit);
  const fields =
    query
      .get('fields')
      ?.split(',')
      .map((name) => name.trim())
      .filter(Boolean) ?? null;
  return { status: 200, json: envelope(company, register, page, fields) };
}

/** GET /api/<n>/<Register>/<Code>: modelled as an envelope with no record when the code is unknown. */
export function recordAnswer(company: Company, register: string, record: StoredRecord | undefined): SandboxAnswer {
  return { status: 200, json: envelope(company, register, record ? [record] : []) };
}

export interface PatchRequest {
  company: Company;
  register: string;
  record: StoredRecord | undefined;
  rawBody: string;
  contentType: string | null;
  put: (fields: Record<string, string>) => StoredRecord;
  today: string;
}

/** PATCH /api/<n>/<Register>/<Code> with `set_field.<Field>=…`: writes, takes the next sequence, echoes the record. */
export function patchAnswer(request: PatchRequest): {
  answer: SandboxAnswer;
  setFields: Record<string, string> | null;
} {
  const { company, register, record, contentType } = request;
  if (!contentType?.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    return { answer: errorAnswer(415, '415', 'Expected a form body'), setFields: null };
  }
  const setFields = readSetFields(request.rawBody, contentType);
  if (!record) return { answer: errorAnswer(404, '404', 'Record not found'), setFields };
  const { Code: code, ...changes } = setFields;
  // A model: a record's code cannot be changed once saved (standard-books.md §1.7); the real error code is unknown.
  if (code !== undefined && code !== record.fields.Code) {
    return { answer: errorAnswer(200, '0', 'Code cannot be changed', 'Code'), setFields };
  }
  if (Object.keys(changes).length === 0) return { answer: recordAnswer(company, register, record), setFields };
  const updated = request.put({ ...changes, Code: record.fields.Code ?? '', DateChanged: request.today });
  return { answer: recordAnswer(company, register, updated), setFields };
}
