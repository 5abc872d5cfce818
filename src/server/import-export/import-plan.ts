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
  rejected: RejectedRow[];
}

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
}

export function summarise<T>(plan: ImportPlan<T>): PlanSummary {
  const hash = createHash('sha256');
  for (const row of plan.rows) hash.update(`${row.line}:${row.action};`);
  for (const row of plan.rejected) hash.update(`${row.line}:rejected;`);
  const count = (action: RowAction) => plan.rows.filter((row) => row.action === action).length;
  return { fingerprint: hash.digest('hex'), create: count('create'), update: count('update'), unchanged: count('unchanged'), rejected: plan.rejected };
}

export function previewOf(summary: PlanSummary, language: Language): ImportPreview {
  return {
    total: summary.create + summary.update + summary.unchanged + summary.rejected.length,
    create: summary.create,
    update: summary.update,
    unchanged: summary.unchanged,
    rejected: summary.rejected.length,
    rejectedRows: summary.rejected.map((row) => ({
      line: row.line,
      code: row.code,
      problems: row.problems.map((problem) => ({ field: problem.field, message: localize(problem.text, language, problem.params) })),
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
 * Rows whose key appears more than once in the file, each with the rows that share it. All of them are
 * rejected: which one the user meant is theirs to say.
 */
export function duplicateKeys(rows: readonly StagedRow[], keyIndex: number): Map<number, number[]> {
  const linesByKey = new Map<string, number[]>();
  for (const row of rows) {
    const key = (row.cells[keyIndex] ?? '').trim();
    if (key === '') continue;
    const lines = linesByKey.get(key);
    if (lines) lines.push(row.line);
    else linesByKey.set(key, [row.line]);
  }
  const duplicates = new Map<number, number[]>();
  for (const lines of linesByKey.values()) if (lines.length > 1) for (const line of lines) duplicates.set(line, lines);
  return duplicates;
}

export function duplicateProblem(keyField: string, lines: readonly number[]): RowProblem {
  return { field: keyField, text: importTexts.duplicateKey, params: { lines: lines.join(', ') } };
}
