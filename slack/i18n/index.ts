import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';

/**
 * Messages in English, Korean and Japanese, chosen from the member's Slack locale.
 *
 * Each feature keeps its own catalog (`slack/i18n/<feature>.ts`, made with `defineMessages`), so
 * features don't share one giant file. English defines the keys; the type makes a missing Korean or
 * Japanese key a compile error, and `test/slack/i18n.test.ts` checks every catalog at run time too
 * (same keys, same placeholders, valid ICU syntax).
 *
 * Messages use ICU syntax (`{count, plural, one {# day} other {# days}}`). Tags are off, so Slack's
 * own `<@U123>` and `<https://…|label>` pass through untouched.
 */

export const LANGS = ['en', 'ko', 'ja'] as const;
export type Lang = (typeof LANGS)[number];

/** BCP 47 tag used for formatting numbers and dates when the member's own locale is unusable. */
const DEFAULT_LOCALE: Record<Lang, string> = { en: 'en-US', ko: 'ko-KR', ja: 'ja-JP' };

/** `ko-KR` → ko, `ja-JP` → ja, anything else (or nothing) → en. */
export function langOf(locale: string | null | undefined): Lang {
  const primary = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  return primary === 'ko' || primary === 'ja' ? primary : 'en';
}

export type MessageValues = Record<string, PrimitiveType>;
export type Translate<K extends string> = (key: K, values?: MessageValues) => string;

export interface Messages<K extends string> {
  /** The raw catalog, for tests and tooling. */
  readonly catalog: Readonly<Record<Lang, Readonly<Record<K, string>>>>;
  /** A translator for a Slack locale such as `ko-KR`. */
  for(locale: string | null | undefined): Translate<K>;
}

export function defineMessages<const E extends Record<string, string>>(
  en: E,
  others: { ko: Record<keyof E & string, string>; ja: Record<keyof E & string, string> },
): Messages<keyof E & string> {
  type K = keyof E & string;
  const catalog = { en, ko: others.ko, ja: others.ja } as Record<Lang, Record<K, string>>;
  const compiled = new Map<string, IntlMessageFormat>();
  const translators = new Map<string, Translate<K>>();

  function compile(lang: Lang, locale: string, key: K): IntlMessageFormat {
    const id = `${locale}\u0000${key}`;
    let format = compiled.get(id);
    if (!format) {
      format = new IntlMessageFormat(catalog[lang][key], [locale, DEFAULT_LOCALE[lang]], undefined, {
        ignoreTag: true,
      });
      compiled.set(id, format);
    }
    return format;
  }

  return {
    catalog,
    for(locale) {
      const lang = langOf(locale);
      const tag =
        locale && isSupportedLocale(locale) && langOf(locale) === lang ? locale : DEFAULT_LOCALE[lang];
      let t = translators.get(tag);
      if (!t) {
        t = (key, values) => String(compile(lang, tag, key).format(values));
        translators.set(tag, t);
      }
      return t;
    },
  };
}

const supported = new Map<string, boolean>();
function isSupportedLocale(locale: string): boolean {
  let ok = supported.get(locale);
  if (ok === undefined) {
    try {
      ok = Intl.NumberFormat.supportedLocalesOf(locale).length > 0;
    } catch {
      ok = false;
    }
    supported.set(locale, ok);
  }
  return ok;
}
