import { formatTallinnDateTime } from '../shared/tallinn-time';

// Smaily reports an empty datetime as zeros rather than leaving it out.
const EMPTY_DATETIME = '0000-00-00 00:00:00';

/** A datetime as Smaily's API reports it: `YYYY-MM-DD HH:MM:SS` in Estonian local time, zeros for none. */
export function formatTallinnTime(epochMs: number | null): string {
  return epochMs === null ? EMPTY_DATETIME : formatTallinnDateTime(epochMs);
}
