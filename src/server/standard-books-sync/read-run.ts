import type { FastifyBaseLogger } from 'fastify';
import type { SessionUser } from '../../shared/auth';
import {
  noSbReadCounts,
  sbConnectionSubject,
  sbRegisterKeys,
  sbRejectionsKept,
  type SbReadCounts,
  type SbReadMode,
  type SbReadSummary,
  type SbReadTrigger,
  type SbRegisterKey,
} from '../../shared/standard-books-sync';
import type { Db } from '../db/database';
import type { SbConnection, StandardBooksClient } from '../standard-books/types';
import { appendLogEntry } from '../sync-log/log-store';
import type { CodeListFields } from './code-list-records';
import { readConnectionRow, updateConnectionRow } from './connection-store';
import { readRegister } from './read-register';
import { writeBackUnsubscribes } from './write-back';

export interface ReadRunDeps {
  db: Db;
  client: StandardBooksClient;
  fields: CodeListFields;
  now: () => Date;
  log: FastifyBaseLogger;
  isClosing: () => boolean;
  /** After each committed page: the register being read and the read's totals so far. */
  onProgress: (register: SbRegisterKey, totals: SbReadCounts) => void;
}

export interface ReadRequest {
  connection: SbConnection;
  mode: SbReadMode;
  trigger: SbReadTrigger;
  user: Pick<SessionUser, 'id' | 'name'> | null;
}

/** Rejections kept in a log entry: enough to act on, not a copy of the register. */
const rejectionsLogged = 50;

function plus(a: SbReadCounts, b: SbReadCounts): SbReadCounts {
  const sum = noSbReadCounts();
  for (const key of Object.keys(sum) as (keyof SbReadCounts)[]) sum[key] = a[key] + b[key];
  return sum;
}

/**
 * One read: the registers in order (code lists before the contacts that link to them), each to its end, until
 * one fails. The summary is kept on the connection (the page shows it) and written to Sünkroniseerimise logi with
 * the failure count the automatic sync's banner needs. A read that ran to its end then writes the waiting Smaily
 * unsubscribes to Standard Books (write-back.ts).
 */
export async function runRead(deps: ReadRunDeps, request: ReadRequest): Promise<SbReadSummary> {
  const { db, now } = deps;
  const startedAt = now().toISOString();
  if (request.mode === 'full') await updateConnectionRow(db, { last_full_read_started_at: startedAt });
  const summary: SbReadSummary = {
    mode: request.mode,
    trigger: request.trigger,
    userName: request.user?.name ?? null,
    startedAt,
    finishedAt: startedAt,
    outcome: 'ok',
    totals: noSbReadCounts(),
    registers: {},
    rejections: [],
    failure: null,
  };
  for (const key of sbRegisterKeys) {
    const done = summary.totals;
    const result = await readRegister(
      {
        db,
        client: deps.client,
        connection: request.connection,
        fields: deps.fields,
        readStart: startedAt,
        now,
        isClosing: deps.isClosing,
        onPage: (register, counts) => deps.onProgress(register, plus(done, counts)),
        log: deps.log,
      },
      key,
      request.mode,
    );
    summary.totals = plus(summary.totals, result.counts);
    summary.registers[key] = { mode: result.mode, sequenceReset: result.sequenceReset, ...result.counts };
    const room = sbRejectionsKept - summary.rejections.length;
    summary.rejections.push(...result.rejections.slice(0, room).map((rejection) => ({ register: key, ...rejection })));
    if (result.failure) {
      summary.failure = { register: key, code: result.failure };
      break;
    }
  }
  summary.finishedAt = now().toISOString();
  summary.outcome = summary.failure ? 'failed' : summary.totals.rejected > 0 ? 'partial' : 'ok';
  await recordRead(db, summary, request);
  // After a whole read the stored flags are fresh: a contact Standard Books already excludes is not written.
  if (!summary.failure && !deps.isClosing()) {
    await writeBackUnsubscribes(
      { db, client: deps.client, connection: request.connection, now, log: deps.log },
      { trigger: 'read', user: request.user },
    ).catch((error: unknown) => deps.log.error({ err: error }, 'standard books write-back failed'));
  }
  return summary;
}

async function recordRead(db: Db, summary: SbReadSummary, request: ReadRequest): Promise<void> {
  const failed = summary.failure !== null;
  await db.transaction().execute(async (trx) => {
    const row = await readConnectionRow(trx);
    await updateConnectionRow(trx, {
      last_read: JSON.stringify(summary),
      last_read_at: summary.finishedAt,
      consecutive_failures: failed ? row.consecutive_failures + 1 : 0,
    });
    const sequenceReset = Object.entries(summary.registers)
      .filter(([, register]) => register.sequenceReset)
      .map(([key]) => key);
    await appendLogEntry(trx, {
      user: request.user,
      kind: 'standard-books-read',
      subject: sbConnectionSubject,
      outcome: summary.outcome,
      details: {
        mode: summary.mode,
        trigger: summary.trigger,
        ...summary.totals,
        ...(summary.failure && { failure: summary.failure.code, register: summary.failure.register }),
        ...(sequenceReset.length > 0 && { sequenceReset }),
        registers: summary.registers,
        rejections: summary.rejections.slice(0, rejectionsLogged),
      },
      at: new Date(summary.finishedAt),
    });
  });
}
