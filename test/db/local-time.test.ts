import { describe, expect, it } from 'vitest';
import { localDate, localDayBounds, localWeekDays, nextLocalHour } from '@/db/local-time';

const SEOUL = 'Asia/Seoul';
const LA = 'America/Los_Angeles';
const HOUR = 60 * 60 * 1000;

const at = (iso: string) => new Date(iso);
const iso = (d: Date) => d.toISOString();
const bounds = (b: { start: Date; end: Date }) => ({ start: iso(b.start), end: iso(b.end) });

describe('localDate', () => {
  it('turns over at local midnight in Asia/Seoul (UTC+9), not at UTC midnight', () => {
    expect(localDate(at('2026-11-23T14:59:59.999Z'), SEOUL)).toBe('2026-11-23');
    expect(localDate(at('2026-11-23T15:00:00.000Z'), SEOUL)).toBe('2026-11-24');
  });

  it('turns over at local midnight in America/Los_Angeles (UTC-8 in winter)', () => {
    expect(localDate(at('2026-11-24T07:59:59.999Z'), LA)).toBe('2026-11-23');
    expect(localDate(at('2026-11-24T08:00:00.000Z'), LA)).toBe('2026-11-24');
  });

  it('gives the same instant different dates in Seoul and Los Angeles', () => {
    const instant = at('2026-11-24T02:00:00Z');
    expect(localDate(instant, SEOUL)).toBe('2026-11-24');
    expect(localDate(instant, LA)).toBe('2026-11-23');
  });

  it('keeps the LA date through the repeated hour when summer time ends', () => {
    // 01:30 PDT and 01:30 PST on 2026-11-01 are both on the 1st.
    expect(localDate(at('2026-11-01T08:30:00Z'), LA)).toBe('2026-11-01');
    expect(localDate(at('2026-11-01T09:30:00Z'), LA)).toBe('2026-11-01');
  });
});

describe('localDayBounds', () => {
  it('spans 15:00 UTC to 15:00 UTC for a Seoul day', () => {
    expect(bounds(localDayBounds(at('2026-11-23T15:00:00Z'), SEOUL))).toEqual({
      start: '2026-11-23T15:00:00.000Z',
      end: '2026-11-24T15:00:00.000Z',
    });
    expect(bounds(localDayBounds(at('2026-11-24T14:59:59.999Z'), SEOUL))).toEqual({
      start: '2026-11-23T15:00:00.000Z',
      end: '2026-11-24T15:00:00.000Z',
    });
  });

  it('puts one minute before LA midnight in the earlier day', () => {
    expect(bounds(localDayBounds(at('2026-11-24T07:59:00Z'), LA))).toEqual({
      start: '2026-11-23T08:00:00.000Z',
      end: '2026-11-24T08:00:00.000Z',
    });
  });

  it('makes 2026-11-01 in Los Angeles 25 hours long (summer time ends)', () => {
    const day = localDayBounds(at('2026-11-01T20:00:00Z'), LA);
    expect(bounds(day)).toEqual({ start: '2026-11-01T07:00:00.000Z', end: '2026-11-02T08:00:00.000Z' });
    expect(day.end.getTime() - day.start.getTime()).toBe(25 * HOUR);
  });

  it('makes 2026-03-08 in Los Angeles 23 hours long (summer time starts)', () => {
    const day = localDayBounds(at('2026-03-08T20:00:00Z'), LA);
    expect(bounds(day)).toEqual({ start: '2026-03-08T08:00:00.000Z', end: '2026-03-09T07:00:00.000Z' });
    expect(day.end.getTime() - day.start.getTime()).toBe(23 * HOUR);
  });
});

