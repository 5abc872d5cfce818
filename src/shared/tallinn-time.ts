/**
 * Moments as people and Smaily read them. Standard Books and Smaily keep Estonian local time (Europe/Tallinn, +2
 * in winter and +3 in summer), so whatever the server writes for them (Smaily's datetimes, a file's date) is in
 * that zone wherever the server runs; the web shows moments in the user's own zone.
 */
export const tallinnTimeZone = 'Europe/Tallinn';

export interface DateTimeParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
}

export type Moment = Date | number | string;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let formatter = formatters.get(key);
  if (!formatter) {
    // Digits only, so the locale does not matter; h23 keeps midnight at 00 rather than 24.
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * The zero-padded calendar and clock of a moment in a time zone (undefined: the runtime's own, i.e. the
 * browser's), or null for a moment that is not one (an unparsable string, NaN).
 */
export function dateTimeParts(moment: Moment, timeZone: string | undefined = tallinnTimeZone): DateTimeParts | null {
  const date = moment instanceof Date ? moment : new Date(moment);
  if (Number.isNaN(date.getTime())) return null;
  const parts: Record<string, string> = {};
  for (const { type, value } of formatterFor(timeZone).formatToParts(date)) parts[type] = value;
  return {
    year: parts.year ?? '',
    month: parts.month ?? '',
    day: parts.day ?? '',
    hour: parts.hour ?? '',
    minute: parts.minute ?? '',
    second: parts.second ?? '',
  };
}

/** Smaily's datetime form, `YYYY-MM-DD HH:mm:ss` in Tallinn time; "" for a moment that is not one. */
export function formatTallinnDateTime(moment: Moment): string {
  const parts = dateTimeParts(moment);
  return parts ? `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}` : '';
}

/** The day in Tallinn, `YYYY-MM-DD` (e.g. in a file's name); "" for a moment that is not one. */
export function tallinnDate(moment: Moment): string {
  const parts = dateTimeParts(moment);
  return parts ? `${parts.year}-${parts.month}-${parts.day}` : '';
}

const smailyDateTime = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/** How far Tallinn's wall clock is ahead of UTC at a moment, in milliseconds. */
function tallinnOffsetMs(epochMs: number): number {
  const parts = dateTimeParts(epochMs);
  if (!parts) return 0;
  const wall = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return wall - Math.floor(epochMs / 1000) * 1000;
}

/**
 * A datetime as Smaily writes it (`YYYY-MM-DD HH:MM:SS`, Tallinn time) as a UTC ISO string, so that it compares
 * with the app's own moments; null for Smaily's "none" (`0000-00-00 00:00:00`) and for anything else that is not
 * a real moment. In the hour the clocks go back, which repeats, the earlier of the two moments is taken.
 */
export function parseTallinnDateTime(text: string): string | null {
  const match = smailyDateTime.exec(text.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  // Date.UTC rolls 30 February over into March, and year 0000 is Smaily's empty value.
  const real =
    year > 0 &&
    check.getUTCMonth() === month - 1 &&
    check.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60;
  if (!real) return null;
  // Guessed with the summer offset first, then corrected with the offset at the guess: right on either side of
  // a switch, and the earlier moment of the repeated hour.
  const first = wall - tallinnOffsetMs(wall - 3 * 3600_000);
  const moment = wall - tallinnOffsetMs(first);
  return new Date(moment).toISOString();
}
