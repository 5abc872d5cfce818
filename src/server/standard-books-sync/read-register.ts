import type { FastifyBaseLogger } from 'fastify';
import { setImmediate } from 'node:timers/promises';
import {
  noSbReadCounts,
  sbRejectionsKept,
  type SbReadCounts,
  type SbReadFailureCode,
  type SbReadMode,
  type SbRegisterKey,
} from '../../shared/standard-books-sync';
import type { Db } from '../db/database';
import { compareSequences, isSequence } from '../standard-books/sequence';
import type { SbConnection, SbListQuery, StandardBooksClient } from '../standard-books/types';
import { applyChosenReplacements } from './apply-clashes';
import { applyCodeListPage } from './apply-code-list';
import { applyContactPage } from './apply-contacts';
import { codeListFieldsRead, type CodeListFields } from './code-list-records';
import { contactFieldsRead } from './contact-records';
import { describeSbFailure } from './failure-codes';
import { displayCode, type RecordRejection } from './record-text';
import { markRemoved, markSeen, unseenCodes } from './removals';

export interface RegisterReadContext {
  db: Db;
  client: StandardBooksClient;
  connection: SbConnection;
  fields: CodeListFields;
  /** The read's start: every row it writes or confirms is marked as seen then (a full read's removals use it). */
  readStart: string;
  now: () => Date;
  isClosing: () => boolean;
  /** After each committed page: this register's counts so far. */
  onPage: (key: SbRegisterKey, counts: SbReadCounts) => void;
  log: FastifyBaseLogger;
}

export interface RegisterReadResult {
  mode: SbReadMode;
  /** The server's sequence was below the stored one: the register was read in full instead. */
  sequenceReset: boolean;
  counts: SbReadCounts;
  /** The first sbRejectionsKept of them; `counts.rejected` counts all. */
  rejections: RecordRejection[];
  failure: SbReadFailureCode | null;
}

type PassEnd =
  | { kind: 'done'; cursor: string | null }
  | { kind: 'failed'; code: SbReadFailureCode }
  | { kind: 'not-supported' }
  | { kind: 'sequence-reset'; serverSequence: string };

function addCounts(into: SbReadCounts, more: SbReadCounts): void {
  for (const key of Object.keys(into) as (keyof SbReadCounts)[]) into[key] += more[key];
}

/**
 * Pages through one register and applies each page in a transaction of its own, yielding to the event loop in
 * between so that the app stays quick. An incremental pass gives up at its first page when the server cannot
 * do `updates_after` there, or when its sequence went below the stored one (a reset after an upgrade).
 */
async function pass(
  ctx: RegisterReadContext,
  key: SbRegisterKey,
  query: Omit<SbListQuery, 'offset'>,
  result: RegisterReadResult,
): Promise<PassEnd> {
  let cursor: string | null | undefined;
  for await (const outcome of ctx.client.readPages(ctx.connection, key, query)) {
    const first = cursor === undefined;
    if (outcome.kind !== 'ok') {
      if (first && query.updatesAfter !== undefined && outcome.kind === 'not-supported')
        return { kind: 'not-supported' };
      return { kind: 'failed', code: describeSbFailure(outcome, key).code };
    }
    const page = outcome.body;
    const sequence = page.sequence !== null && isSequence(page.sequence) ? page.sequence : null;
    if (first && query.updatesAfter !== undefined && sequence && compareSequences(sequence, query.updatesAfter) < 0) {
      return { kind: 'sequence-reset', serverSequence: sequence };
    }
    // The first page's sequence is the next cursor: a record changed while paging has a higher one.
    if (first) cursor = sequence;
    if (ctx.isClosing()) return { kind: 'failed', code: 'interrupted' };
    const applied = await ctx.db
      .transaction()
      .execute((trx) =>
        key === 'contacts'
          ? applyContactPage(trx, page.records, ctx.readStart, ctx.now())
          : applyCodeListPage(trx, key, page.records, ctx.fields, ctx.readStart),
      );
    addCounts(result.counts, applied.counts);
    const room = sbRejectionsKept - result.rejections.length;
    if (room > 0) result.rejections.push(...applied.rejections.slice(0, room));
    ctx.onPage(key, { ...result.counts });
    await setImmediate();
  }
  return { kind: 'done', cursor: cursor ?? null };
}

