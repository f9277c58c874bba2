const formatters = new Map<string, Intl.DateTimeFormat>();
const relative = new Map<string, Intl.RelativeTimeFormat>();

function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  let found = relative.get(locale);
  if (!found) {
    try {
      found = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    } catch {
      found = new Intl.RelativeTimeFormat('en-US', { numeric: 'auto' });
    }
    relative.set(locale, found);
  }
  return found;
}

// Building an Intl.DateTimeFormat costs far more than using one: keep one per locale, zone and shape.
function formatter(locale: string, timeZone: string, shape: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${shape}`;
  let found = formatters.get(key);
  if (!found) {
    found = makeFormatter(locale, timeZone, shape);
    formatters.set(key, found);
  }
  return found;
}

function makeFormatter(locale: string, timeZone: string, shape: string): Intl.DateTimeFormat {
  const base = { timeZone } as const;
  const options: Record<string, Intl.DateTimeFormatOptions> = {
    num: { ...base, year: 'numeric', month: '2-digit', day: '2-digit' },
    short: { ...base, year: 'numeric', month: 'short', day: 'numeric' },
    long: { ...base, year: 'numeric', month: 'long', day: 'numeric' },
    full: { ...base, weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' },
    time: { ...base, hour: 'numeric', minute: '2-digit' },
    secs: { ...base, hour: 'numeric', minute: '2-digit', second: '2-digit' },
  };
  try {
    return new Intl.DateTimeFormat(locale, options[shape]);
  } catch {
    return new Intl.DateTimeFormat('en-US', { ...options[shape], timeZone: 'UTC' });
  }
}

function ordinal(day: number): string {
  const rem100 = day % 100;
  if (rem100 >= 11 && rem100 <= 13) return `${day}th`;
  return `${day}${['th', 'st', 'nd', 'rd'][day % 10] ?? 'th'}`;
}

function parts(date: Date, locale: string, timeZone: string, shape: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of formatter(locale, timeZone, shape).formatToParts(date)) out[part.type] = part.value;
  return out;
}

function dayKey(date: Date, timeZone: string): string {
  const p = parts(date, 'en-US', timeZone, 'num');
  return `${p.year}-${p.month}-${p.day}`;
}

/** Slack's English dates say "February 18th, 2014"; other locales use their own long form. */
function longDate(date: Date, locale: string, timeZone: string, weekday: boolean): string {
  if (locale.toLowerCase().startsWith('en')) {
    const p = parts(date, locale, timeZone, 'full');
    const core = `${p.month} ${ordinal(Number(p.day))}, ${p.year}`;
    return weekday ? `${p.weekday}, ${core}` : core;
  }
  return formatter(locale, timeZone, weekday ? 'full' : 'long').format(date);
}

function pretty(date: Date, now: Date, locale: string, timeZone: string): string | undefined {
  const target = dayKey(date, timeZone);
  const dayMs = 86_400_000;
  for (const offset of [-1, 0, 1]) {
    if (dayKey(new Date(now.getTime() + offset * dayMs), timeZone) === target) {
      return relativeFormat(locale).format(offset, 'day');
    }
  }
  return undefined;
}

function ago(date: Date, now: Date, locale: string): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 31_536_000],
    ['month', 2_592_000],
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ];
  const rtf = relativeFormat(locale);
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.round(seconds / size), unit);
  }
  return rtf.format(seconds, 'second');
}

function token(name: string, date: Date, locale: string, timeZone: string, now: Date): string | undefined {
  switch (name) {
    case 'date_num':
      return dayKey(date, timeZone);
    case 'date':
      return longDate(date, locale, timeZone, false);
    case 'date_short':
      return formatter(locale, timeZone, 'short').format(date);
    case 'date_long':
      return longDate(date, locale, timeZone, true);
    case 'date_pretty':
      return pretty(date, now, locale, timeZone) ?? longDate(date, locale, timeZone, false);
    case 'date_short_pretty':
      return pretty(date, now, locale, timeZone) ?? formatter(locale, timeZone, 'short').format(date);
    case 'date_long_pretty':
      return pretty(date, now, locale, timeZone) ?? longDate(date, locale, timeZone, true);
    case 'time':
      return formatter(locale, timeZone, 'time').format(date);
    case 'time_secs':
      return formatter(locale, timeZone, 'secs').format(date);
    case 'ago':
      return ago(date, now, locale);
    default:
      return undefined;
  }
}

/**
 * Fills Slack's `{date_short} at {time}` tokens for a unix time (seconds). A format with a token
 * Slack doesn't know gives undefined: Slack then shows the fallback text, which jsx-slack's
 * `<Escape>` relies on (`<!date^00000000^{_}|*>` reads as a literal `*`).
 */
export function formatSlackDate(
  seconds: number,
  format: string,
  locale: string,
  timeZone: string,
  now: Date = new Date(),
): string | undefined {
  const date = new Date(seconds * 1000);
  if (Number.isNaN(date.getTime())) return undefined;
  let unknown = false;
  const text = format.replace(/\{([^}]*)\}/g, (whole, name: string) => {
    const value = token(name, date, locale, timeZone, now);
    if (value === undefined) unknown = true;
    return value ?? whole;
  });
  return unknown ? undefined : text;
}

/** The time of a message ts (`1700000000.000100`) as the header shows it ("2:13 PM"). */
export function formatTs(ts: string, locale: string, timeZone: string): string | undefined {
  const seconds = Number.parseFloat(ts);
  if (!Number.isFinite(seconds)) return undefined;
  return formatter(locale, timeZone, 'time').format(new Date(seconds * 1000));
}
