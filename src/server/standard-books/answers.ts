import type { SbApiError, SbPage, SbRecord } from './types';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  return '';
}

function textOrNull(value: unknown): string | null {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

/** `{"error": {"@code", "@field", "@description"}}`, wherever it comes (a 200 included); null when there is none. */
export function readApiError(json: unknown): SbApiError | null {
  if (!isObject(json) || !isObject(json.error)) return null;
  const { error } = json;
  return {
    code: asText(error['@code'] ?? error.code),
    field: asText(error['@field'] ?? error.field),
    description: asText(error['@description'] ?? error.description),
  };
}

/** Warnings come as strings or as `{"@description": …}` objects. */
function readMessages(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .map((message) => (isObject(message) ? asText(message['@description'] ?? message.description) : asText(message)))
    .filter((message) => message !== '');
}

function readRecord(value: unknown): SbRecord | null {
  if (!isObject(value)) return null;
  const record: SbRecord = { ...value };
  // A sequence is text end to end, as the envelope's is.
  const sequence = textOrNull(value['@sequence']);
  if (sequence !== null) record['@sequence'] = sequence;
  return record;
}

/**
 * The JSON envelope `{"data": {"@register", "@sequence", "@systemversion", <register>: [records]}, "messages"}`.
 * The records are looked for under the register asked for, else under `@register`; no list means no records, and
 * a lone object is taken as a list of one (an XML-to-JSON habit). Null when the shape is not an envelope.
 */
export function readEnvelope(json: unknown, register: string): SbPage | null {
  if (!isObject(json) || !isObject(json.data)) return null;
  const { data } = json;
  const named = textOrNull(data['@register']);
  const list = data[register] ?? (named === null ? undefined : data[named]);
  const items = list === undefined || list === null || list === '' ? [] : Array.isArray(list) ? list : [list];
  const records: SbRecord[] = [];
  for (const item of items) {
    const record = readRecord(item);
    if (!record) return null;
    records.push(record);
  }
  return {
    register: named ?? register,
    sequence: textOrNull(data['@sequence']),
    systemVersion: textOrNull(data['@systemversion']),
    records,
    messages: readMessages(json.messages),
  };
}

const HAL_HINT = /\.hal\b/i;

/** A 404 that explains itself in HAL terms ("… Add this code to halcust/datadef.hal …"): the register cannot do it. */
export function readHalHint(text: string): string | null {
  return HAL_HINT.test(text) ? text.trim().slice(0, 500) : null;
}