/**
 * After a complete full read: rows read before that it did not see. Offset paging over a set that changes while
 * it is read can skip a record, so a second look (codes only) must also miss a row before it is marked removed.
 */
async function reconcileRemovals(ctx: RegisterReadContext, key: SbRegisterKey, result: RegisterReadResult) {
  const unseen = await unseenCodes(ctx.db, key, ctx.readStart);
  if (unseen.length === 0) return null;
  const candidates = new Set(unseen);
  const present: string[] = [];
  for await (const outcome of ctx.client.readPages(ctx.connection, key, { fields: ['Code'] })) {
    if (outcome.kind !== 'ok') return describeSbFailure(outcome, key).code;
    for (const record of outcome.body.records) {
      const code = displayCode(record.Code);
      if (candidates.delete(code)) present.push(code);
    }
  }
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await markSeen(trx, key, present, ctx.readStart);
    await markRemoved(trx, key, [...candidates], at);
  });
  result.counts.removed += candidates.size;
  if (present.length > 0)
    ctx.log.info({ register: key, count: present.length }, 'standard books: records found on a second look');
  return null;
}

async function storeMark(ctx: RegisterReadContext, key: SbRegisterKey, change: Record<string, string | number | null>) {
  await ctx.db
    .insertInto('standard_books_registers')
    .values({ register: key, ...change })
    .onConflict((conflict) => conflict.column('register').doUpdateSet(change))
    .execute();
}

/**
 * Reads one register: incrementally (`updates_after` the stored sequence) when asked and possible, else in full.
 * The sequence is stored only when the whole register has been read: a read that fails in the middle leaves the
 * old mark, and the next read starts again from it (pages already applied are then simply unchanged).
 */
export async function readRegister(
  ctx: RegisterReadContext,
  key: SbRegisterKey,
  requested: SbReadMode,
): Promise<RegisterReadResult> {
  const mark = await ctx.db
    .selectFrom('standard_books_registers')
    .selectAll()
    .where('register', '=', key)
    .executeTakeFirst();
  const stored = mark?.sequence && isSequence(mark.sequence) ? mark.sequence : null;
  const incremental = requested === 'incremental' && stored !== null && mark?.updates_supported !== 0;
  const result: RegisterReadResult = {
    mode: incremental ? 'incremental' : 'full',
    sequenceReset: false,
    counts: noSbReadCounts(),
    rejections: [],
    failure: null,
  };
  const fields = key === 'contacts' ? [...contactFieldsRead] : codeListFieldsRead(key, ctx.fields);

  let end: PassEnd = incremental
    ? await pass(ctx, key, { fields, updatesAfter: stored }, result)
    : await pass(ctx, key, { fields }, result);
  if (end.kind === 'not-supported') {
    ctx.log.info({ register: key }, 'standard books: updates_after not supported here, reading the register in full');
    await storeMark(ctx, key, { updates_supported: 0 });
  }
  if (end.kind === 'sequence-reset') {
    ctx.log.warn(
      { register: key, stored, server: end.serverSequence },
      'standard books: the server sequence is below the stored one (reset), reading the register in full',
    );
    result.sequenceReset = true;
  }
  if (end.kind === 'not-supported' || end.kind === 'sequence-reset') {
    result.mode = 'full';
    end = await pass(ctx, key, { fields }, result);
  }
  if (end.kind === 'failed') return { ...result, failure: end.code };
  if (end.kind !== 'done') return { ...result, failure: 'unexpected-answer' };
  if (key === 'contacts') {
    const replaced = await ctx.db
      .transaction()
      .execute((trx) => applyChosenReplacements(trx, ctx.readStart, ctx.now()));
    addCounts(result.counts, replaced);
  }

  if (result.mode === 'full') {
    const failure = await reconcileRemovals(ctx, key, result);
    if (failure) return { ...result, failure };
  }
  const at = ctx.now().toISOString();
  await storeMark(ctx, key, {
    sequence: end.cursor,
    read_at: at,
    ...(result.mode === 'full' && { full_read_at: at }),
  });
  return result;
}