describe('localDayBounds where DST skips midnight', () => {
  // America/Santiago springs forward at local midnight: 2026-09-06 starts at 01:00 -03 (04:00 UTC)
  // and, like any spring-forward day, is 23 hours long; 2026-09-07 starts at 00:00 -03 (03:00 UTC).
  const SANTIAGO = 'America/Santiago';

  it('starts the day at the first instant that exists', () => {
    expect(iso(localDayBounds(at('2026-09-06T15:00:00Z'), SANTIAGO).start)).toBe('2026-09-06T04:00:00.000Z');
  });

  it('agrees with localWeekDays on where that week ends', () => {
    expect(iso(localWeekDays(at('2026-09-06T15:00:00Z'), SANTIAGO)[6]!.end)).toBe('2026-09-07T03:00:00.000Z');
  });

  // Bug: db/local-time.ts localDayBounds computes `end` as addDays(start, 1); when midnight does not
  // exist, `start` is 01:00, so `end` becomes 01:00 the next day (2026-09-07T04:00Z) instead of the next
  // local midnight (03:00Z): the day is 24 hours long and overlaps the next one by an hour.
  it('ends that day at the next local midnight, 23 hours later', () => {
    const day = localDayBounds(at('2026-09-06T15:00:00Z'), SANTIAGO);
    expect(iso(day.end)).toBe('2026-09-07T03:00:00.000Z');
    expect(day.end.getTime() - day.start.getTime()).toBe(23 * HOUR);
  });
});

describe('localWeekDays', () => {
  it('lists seven Seoul days from Monday to Sunday', () => {
    // Tuesday 2026-11-24 00:30 in Seoul.
    const week = localWeekDays(at('2026-11-23T15:30:00Z'), SEOUL);
    expect(week.map((d) => ({ date: d.date, start: iso(d.start), end: iso(d.end) }))).toEqual([
      { date: '2026-11-23', start: '2026-11-22T15:00:00.000Z', end: '2026-11-23T15:00:00.000Z' },
      { date: '2026-11-24', start: '2026-11-23T15:00:00.000Z', end: '2026-11-24T15:00:00.000Z' },
      { date: '2026-11-25', start: '2026-11-24T15:00:00.000Z', end: '2026-11-25T15:00:00.000Z' },
      { date: '2026-11-26', start: '2026-11-25T15:00:00.000Z', end: '2026-11-26T15:00:00.000Z' },
      { date: '2026-11-27', start: '2026-11-26T15:00:00.000Z', end: '2026-11-27T15:00:00.000Z' },
      { date: '2026-11-28', start: '2026-11-27T15:00:00.000Z', end: '2026-11-28T15:00:00.000Z' },
      { date: '2026-11-29', start: '2026-11-28T15:00:00.000Z', end: '2026-11-29T15:00:00.000Z' },
    ]);
  });

  it('counts Sunday as the last day of the week, not the first', () => {
    // Sunday 2026-11-29 23:59 in Seoul still belongs to the week starting Monday the 23rd.
    const week = localWeekDays(at('2026-11-29T14:59:00Z'), SEOUL);
    expect(week[0]?.date).toBe('2026-11-23');
    expect(week[6]?.date).toBe('2026-11-29');
    // One minute later it is Monday, the first day of a new week.
    expect(localWeekDays(at('2026-11-29T15:00:00Z'), SEOUL)[0]?.date).toBe('2026-11-30');
  });

  it('picks the week of the local date, not the UTC date, in Los Angeles', () => {
    // Monday 2026-11-23 at 07:30 UTC is still Sunday the 22nd in Los Angeles.
    expect(localWeekDays(at('2026-11-23T07:30:00Z'), LA)[0]?.date).toBe('2026-11-16');
    expect(localWeekDays(at('2026-11-23T08:00:00Z'), LA)[0]?.date).toBe('2026-11-23');
  });

  it('gives the week ending on the DST-end Sunday six 24-hour days and one 25-hour day', () => {
    const week = localWeekDays(at('2026-11-01T20:00:00Z'), LA);
    expect(week.map((d) => d.date)).toEqual([
      '2026-10-26',
      '2026-10-27',
      '2026-10-28',
      '2026-10-29',
      '2026-10-30',
      '2026-10-31',
      '2026-11-01',
    ]);
    expect(week.map((d) => (d.end.getTime() - d.start.getTime()) / HOUR)).toEqual([
      24, 24, 24, 24, 24, 24, 25,
    ]);
    expect(iso(week[0]!.start)).toBe('2026-10-26T07:00:00.000Z');
    expect(iso(week[6]!.end)).toBe('2026-11-02T08:00:00.000Z');
  });

  it('gives the week containing the DST-start Sunday a 23-hour last day', () => {
    const week = localWeekDays(at('2026-03-04T20:00:00Z'), LA);
    expect(week[0]?.date).toBe('2026-03-02');
    expect(week.map((d) => (d.end.getTime() - d.start.getTime()) / HOUR)).toEqual([
      24, 24, 24, 24, 24, 24, 23,
    ]);
  });

  it('leaves no gap and no overlap between consecutive days', () => {
    for (const tz of [SEOUL, LA]) {
      const week = localWeekDays(at('2026-11-01T20:00:00Z'), tz);
      for (let i = 1; i < 7; i++) expect(week[i]!.start.getTime()).toBe(week[i - 1]!.end.getTime());
    }
  });
});

