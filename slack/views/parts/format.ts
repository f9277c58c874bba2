/** Formatting shared by views: pure functions of their inputs, in the member's locale and zone. */
import { langOf } from '@/slack/i18n';
import { commonText } from '@/slack/i18n/common';
import type { Location } from '@/slack/views/parts/types';

/** "1 h 05 m" (en), "1시간 05분" (ko), "1時間05分" (ja). */
export function formatDuration(minutes: number, locale = 'en-US'): string {
  const t = commonText.for(locale);
  const m = Math.max(0, Math.floor(minutes));
  const h = Math.floor(m / 60);
  const rest = m % 60;
  if (h === 0) return t('duration_minutes', { minutes: rest });
  return t('duration_hours', { hours: h, minutes: String(rest).padStart(2, '0') });
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

/**
 * "9:02 AM" (en-US), "09:02" (en-GB), "14:05" (ko-KR, ja-JP) in the member's zone. Korean and
 * Japanese workplaces read 24-hour times; ICU's 12-hour Korean form ("PM 2:05") reads oddly.
 */
export function formatTime(iso: string, locale: string, timeZone: string): string {
  const options: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit', timeZone };
  if (langOf(locale) !== 'en') options.hourCycle = 'h23';
  return formatter(locale, options).format(new Date(iso));
}

/** "Mon, Nov 23", "11월 23일 (월)", "11月23日(月)" for a local calendar date `YYYY-MM-DD`. */
export function formatDay(date: string, locale: string): string {
  return formatter(locale, { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

/** "Tuesday, November 24", "11월 24일 화요일", "11月24日火曜日" for an instant, in the member's zone. */
export function formatLongDate(iso: string, locale: string, timeZone: string): string {
  return formatter(locale, { weekday: 'long', month: 'long', day: 'numeric', timeZone }).format(
    new Date(iso),
  );
}

export function localHour(iso: string, timeZone: string): number {
  return Number(formatter('en-US', { hour: 'numeric', hourCycle: 'h23', timeZone }).format(new Date(iso)));
}

export function greeting(iso: string, timeZone: string, locale = 'en-US'): string {
  const t = commonText.for(locale);
  const hour = localHour(iso, timeZone);
  if (hour < 5) return t('greeting_late');
  if (hour < 12) return t('greeting_morning');
  if (hour < 18) return t('greeting_afternoon');
  return t('greeting_evening');
}

/** "Office" / "Remote" in the member's language. */
export function locationName(location: Location, locale: string): string {
  return commonText.for(locale)(location === 'office' ? 'location_office' : 'location_remote');
}

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

/**
 * A translated sentence split around one slot, so a view can put markup (a mention, a code span)
 * where the language wants it: `slotted(t('x', { user: SLOT }))` → [before, after].
 */
export const SLOT = '\u0000';
export function slotted(text: string): [string, string] {
  const at = text.indexOf(SLOT);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + SLOT.length)];
}
