/** Formatting shared by views: pure functions of their inputs, in the member's locale and zone. */

export function formatDuration(minutes: number): string {
  const m = Math.max(0, Math.floor(minutes));
  const h = Math.floor(m / 60);
  const rest = m % 60;
  if (h === 0) return `${rest} m`;
  return `${h} h ${String(rest).padStart(2, '0')} m`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(locale, options);
    } catch {
      f = new Intl.DateTimeFormat('en-US', options);
    }
    formatters.set(key, f);
  }
  return f;
}

/** "9:02 AM" (en-US), "09:02" (en-GB) in the member's zone. */
export function formatTime(iso: string, locale: string, timeZone: string): string {
  return formatter(locale, { hour: 'numeric', minute: '2-digit', timeZone }).format(new Date(iso));
}

/** "Mon, Nov 23" for a local calendar date `YYYY-MM-DD`. */
export function formatDay(date: string, locale: string): string {
  return formatter(locale, { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

/** "Tuesday, November 24" for an instant, in the member's zone. */
export function formatLongDate(iso: string, locale: string, timeZone: string): string {
  return formatter(locale, { weekday: 'long', month: 'long', day: 'numeric', timeZone }).format(
    new Date(iso),
  );
}

export function localHour(iso: string, timeZone: string): number {
  return Number(formatter('en-US', { hour: 'numeric', hourCycle: 'h23', timeZone }).format(new Date(iso)));
}

export function greeting(iso: string, timeZone: string): string {
  const hour = localHour(iso, timeZone);
  if (hour < 5) return 'Working late';
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}

export const locationLabel = { office: 'Office', remote: 'Remote' } as const;
export const locationEmoji = { office: ':office:', remote: ':house_with_garden:' } as const;

/** "1.9 MB", "820 KB", "1,9 Mo" in the member's locale; sizes are in binary units, as Slack shows them. */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const options: Intl.NumberFormatOptions = {
    style: 'unit',
    unit: units[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit < 2 ? 0 : 1,
  };
  try {
    return new Intl.NumberFormat(locale, options).format(value);
  } catch {
    return new Intl.NumberFormat('en-US', options).format(value);
  }
}
