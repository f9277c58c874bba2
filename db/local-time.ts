import { TZDate } from '@date-fns/tz';
import { addHours, format, startOfDay, startOfWeek } from 'date-fns';

/** A calendar day in a member's zone, as `YYYY-MM-DD`. */
export type LocalDate = string;

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export function localDate(at: Date, tz: string): LocalDate {
  return format(new TZDate(at.getTime(), tz), 'yyyy-MM-dd');
}

/**
 * The start of the local day after the one starting at `dayStart`. Going 26 hours on and back to
 * midnight is right for 23- and 25-hour days, and where DST skips midnight (the day starts at 01:00).
 */
function nextDayStart(dayStart: TZDate): TZDate {
  return startOfDay(addHours(dayStart, 26));
}

/** Start and end instants of the local day containing `at` (23 or 25 hours long across DST). */
export function localDayBounds(at: Date, tz: string): { start: Date; end: Date } {
  const start = startOfDay(new TZDate(at.getTime(), tz));
  return { start: new Date(start.getTime()), end: new Date(nextDayStart(start).getTime()) };
}

/** The seven local days of the ISO week (Monday first) containing `at`. */
export function localWeekDays(at: Date, tz: string): { date: LocalDate; start: Date; end: Date }[] {
  let start = startOfWeek(new TZDate(at.getTime(), tz), { weekStartsOn: 1 });
  const days: { date: LocalDate; start: Date; end: Date }[] = [];
  for (let i = 0; i < 7; i++) {
    const end = nextDayStart(start);
    days.push({
      date: format(start, 'yyyy-MM-dd'),
      start: new Date(start.getTime()),
      end: new Date(end.getTime()),
    });
    start = end;
  }
  return days;
}

/** The next instant at `hour`:00 local time strictly after `after` (skips an hour DST removes). */
export function nextLocalHour(after: Date, tz: string, hour: number): Date {
  const day = startOfDay(new TZDate(after.getTime(), tz));
  for (let i = 0; i < 3; i++) {
    const candidate = new TZDate(day.getFullYear(), day.getMonth(), day.getDate() + i, hour, 0, 0, tz);
    if (candidate.getTime() > after.getTime()) return new Date(candidate.getTime());
  }
  throw new Error(`no ${hour}:00 after ${after.toISOString()} in ${tz}`);
}

/** Milliseconds of [start, end) that fall inside [from, to). */
export function overlapMs(start: Date, end: Date, from: Date, to: Date): number {
  return Math.max(0, Math.min(end.getTime(), to.getTime()) - Math.max(start.getTime(), from.getTime()));
}
