import { languages, localize, type Language } from '../../shared/messages';
import { firstMappingProblem, type MappingRow } from '../../shared/smaily-fields';
import type { Db } from '../db/database';
import { RequestError } from '../http/request-error';
import { loadMappingRows } from './mapping-store';

const texts = {
  row: {
    et: "Smaily päringu väljade rida {row} („{name}”) tuleb parandada: {problem}. Paranda see vaates Kliendihaldus › Seadistused › Smaily päringu väljad; seni ei saadeta Smaily'sse midagi.",
    en: 'Row {row} ("{name}") of Smaily request fields must be fixed: {problem}. Fix it in CRM › Settings › Smaily request fields; nothing is sent to Smaily until then.',
  },
  grid: {
    et: "Smaily päringu väljad tuleb parandada: {problem}. Paranda need vaates Kliendihaldus › Seadistused › Smaily päringu väljad; seni ei saadeta Smaily'sse midagi.",
    en: 'Smaily request fields must be fixed: {problem}. Fix them in CRM › Settings › Smaily request fields; nothing is sent to Smaily until then.',
  },
} satisfies Record<string, Record<Language, string>>;

type Found = NonNullable<ReturnType<typeof firstMappingProblem>>;

/** Each language's sentence with that language's words for the problem; the row and name stay parameters. */
function refusalText(found: Found): Record<Language, string> {
  const template = found.row === null ? texts.grid : texts.row;
  const entries = languages.map((language) => {
    const problem = localize(found.problem.text, language, found.problem.params).replace(/[.\s]+$/, '');
    return [language, template[language].replace('{problem}', () => problem)];
  });
  return Object.fromEntries(entries) as Record<Language, string>;
}

/**
 * A push must not start with a grid that breaks today's rules (smaily-fields.ts): Smaily would answer 101 and
 * drop a field such as `3_klass` without a word (smaily-api.md §3; Smaily's Estonian API page), so the user would
 * be told it was sent. Refuses with a 409 that names the row and says where to fix it.
 */
export function refuseBrokenMapping(rows: readonly MappingRow[]): void {
  const found = firstMappingProblem(rows);
  if (found) throw new RequestError(409, refusalText(found), {}, { row: found.row ?? '', name: found.name ?? '' });
}

export async function refuseBrokenSavedMapping(db: Db): Promise<void> {
  refuseBrokenMapping(await loadMappingRows(db));
}