describe('nextLocalHour', () => {
  it('returns 18:00 Seoul the same day when asked in the morning', () => {
    // 09:00 in Seoul.
    expect(iso(nextLocalHour(at('2026-11-24T00:00:00Z'), SEOUL, 18))).toBe('2026-11-24T09:00:00.000Z');
  });

  it('returns the next day once the hour has passed, and is strictly after the given instant', () => {
    // 19:00 in Seoul → 18:00 tomorrow.
    expect(iso(nextLocalHour(at('2026-11-24T10:00:00Z'), SEOUL, 18))).toBe('2026-11-25T09:00:00.000Z');
    // Exactly 18:00 in Seoul is not "after" 18:00.
    expect(iso(nextLocalHour(at('2026-11-24T09:00:00Z'), SEOUL, 18))).toBe('2026-11-25T09:00:00.000Z');
  });

  it('returns 23:00 Los Angeles on the local day, which is the next UTC day', () => {
    // 09:00 PST on 2026-11-24 → 23:00 PST = 07:00 UTC on the 25th.
    expect(iso(nextLocalHour(at('2026-11-24T17:00:00Z'), LA, 23))).toBe('2026-11-25T07:00:00.000Z');
  });

  it('finds the first hour of a Seoul day from one minute before midnight', () => {
    // 23:59 on the 23rd in Seoul → 00:00 on the 24th.
    expect(iso(nextLocalHour(at('2026-11-23T14:59:00Z'), SEOUL, 0))).toBe('2026-11-23T15:00:00.000Z');
  });

  it('uses the winter offset for an hour after summer time ends in Los Angeles', () => {
    // 00:30 PDT on 2026-11-01 → 23:00 PST the same day, 07:00 UTC on the 2nd.
    expect(iso(nextLocalHour(at('2026-11-01T07:30:00Z'), LA, 23))).toBe('2026-11-02T07:00:00.000Z');
    // 18:00 PDT on 2026-10-31 → 18:00 PST on 2026-11-01, 25 hours later.
    const before = at('2026-11-01T01:00:00Z');
    const next = nextLocalHour(before, LA, 18);
    expect(iso(next)).toBe('2026-11-02T02:00:00.000Z');
    expect(next.getTime() - before.getTime()).toBe(25 * HOUR);
  });

  it('takes the first 01:00 of the day on which 01:00 happens twice', () => {
    // 00:30 PDT → 01:00 PDT (08:00 UTC), not 01:00 PST an hour later.
    expect(iso(nextLocalHour(at('2026-11-01T07:30:00Z'), LA, 1))).toBe('2026-11-01T08:00:00.000Z');
  });

  it('uses the summer offset for an hour after summer time starts in Los Angeles', () => {
    // 00:30 PST on 2026-03-08 → 18:00 PDT = 01:00 UTC on the 9th.
    expect(iso(nextLocalHour(at('2026-03-08T08:30:00Z'), LA, 18))).toBe('2026-03-09T01:00:00.000Z');
  });

  it('returns the instant the clocks jump for 02:00 on the day summer time skips it', () => {
    // 02:00 PST never shows on LA clocks on 2026-03-08: they jump from 01:59:59 PST to 03:00 PDT at
    // 10:00 UTC. That jump is when "2 o'clock" is reached; 09:00 UTC would be 01:00 PST, an hour early.
    for (const after of ['2026-03-08T08:30:00Z', '2026-03-08T09:30:00Z']) {
      const next = nextLocalHour(at(after), LA, 2);
      expect(iso(next)).toBe('2026-03-08T10:00:00.000Z');
      expect(next.getTime()).toBeGreaterThan(at(after).getTime());
    }
  });

  it('returns 02:00 the next day once the skipped hour has passed', () => {
    // 03:30 PDT on 2026-03-08 → 02:00 PDT on the 9th.
    expect(iso(nextLocalHour(at('2026-03-08T10:30:00Z'), LA, 2))).toBe('2026-03-09T09:00:00.000Z');
  });
});
