import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { importFields, type ImportTarget } from '../../shared/import-export';
import { describeIssue, localize, megabytes, type Language, type MessageParams } from '../../shared/messages';
import { fieldError, RequestError, type FieldProblem } from '../http/request-error';
import { importTexts } from './import-messages';
import { ImportLimitError, type ImportSession } from './import-sessions';

type Texts = Record<Language, string>;

const inBothLanguages = (say: (language: Language) => string): Texts => ({ et: say('et'), en: say('en') });

/** A text with its `{mb}` filled in each language's own way (50 MB, 1,5 MB / 1.5 MB). */
const sizeText = (text: Texts, bytes: number): Texts =>
  inBothLanguages((language) => localize(text, language, { mb: megabytes(bytes, language) }));

/**
 * A problem of one uploaded row, named as the user finds it in the file: "Rida 1234, veerg E-post: Kuni 200
 * märki", keyed `line.1234.eMail` (or `line.1234` for the row as a whole).
 */
export function lineProblem(
  target: ImportTarget | null,
  line: number,
  field: string | null,
  problem: (language: Language) => string,
): [string, FieldProblem] {
  const label = (language: Language) =>
    importFields[target ?? 'contacts'].find((item) => item.name === field)?.label[language] ?? field ?? '';
  const text = inBothLanguages((language) =>
    field === null
      ? localize(importTexts.atLine, language, { line, problem: problem(language) })
      : localize(importTexts.atLineAndColumn, language, { line, column: label(language), problem: problem(language) }),
  );
  return [field === null ? `line.${line}` : `line.${line}.${field}`, { text }];
}

/** The line a row of an upload's body says it is, when it says so properly. */
function lineOf(body: unknown, index: number): number | null {
  const rows = (body as { rows?: unknown } | null)?.rows;
  const row: unknown = Array.isArray(rows) ? rows[index] : undefined;
  const line = (row as { line?: unknown } | null | undefined)?.line;
  return typeof line === 'number' && Number.isInteger(line) && line > 0 ? line : null;
}

/**
 * Re-keys Fastify's validation errors of an upload from the part's positions (`rows.0.cells.2`) to the file's
 * line and the column's field, so that the user can find them. What cannot be placed keeps its path.
 */
function uploadValidationError(
  validation: readonly { instancePath: string; keyword: string; message?: string; params: object }[],
  body: unknown,
  session: ImportSession | null,
): RequestError {
  const problems: Record<string, FieldProblem> = {};
  for (const item of validation) {
    const issue = { code: item.keyword, message: item.message, ...(item.params as { params?: MessageParams }) };
    const describe = (language: Language) => describeIssue(issue, language);
    const at = /^\/rows\/(\d+)(?:\/cells\/(\d+))?/.exec(item.instancePath);
    const line = at ? lineOf(body, Number(at[1])) : null;
    if (line === null) {
      problems[item.instancePath.slice(1).replaceAll('/', '.') || 'body'] ??= { text: inBothLanguages(describe) };
      continue;
    }
    const field = at?.[2] === undefined ? null : (session?.fields[Number(at[2])] ?? null);
    const [key, problem] = lineProblem(session?.target ?? null, line, field, describe);
    problems[key] ??= problem;
  }
  return fieldError(problems);
}

/**
 * The import's own wording of refusals, for the routes of this plugin only; everything is then answered by the
 * app's error handler. A byte limit says what the limit is; an upload's validation errors name the file's lines.
 */
export function installImportErrors(
  app: FastifyInstance,
  sessionOf: (request: FastifyRequest) => ImportSession | null,
): void {
  app.setErrorHandler((error: FastifyError, request) => {
    if (error instanceof ImportLimitError) {
      request.log.warn({ limit: error.limit, maxBytes: error.maxBytes }, 'import part refused: over a byte limit');
      const text = error.limit === 'import' ? importTexts.importTooLarge : importTexts.serverBusy;
      throw new RequestError(413, sizeText(text, error.maxBytes));
    }
    if (
      hasZodFastifySchemaValidationErrors(error) &&
      error.validationContext === 'body' &&
      request.routeOptions.url?.endsWith('/rows')
    )
      throw uploadValidationError(error.validation, request.body, sessionOf(request));
    throw error;
  });
}
