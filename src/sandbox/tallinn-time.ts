// Smaily reports datetimes as `YYYY-MM-DD HH:MM:SS` in Estonian local time, and empty ones as zeros.
const EMPTY_DATETIME = '0000-00-00 00:00:00';

const tallinn = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Tallinn',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

export function formatTallinnTime(epochMs: number | null): string {
  if (epochMs === null) return EMPTY_DATETIME;
  const parts = tallinn.formatToParts(epochMs);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`;
}
