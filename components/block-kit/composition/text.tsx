import type { ReactNode } from 'react';
import { replaceShortcodes } from '../mrkdwn/emoji';
import { renderMrkdwn } from '../mrkdwn/render-mrkdwn';
import type { RenderContext } from '../types';
import { isObj, str } from './json';

/** The string of a plain_text object, with `:shortcodes:` converted unless `emoji: false`. */
export function plainText(value: unknown): string {
  if (!isObj(value)) return typeof value === 'string' ? value : '';
  const text = str(value.text) ?? '';
  return value.emoji === false ? text : replaceShortcodes(text);
}

/** Renders a text object: mrkdwn through the mrkdwn parser, plain_text as literal text. */
export function renderText(value: unknown, ctx: RenderContext): ReactNode {
  if (!isObj(value)) return null;
  if (value.type === 'mrkdwn') {
    return renderMrkdwn(str(value.text) ?? '', {
      resolver: ctx.resolver,
      verbatim: value.verbatim === true,
      locale: ctx.locale,
      timeZone: ctx.timeZone,
    });
  }
  return plainText(value);
}
