import type { ReactNode } from 'react';
import styles from '../block-kit.module.css';
import type { Resolver } from '../types';
import { formatSlackDate } from './dates';
import { emojiFor } from './emoji';
import { safeHref } from './safe-url';

export interface MrkdwnOptions {
  resolver?: Resolver;
  /** Slack's `verbatim: true`: bare URLs are not turned into links. */
  verbatim?: boolean;
  locale?: string;
  timeZone?: string;
}

interface State {
  resolver?: Resolver;
  verbatim: boolean;
  locale: string;
  timeZone: string;
  key: number;
}

const entity = /&(amp|lt|gt);/g;
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>' };

/** Slack escapes only &, < and >; everything else is literal text (React escapes it again on output). */
export function decodeEntities(text: string): string {
  return text.includes('&') ? text.replace(entity, (_, name: string) => entities[name] ?? '') : text;
}

const emojiName = /:([a-z0-9_+'-]+):/iy;
const bareUrl = /https?:\/\/[^\s<>]+/y;
const skinTone = /:skin-tone-([2-6]):/y;

/** A bare URL ends before an escaped bracket and before trailing sentence punctuation. */
function trimUrl(url: string): string {
  const bracket = url.search(/&[lg]t;/);
  return (bracket >= 0 ? url.slice(0, bracket) : url).replace(/[.,!?;:)\]'"]+$/, '');
}
const wordChar = /[\p{L}\p{N}]/u;
const space = /\s/;

function isWord(ch: string | undefined): boolean {
  return ch !== undefined && wordChar.test(ch);
}

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || space.test(ch);
}

/** An opening `*`/`_`/`~` follows a non-word character and precedes a non-space one. */
function canOpen(text: string, at: number): boolean {
  return !isWord(text[at - 1]) && !isSpace(text[at + 1]);
}

function findClose(text: string, from: number, marker: string): number {
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '<') {
      const end = text.indexOf('>', i);
      if (end < 0) return -1;
      i = end;
    } else if (ch === marker && i > from && !isSpace(text[i - 1]) && !isWord(text[i + 1])) {
      return i;
    }
  }
  return -1;
}

function mention(kind: string, label: string, id: string, s: State): ReactNode {
  return (
    <span key={s.key++} className={styles.mention} data-mention={kind} data-id={id}>
      {label}
    </span>
  );
}

function link(href: string, children: ReactNode, s: State): ReactNode {
  return (
    <a key={s.key++} className={styles.link} href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

/** `<…>` tokens: links, mentions, broadcasts, dates. Anything unrecognised is shown as written. */
function angle(body: string, s: State): ReactNode {
  const bar = body.indexOf('|');
  const head = bar < 0 ? body : body.slice(0, bar);
  const label = bar < 0 ? undefined : decodeEntities(body.slice(bar + 1));
  const sigil = head[0];
  if (sigil === '@') {
    const id = head.slice(1);
    return mention('user', `@${s.resolver?.user?.(id) ?? label ?? id}`, id, s);
  }
  if (sigil === '#') {
    const id = head.slice(1);
    return mention('channel', `#${s.resolver?.channel?.(id) ?? label ?? id}`, id, s);
  }
  if (sigil === '!') {
    const [command = '', ...args] = head.slice(1).split('^');
    if (command === 'here' || command === 'channel' || command === 'everyone') {
      return mention('broadcast', `@${command}`, command, s);
    }
    if (command === 'subteam' && args[0]) {
      const id = args[0];
      const name = s.resolver?.usergroup?.(id) ?? label?.replace(/^@/, '') ?? id;
      return mention('usergroup', `@${name}`, id, s);
    }
    if (command === 'date' && args.length >= 2) {
      const seconds = Number(args[0]);
      const formatted = Number.isFinite(seconds)
        ? formatSlackDate(seconds, decodeEntities(args[1] ?? ''), s.locale, s.timeZone)
        : undefined;
      const text = formatted ?? label ?? '';
      const when = (
        <time
          key={s.key++}
          dateTime={Number.isFinite(seconds) ? new Date(seconds * 1000).toISOString() : undefined}
        >
          {text}
        </time>
      );
      const href = safeHref(args[2]);
      return href ? link(href, when, s) : when;
    }
    return label ?? `<${decodeEntities(body)}>`;
  }
  const href = safeHref(decodeEntities(head));
  if (href) return link(href, label ?? href, s);
  // javascript:, data:, <script> and other non-links stay inert text.
  return label ?? `<${decodeEntities(body)}>`;
}

/** Inline formatting of one line (or one code span when `plain`). */
function inline(text: string, s: State, plain: boolean): ReactNode[] {
  const out: ReactNode[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) out.push(decodeEntities(buffer));
    buffer = '';
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '<') {
      const end = text.indexOf('>', i + 1);
      if (end > i + 1) {
        flush();
        out.push(angle(text.slice(i + 1, end), s));
        i = end + 1;
        continue;
      }
    } else if (!plain && ch === '`') {
      const end = text.indexOf('`', i + 1);
      if (end > i + 1) {
        flush();
        out.push(
          <code key={s.key++} className={styles.code}>
            {inline(text.slice(i + 1, end), s, true)}
          </code>,
        );
        i = end + 1;
        continue;
      }
    } else if (!plain && (ch === '*' || ch === '_' || ch === '~') && canOpen(text, i)) {
      const end = findClose(text, i + 1, ch);
      if (end > 0) {
        flush();
        const children = inline(text.slice(i + 1, end), s, false);
        out.push(
          ch === '*' ? (
            <strong key={s.key++}>{children}</strong>
          ) : ch === '_' ? (
            <em key={s.key++}>{children}</em>
          ) : (
            <del key={s.key++}>{children}</del>
          ),
        );
        i = end + 1;
        continue;
      }
    } else if (!plain && ch === ':') {
      emojiName.lastIndex = i;
      const match = emojiName.exec(text);
      const unicode = match?.[1] ? emojiFor(match[1]) : undefined;
      if (match && unicode) {
        flush();
        let label = match[0];
        let glyph = unicode;
        // `:wave::skin-tone-3:` is one emoji: keep the modifier in the same text run so it combines.
        skinTone.lastIndex = i + match[0].length;
        const tone = skinTone.exec(text);
        const modifier = tone ? emojiFor(`skin-tone-${tone[1]}`) : undefined;
        if (tone && modifier) {
          label += tone[0];
          glyph = glyph.replace(/\uFE0F$/, '') + modifier;
        }
        out.push(
          <span key={s.key++} className={styles.emoji} role="img" aria-label={label}>
            {glyph}
          </span>,
        );
        i += label.length;
        continue;
      }
    } else if (!plain && !s.verbatim && ch === 'h' && !isWord(text[i - 1])) {
      bareUrl.lastIndex = i;
      const match = bareUrl.exec(text);
      const raw = match ? trimUrl(match[0]) : '';
      if (raw.length > 'https://'.length) {
        flush();
        const url = decodeEntities(raw);
        out.push(link(url, url, s));
        i += raw.length;
        continue;
      }
    }
    buffer += ch;
    i++;
  }
  flush();
  return out;
}

