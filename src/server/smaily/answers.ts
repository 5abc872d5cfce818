import { z } from 'zod';
import type { SmailyContact, SmailyListRow, SmailyWorkflow, SmailyWriteAnswer } from './types';

/** What a 200 answer's JSON means for one endpoint. */
export type BodyReading<T> =
  { kind: 'ok'; body: T } | { kind: 'smaily-error'; code: number; message: string } | { kind: 'invalid-response' };

export type BodyReader<T> = (json: unknown) => BodyReading<T>;

const SUCCESS = 101;
const NOT_FOUND = 206;

// Smaily's samples show numbers; some answers may carry them as strings, so both are read.
const codeAnswerSchema = z.object({
  code: z.coerce.number().int(),
  message: z.string().catch(''),
});
const workflowsSchema = z.array(z.object({ id: z.coerce.number(), title: z.coerce.string() }));
// The documented list (D-arlist) names a workflow `name` where the legacy one says `title`.
const autorespondersSchema = z.array(z.object({ id: z.coerce.number(), name: z.coerce.string() }));
const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const recordWithEmailSchema = z.looseObject({ email: z.string() });
const listSchema = z.array(z.record(z.string(), scalar));

const invalid = { kind: 'invalid-response' } as const;
const ok = <T>(body: T): BodyReading<T> => ({ kind: 'ok', body });
function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value === null || value === undefined ? '' : JSON.stringify(value);
}

/** The `{code, message}` envelope, when the JSON is one. */
function readCode(json: unknown): { code: number; message: string } | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const parsed = codeAnswerSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

function failedCode<T>(json: unknown): BodyReading<T> {
  const answer = readCode(json);
  if (!answer || answer.code === SUCCESS) return invalid;
  return { kind: 'smaily-error', code: answer.code, message: answer.message };
}

export const readWriteAnswer: BodyReader<SmailyWriteAnswer> = (json) => {
  const answer = readCode(json);
  if (answer?.code === SUCCESS) return ok({ code: SUCCESS, message: answer.message });
  return failedCode(json);
};

export const readWorkflows: BodyReader<SmailyWorkflow[]> = (json) => {
  if (!Array.isArray(json)) return failedCode(json);
  const parsed = workflowsSchema.safeParse(json);
  return parsed.success ? ok(parsed.data) : invalid;
};

export const readAutoresponders: BodyReader<SmailyWorkflow[]> = (json) => {
  if (!Array.isArray(json)) return failedCode(json);
  const parsed = autorespondersSchema.safeParse(json);
  return parsed.success ? ok(parsed.data.map(({ id, name }) => ({ id, title: name }))) : invalid;
};

export const readContact: BodyReader<SmailyContact | null> = (json) => {
  // Checked first: a contact may well have a custom field called "code".
  const contact = recordWithEmailSchema.safeParse(json);
  if (contact.success) {
    const { email, is_unsubscribed: unsubscribed, ...rest } = contact.data;
    const fields = Object.fromEntries(Object.entries(rest).map(([name, value]) => [name, asText(value)]));
    return ok({ email, isUnsubscribed: Number(unsubscribed) === 1, fields });
  }
  return readCode(json)?.code === NOT_FOUND ? ok(null) : failedCode(json);
};

export const readListRows: BodyReader<SmailyListRow[]> = (json) => {
  if (!Array.isArray(json)) return failedCode(json);
  const parsed = listSchema.safeParse(json);
  if (!parsed.success) return invalid;
  const rows: SmailyListRow[] = [];
  for (const row of parsed.data) {
    if (typeof row.email !== 'string') return invalid;
    const text = Object.fromEntries(Object.entries(row).map(([name, value]) => [name, asText(value)]));
    rows.push({ ...text, email: row.email });
  }
  return ok(rows);
};
