import { describe, expect, it } from 'vitest';
import { dateTimeParts, formatTallinnDateTime, parseTallinnDateTime, tallinnDate } from './tallinn-time';

describe('formatTallinnDateTime', () => {
  it('writes Smaily’s form in Tallinn time: +2 in winter, +3 in summer', () => {
    expect(formatTallinnDateTime('2026-01-15T10:04:05Z')).toBe('2026-01-15 12:04:05');
    expect(formatTallinnDateTime('2026-07-15T10:04:05.999Z')).toBe('2026-07-15 13:04:05');
  });

  it('takes a Date, epoch milliseconds or an ISO string alike', () => {
    const iso = '2026-07-15T22:30:00Z';
    expect(formatTallinnDateTime(new Date(iso))).toBe('2026-07-16 01:30:00');
    expect(formatTallinnDateTime(Date.parse(iso))).toBe('2026-07-16 01:30:00');
    expect(formatTallinnDateTime(iso)).toBe('2026-07-16 01:30:00');
  });

  it('writes midnight as 00, not 24', () => {
    expect(formatTallinnDateTime('2026-01-14T22:00:00Z')).toBe('2026-01-15 00:00:00');
  });

  it('follows the switch to and from summer time', () => {
    // 29 March 2026 03:00 +02 became 04:00 +03; 25 October 2026 04:00 +03 went back to 03:00 +02.
    expect(formatTallinnDateTime('2026-03-29T00:59:59Z')).toBe('2026-03-29 02:59:59');
    expect(formatTallinnDateTime('2026-03-29T01:00:00Z')).toBe('2026-03-29 04:00:00');
    expect(formatTallinnDateTime('2026-10-25T00:30:00Z')).toBe('2026-10-25 03:30:00');
    expect(formatTallinnDateTime('2026-10-25T01:30:00Z')).toBe('2026-10-25 03:30:00');
  });

  it('gives "" for what is not a moment', () => {
    expect(formatTallinnDateTime('')).toBe('');
    expect(formatTallinnDateTime('not a date')).toBe('');
    expect(formatTallinnDateTime(Number.NaN)).toBe('');
  });
});

describe('tallinnDate', () => {
  it('is the day in Tallinn, not in UTC, around midnight', () => {
    expect(tallinnDate('2026-03-01T21:59:59Z')).toBe('2026-03-01');
    expect(tallinnDate('2026-03-01T22:30:00Z')).toBe('2026-03-02');
    expect(tallinnDate('2026-06-30T21:00:00Z')).toBe('2026-07-01');
    expect(tallinnDate('2026-12-31T22:00:00Z')).toBe('2027-01-01');
  });

  it('gives "" for what is not a moment', () => {
    expect(tallinnDate('yesterday')).toBe('');
  });
});

describe('dateTimeParts', () => {
  it('gives the parts in the zone asked for', () => {
    expect(dateTimeParts('2026-03-01T22:30:05Z', 'UTC')).toEqual({
      year: '2026',
      month: '03',
      day: '01',
      hour: '22',
      minute: '30',
      second: '05',
    });
    expect(dateTimeParts('2026-03-01T22:30:05Z', 'Asia/Tokyo')).toMatchObject({ day: '02', hour: '07' });
    expect(dateTimeParts('2026-03-01T22:30:05Z')).toMatchObject({ day: '02', hour: '00' });
  });

  it('is null for what is not a moment', () => {
    expect(dateTimeParts('2026-13-45T99:00:00Z')).toBeNull();
  });
});

describe('parseTallinnDateTime', () => {
  it('reads Smaily’s Tallinn time as UTC: +2 in winter, +3 in summer', () => {
    expect(parseTallinnDateTime('2026-01-15 12:04:05')).toBe('2026-01-15T10:04:05.000Z');
    expect(parseTallinnDateTime('2026-07-15 13:04:05')).toBe('2026-07-15T10:04:05.000Z');
    expect(parseTallinnDateTime('2026-07-16 01:30:00')).toBe('2026-07-15T22:30:00.000Z');
  });

  it('follows the switches, taking the earlier moment of the hour that repeats', () => {
    expect(parseTallinnDateTime('2026-03-29 02:59:59')).toBe('2026-03-29T00:59:59.000Z');
    expect(parseTallinnDateTime('2026-03-29 04:00:00')).toBe('2026-03-29T01:00:00.000Z');
    expect(parseTallinnDateTime('2026-10-25 02:30:00')).toBe('2026-10-24T23:30:00.000Z');
    expect(parseTallinnDateTime('2026-10-25 03:30:00')).toBe('2026-10-25T00:30:00.000Z');
    expect(parseTallinnDateTime('2026-10-25 04:30:00')).toBe('2026-10-25T02:30:00.000Z');
  });

  it('is the inverse of formatTallinnDateTime', () => {
    for (const iso of ['2026-02-28T23:59:59.000Z', '2026-06-01T00:00:00.000Z', '2027-12-31T21:59:00.000Z']) {
      expect(parseTallinnDateTime(formatTallinnDateTime(iso))).toBe(iso);
    }
  });

  it('gives null for Smaily’s empty datetime and for what is not a moment', () => {
    for (const text of [
      '0000-00-00 00:00:00',
      '',
      '2026-02-30 10:00:00',
      '2026-01-15T12:04:05',
      '2026-01-15 24:00:00',
    ]) {
      expect(parseTallinnDateTime(text)).toBeNull();
    }
  });
});