type LineKind = 'text' | 'quote' | 'bullet' | 'ordered';

const quoteLine = /^(?:>|&gt;) ?/;
const bulletLine = /^\s*[•-] +/;
const orderedLine = /^\s*(\d+)\. +/;

function classify(line: string): { kind: LineKind; body: string; start?: number } {
  const quote = quoteLine.exec(line);
  if (quote) return { kind: 'quote', body: line.slice(quote[0].length) };
  const bullet = bulletLine.exec(line);
  if (bullet) return { kind: 'bullet', body: line.slice(bullet[0].length) };
  const ordered = orderedLine.exec(line);
  if (ordered) return { kind: 'ordered', body: line.slice(ordered[0].length), start: Number(ordered[1]) };
  return { kind: 'text', body: line };
}

function lines(segment: string, s: State, out: ReactNode[]): void {
  const all = segment.split('\n');
  let i = 0;
  while (i < all.length) {
    const first = classify(all[i] as string);
    const group = [first];
    while (i + group.length < all.length) {
      const next = classify(all[i + group.length] as string);
      if (next.kind !== first.kind) break;
      group.push(next);
    }
    i += group.length;
    if (first.kind === 'text') {
      group.forEach((line, index) => {
        if (index > 0) out.push('\n');
        out.push(...inline(line.body, s, false));
      });
    } else if (first.kind === 'quote') {
      out.push(
        <blockquote key={s.key++} className={styles.quote}>
          {group.flatMap((line, index) =>
            index > 0 ? ['\n', ...inline(line.body, s, false)] : inline(line.body, s, false),
          )}
        </blockquote>,
      );
    } else {
      const items = group.map((line) => <li key={s.key++}>{inline(line.body, s, false)}</li>);
      out.push(
        first.kind === 'bullet' ? (
          <ul key={s.key++} className={styles.list}>
            {items}
          </ul>
        ) : (
          <ol key={s.key++} className={styles.list} start={first.start}>
            {items}
          </ol>
        ),
      );
    }
  }
}

/** Renders Slack mrkdwn to React nodes. Never produces raw HTML: every character of input ends up as text. */
export function renderMrkdwn(text: string, opts: MrkdwnOptions = {}): ReactNode {
  const s: State = {
    resolver: opts.resolver,
    verbatim: opts.verbatim === true,
    locale: opts.locale ?? 'en-US',
    timeZone: opts.timeZone ?? 'UTC',
    key: 0,
  };
  const segments = text.split('```');
  // An unclosed fence is literal text.
  if (segments.length % 2 === 0) {
    const tail = segments.splice(-2);
    segments.push(tail.join('```'));
  }
  const out: ReactNode[] = [];
  segments.forEach((segment, index) => {
    if (index % 2 === 1) {
      out.push(
        <pre key={s.key++} className={styles.pre}>
          {inline(segment.replace(/^\n/, '').replace(/\n$/, ''), s, true)}
        </pre>,
      );
      return;
    }
    // The newlines that touch a fence belong to the fence, not to the text around it.
    let body = segment;
    if (index > 0 && body.startsWith('\n')) body = body.slice(1);
    if (index < segments.length - 1 && body.endsWith('\n')) body = body.slice(0, -1);
    if (body) lines(body, s, out);
  });
  return out;
}
