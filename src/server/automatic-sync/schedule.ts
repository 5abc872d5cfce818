import { Cron } from 'croner';
import type { AutomaticSyncSettings } from '../../shared/automatic-sync';

const timezone = 'Europe/Tallinn';

/** The schedule as a cron pattern, read in Tallinn time by croner (which also knows its daylight-saving days). */
export function cronPattern({ schedule, dailyAt }: Pick<AutomaticSyncSettings, 'schedule' | 'dailyAt'>): string {
  if (schedule === 'every-15-minutes') return '*/15 * * * *';
  if (schedule === 'hourly') return '0 * * * *';
  const [hour = '3', minute = '30'] = dailyAt.split(':');
  return `${Number(minute)} ${Number(hour)} * * *`;
}

/** A paused croner job: only asked about slots, never left to fire on its own (the clock is the app's). */
function cronOf(settings: Pick<AutomaticSyncSettings, 'schedule' | 'dailyAt'>): Cron {
  return new Cron(cronPattern(settings), { timezone, paused: true });
}

/** The first slot after `now`. */
export function nextSlot(settings: Pick<AutomaticSyncSettings, 'schedule' | 'dailyAt'>, now: number): Date | null {
  const cron = cronOf(settings);
  try {
    return cron.nextRun(new Date(now));
  } finally {
    cron.stop();
  }
}

/**
 * The latest slot at or before `now`: a run is due when it is later than the last slot handled. Asking for the
 * latest one only is what makes a long downtime end in one catch-up run, not one per slot missed.
 */
export function latestSlot(settings: Pick<AutomaticSyncSettings, 'schedule' | 'dailyAt'>, now: number): Date | null {
  const cron = cronOf(settings);
  try {
    return cron.previousRuns(1, new Date(now + 1))[0] ?? null;
  } finally {
    cron.stop();
  }
}
