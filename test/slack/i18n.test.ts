import { readdirSync } from 'node:fs';
import path from 'node:path';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { LANGS, langOf, type Messages } from '@/slack/i18n';
import { commonText } from '@/slack/i18n/common';

const dir = path.resolve(__dirname, '../../slack/i18n');
const catalogFiles = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

function isMessages(value: unknown): value is Messages<string> {
  return typeof value === 'object' && value !== null && 'catalog' in value && 'for' in value;
}

/** Argument names a message uses, plural/select branches included. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    into.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      for (const option of Object.values(el.options)) argumentsOf(option.value, into);
    }
  }
  return into;
}

describe('message catalogs', () => {
  it('finds the catalogs', () => {
    expect(catalogFiles).toContain('common.ts');
  });

  describe.each(catalogFiles)('%s', (file) => {
    it('has every key in every language, with the same placeholders and valid ICU syntax', async () => {
      const mod: Record<string, unknown> = await import(path.join(dir, file));
      const catalogs = Object.values(mod).filter(isMessages);
      expect(catalogs.length).toBeGreaterThan(0);
      for (const { catalog } of catalogs) {
        const keys = Object.keys(catalog.en).sort();
        for (const lang of LANGS) {
          expect(Object.keys(catalog[lang]).sort(), `${file} ${lang}`).toEqual(keys);
          for (const key of keys) {
            const text = catalog[lang][key] ?? '';
            expect(text.trim(), `${file} ${lang}.${key} is empty`).not.toBe('');
            const args = argumentsOf(parse(text, { ignoreTag: true }));
            const expected = argumentsOf(parse(catalog.en[key] ?? '', { ignoreTag: true }));
            expect([...args].sort(), `${file} ${lang}.${key} placeholders`).toEqual([...expected].sort());
          }
        }
      }
    });
  });
});

describe('langOf', () => {
  it('picks Korean and Japanese from Slack locales and English otherwise', () => {
    expect(langOf('ko-KR')).toBe('ko');
    expect(langOf('ja-JP')).toBe('ja');
    expect(langOf('ja_JP')).toBe('ja');
    expect(langOf('en-GB')).toBe('en');
    expect(langOf('fr-FR')).toBe('en');
    expect(langOf(undefined)).toBe('en');
  });
});

describe('translators', () => {
  it('formats plurals and placeholders in the member language', () => {
    expect(commonText.for('en-US')('days', { count: 1 })).toBe('1 day');
    expect(commonText.for('en-US')('days', { count: 2.5 })).toBe('2.5 days');
    expect(commonText.for('ko-KR')('duration_hours', { hours: 3, minutes: '05' })).toBe('3시간 05분');
    expect(commonText.for('ja-JP')('location_remote')).toBe('リモート');
  });

  it('keeps Slack mentions and links intact', async () => {
    const { defineMessages } = await import('@/slack/i18n');
    const text = defineMessages(
      { hi: 'Ask <@{user}> or see <https://example.com|docs>' },
      {
        ko: { hi: '<@{user}>에게 물어보세요 <https://example.com|docs>' },
        ja: { hi: '<@{user}>に聞いてください <https://example.com|docs>' },
      },
    );
    expect(text.for('en-US')('hi', { user: 'U1' })).toBe('Ask <@U1> or see <https://example.com|docs>');
    expect(text.for('ko-KR')('hi', { user: 'U1' })).toBe('<@U1>에게 물어보세요 <https://example.com|docs>');
  });

  it('falls back to English for an unknown locale and to a default tag for a malformed one', () => {
    expect(commonText.for('xx-invalid-')('location_office')).toBe('Office');
    expect(commonText.for('')('greeting_morning')).toBe('Good morning');
  });
});
