import type { FastifyBaseLogger } from 'fastify';
import { dateTimeParts, tallinnDate } from '../../shared/tallinn-time';
import type { Db } from '../db/database';
import type { PeriodicTask } from '../services/periodic';
import { readConnectionRow } from './connection-store';
import type { StandardBooksReader } from './read-service';

/** The moment `HH:MM` Tallinn time falls on the Tallinn day of `moment` (winter +2, summer +3). */
export function tallinnTimeOn(moment: number, time: string): number {
  const asUtc = Date.parse(`${tallinnDate(moment)}T${time}:00Z`);
  const shown = dateTimeParts(asUtc);
  if (!shown) return asUtc;
  const tallinnReading = Date.parse(`${shown.year}-${shown.month}-${shown.day}T${shown.hour}:${shown.minute}:00Z`);
  return asUtc - (tallinnReading - asUtc);
}

/**
 * Whether the daily full read is due at `now`: today's time has come (Tallinn time) and no full read, whoever
 * started it, has begun since. A day missed while the app was down is caught up once, not once per day missed.
 */
export function isDailyFullReadDue(now: number, time: string, lastFullReadStartedAt: string | null): boolean {
  const scheduled = tallinnTimeOn(now, time);
  if (now < scheduled) return false;
  return lastFullReadStartedAt === null || Date.parse(lastFullReadStartedAt) < scheduled;
}

interface DailyFullReadDeps {
  db: Db;
  reader: StandardBooksReader;
  /** SB_FULL_READ_AT, e.g. "03:30". */
  time: string;
  now: () => number;
  log: FastifyBaseLogger;
}

/**
 * Once a minute: is the daily full read due? Only a full read finds the contacts deleted in Standard Books
 * (deletes_after is not usable), so one runs every day at a set time, besides "Täielik lugemine" on demand.
 */
export function dailyFullReadTask({ db, reader, time, now, log }: DailyFullReadDeps): PeriodicTask {
  return {
    name: 'daily full read from Standard Books',
    intervalMs: 60_000,
    run: async () => {
      const row = await readConnectionRow(db);
      if (row.address === null) return;
      if (!isDailyFullReadDue(now(), time, row.last_full_read_started_at)) return;
      const result = await reader.run('full', 'daily', null);
      if (typeof result === 'string') log.info({ refused: result }, 'daily full read from Standard Books not started');
      else log.info({ outcome: result.outcome, totals: result.totals }, 'daily full read from Standard Books done');
    },
  };
}
