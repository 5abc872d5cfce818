import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { ImportPreview } from '../../shared/import-export';
import { describeIssue, localize, type Language, type Localized, type MessageParams } from '../../shared/messages';
import type { Db } from '../db/database';
import type { FieldProblem } from '../http/request-error';
import { importTexts } from './import-messages';
import type { StagedRow } from './import-sessions';

export type RowAction = 'create' | 'update' | 'unchanged';

export interface PlannedRow<T> {
  line: number;
  action: RowAction;
  value: T;
  /** The stored row an update replaces. */
  id?: number;
}

export interface RowProblem {
  /** The field at fault, or null for the row as a whole. */
  field: string | null;
  text: Localized;
  params?: MessageParams;
}

export interface RejectedRow {
  line: number;
  code: string;
  problems: RowProblem[];
}

export interface ImportPlan<T> {
  rows: PlannedRow<T>[];
  /** The first maxRejectedShown rejected rows with their reasons: enough to fix a file, and bounded in memory. */
  rejected: RejectedRow[];
  /** The line of every rejected row. */
  rejectedLines: number[];
}

export const maxRejectedShown = 1000;

/** One kind of import (contacts, or a register): how rows are checked against the database, and written. */
export interface ImportHandler<T> {
  plan(db: Db, fields: readonly string[], rows: readonly StagedRow[]): Promise<ImportPlan<T>>;
  /** Writes the planned creates and updates; `progress` is called after each part with the rows written so far. */
  write(db: Db, rows: readonly PlannedRow<T>[], progress: (written: number) => Promise<void>): Promise<void>;
}

/** What a preview showed, kept to check that the commit is about to do the same. */
export interface PlanSummary {
  fingerprint: string;
  create: number;
  update: number;
  unchanged: number;
  rejected: RejectedRow[];
  rejectedCount: number;
}

export function summarise<T>(plan: ImportPlan<T>): PlanSummary {
  const hash = createHash('sha256');
  for (const row of plan.rows) hash.update(`${row.line}:${row.action};`);
  for (const line of plan.rejectedLines) hash.update(`${line}:rejected;`);
  const count = (action: RowAction) => plan.rows.filter((row) => row.action === action).length;
  return {
    fingerprint: hash.digest('hex'),
    create: count('create'),
    update: count('update'),
    unchanged: count('unchanged'),
    rejected: plan.rejected,
    rejectedCount: plan.rejectedLines.length,
  };
}

export function previewOf(summary: PlanSummary, language: Language): ImportPreview {
  return {
    total: summary.create + summary.update + summary.unchanged + summary.rejectedCount,
    create: summary.create,
    update: summary.update,
    unchanged: summary.unchanged,
    rejected: summary.rejectedCount,
    rejectedRows: summary.rejected.map((row) => ({
      line: row.line,
      code: row.code,
      problems: row.problems.map((problem) => ({
        field: problem.field,
        message: localize(problem.text, language, problem.params),
      })),
    })),
  };
}

/** Zod's complaints about a row, worded in both languages now, so the preview can answer in either. */
export function schemaProblems(error: z.ZodError): RowProblem[] {
  const seen = new Set<string>();
  const problems: RowProblem[] = [];
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : null;
    if (seen.has(field ?? '')) continue;
    seen.add(field ?? '');
    const params = 'params' in issue ? (issue.params as MessageParams | undefined) : undefined;
    const described = { ...issue, params };
    problems.push({ field, text: { et: describeIssue(described, 'et'), en: describeIssue(described, 'en') } });
  }
  return problems;
}

export function fieldProblems(problems: Record<string, FieldProblem>): RowProblem[] {
  return Object.entries(problems).map(([field, problem]) => ({ field, ...problem }));
}

/**
 * A row's every problem at once, one per field: the checks against the registers are added to those of the
 * row's shape (a missing Nimi does not hide an unknown Kliendiklass), except for a field already named.
 */
export function allProblems(first: readonly RowProblem[], more: readonly RowProblem[]): RowProblem[] {
  const named = new Set(first.map((problem) => problem.field));
  return [...first, ...more.filter((problem) => !named.has(problem.field))];
}

/**
 * Rows whose key appears more than once in the file, each with the rows that share it. All of them are
 * rejected: which one the user meant is theirs to say.
 */
function duplicateKeys(keys: ReadonlyMap<StagedRow, string>, keyField: string): Map<StagedRow, RowProblem> {
  const rowsByKey = new Map<string, StagedRow[]>();
  for (const [row, key] of keys) {
    if (key === '') continue;
    const rows = rowsByKey.get(key);
    if (rows) rows.push(row);
    else rowsByKey.set(key, [row]);
  }
  const duplicates = new Map<StagedRow, RowProblem>();
  for (const rows of rowsByKey.values()) {
    if (rows.length < 2) continue;
    // One problem per key, naming a few of its lines: a file of one code repeated 200 000 times must not build
    // 200 000 lists of 200 000 lines.
    const lines = rows
      .slice(0, 10)
      .map((row) => row.line)
      .join(', ');
    const problem: RowProblem =
      rows.length > 10
        ? { field: keyField, text: importTexts.duplicateKeyMany, params: { lines, count: rows.length } }
        : { field: keyField, text: importTexts.duplicateKey, params: { lines } };
    for (const row of rows) duplicates.set(row, problem);
  }
  return duplicates;
}

/** What checking one row gave: the problems that reject it, or what to do with it. */
export type RowOutcome<T> = { problems: RowProblem[] } | { action: RowAction; value: T; id?: number };

export interface PlanSteps<T, Stored> {
  keyField: string;
  /** Reads what is stored under these keys (one part of the file at a time). */
  load: (keys: string[]) => Promise<Stored>;
  check: (row: StagedRow, key: string, stored: Stored) => RowOutcome<T>;
}

const partSize = 500;

/** A key as the preview repeats it: a cell of any length was uploaded, but a code is at most 20 characters. */
function shortCode(key: string): string {
  return key.length > 40 ? `${key.slice(0, 40)}…` : key;
}

/**
 * The walk every import plan takes: each row's key (trimmed), rows sharing a key rejected, the rest checked a
 * part at a time against what is stored under their keys. Only the first maxRejectedShown rejections keep their
 * reasons: 200 000 rows of 20 bad cells each would otherwise hold gigabytes of messages.
 */
export async function planRows<T, Stored>(
  fields: readonly string[],
  rows: readonly StagedRow[],
  steps: PlanSteps<T, Stored>,
): Promise<ImportPlan<T>> {
  const keyIndex = fields.indexOf(steps.keyField);
  const keys = new Map(rows.map((row) => [row, (row.cells[keyIndex] ?? '').trim()]));
  const duplicates = duplicateKeys(keys, steps.keyField);
  const plan: ImportPlan<T> = { rows: [], rejected: [], rejectedLines: [] };
  for (let start = 0; start < rows.length; start += partSize) {
    const part = rows.slice(start, start + partSize);
    const stored = await steps.load([...new Set(part.map((row) => keys.get(row) ?? ''))].filter((key) => key !== ''));
    for (const row of part) {
      const key = keys.get(row) ?? '';
      const duplicate = duplicates.get(row);
      const outcome: RowOutcome<T> = duplicate ? { problems: [duplicate] } : steps.check(row, key, stored);
      if (!('problems' in outcome)) {
        plan.rows.push({ line: row.line, ...outcome });
        continue;
      }
      plan.rejectedLines.push(row.line);
      if (plan.rejected.length < maxRejectedShown)
        plan.rejected.push({ line: row.line, code: shortCode(key), problems: outcome.problems });
    }
  }
  return plan;
}
