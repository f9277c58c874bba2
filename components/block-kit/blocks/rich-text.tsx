import { Fragment, type ReactNode } from 'react';
import styles from '../block-kit.module.css';
import { isObj, num, objs, str } from '../composition/json';
import { formatSlackDate } from '../mrkdwn/dates';
import { emojiFor } from '../mrkdwn/emoji';
import { safeHref } from '../mrkdwn/safe-url';
import type { Json, RenderContext } from '../types';
import type { BlockProps } from './block-props';

function styled(node: ReactNode, style: unknown, key: number): ReactNode {
  // Every leaf sits in a list of siblings, so even an unstyled one carries its key.
  if (!isObj(style)) return <Fragment key={key}>{node}</Fragment>;
  let out = node;
  if (style.code === true) out = <code className={styles.code}>{out}</code>;
  if (style.strike === true) out = <del>{out}</del>;
  if (style.italic === true) out = <em>{out}</em>;
  if (style.bold === true) out = <strong>{out}</strong>;
  return <span key={key}>{out}</span>;
}

function emoji(element: Json): string {
  const unicode = str(element.unicode);
  if (unicode && /^[0-9a-f]+(-[0-9a-f]+)*$/i.test(unicode)) {
    return String.fromCodePoint(...unicode.split('-').map((hex) => Number.parseInt(hex, 16)));
  }
  const name = str(element.name) ?? '';
  return emojiFor(name) ?? `:${name}:`;
}

function mention(kind: string, id: string, text: string, key: number): ReactNode {
  return (
    <span key={key} className={styles.mention} data-mention={kind} data-id={id}>
      {text}
    </span>
  );
}

/** One inline element of a rich text section: text, link, mention, emoji, date or colour. */
function leaf(element: Json, ctx: RenderContext, key: number): ReactNode {
  switch (element.type) {
    case 'text':
      return styled(str(element.text) ?? '', element.style, key);
    case 'link': {
      const url = str(element.url) ?? '';
      const href = safeHref(url);
      const text = str(element.text) || url;
      const node = href ? (
        <a className={styles.link} href={href} target="_blank" rel="noopener noreferrer">
          {text}
        </a>
      ) : (
        text
      );
      return styled(node, element.style, key);
    }
    case 'user': {
      const id = str(element.user_id) ?? '';
      return mention('user', id, `@${ctx.resolver?.user?.(id) ?? id}`, key);
    }
    case 'channel': {
      const id = str(element.channel_id) ?? '';
      return mention('channel', id, `#${ctx.resolver?.channel?.(id) ?? id}`, key);
    }
    case 'usergroup': {
      const id = str(element.usergroup_id) ?? '';
      return mention('usergroup', id, `@${ctx.resolver?.usergroup?.(id) ?? id}`, key);
    }
    case 'team': {
      const id = str(element.team_id) ?? '';
      return mention('team', id, id, key);
    }
    case 'broadcast': {
      const range = str(element.range) ?? 'here';
      return mention('broadcast', range, `@${range}`, key);
    }
    case 'emoji':
      return (
        <span key={key} className={styles.emoji} role="img" aria-label={`:${str(element.name) ?? ''}:`}>
          {emoji(element)}
        </span>
      );
    case 'date': {
      const seconds = num(element.timestamp);
      const formatted =
        seconds === undefined
          ? undefined
          : formatSlackDate(seconds, str(element.format) ?? '{date_short}', ctx.locale, ctx.timeZone);
      const text = formatted ?? str(element.fallback) ?? '';
      const href = safeHref(str(element.url));
      return styled(
        href ? (
          <a className={styles.link} href={href} target="_blank" rel="noopener noreferrer">
            {text}
          </a>
        ) : (
          text
        ),
        element.style,
        key,
      );
    }
    case 'color': {
      const value = str(element.value) ?? '';
      const safe = /^#[0-9a-f]{3,8}$/i.test(value) ? value : undefined;
      return (
        <span key={key} className={styles.color}>
          {safe && <span className={styles.swatch} style={{ background: safe }} aria-hidden="true" />}
          {value}
        </span>
      );
    }
    default:
      return styled(str(element.text) ?? '', element.style, key);
  }
}

function inlines(elements: unknown, ctx: RenderContext): ReactNode[] {
  return objs(elements).map((element, index) => leaf(element, ctx, index));
}

const bulletStyles = ['disc', 'circle', 'square'];
const orderedStyles = ['decimal', 'lower-alpha', 'lower-roman'];

/** The top-level parts of a rich_text value: sections, lists, quotes and preformatted text. */
export function renderRichText(elements: unknown, ctx: RenderContext): ReactNode[] {
  return objs(elements).map((part, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: rich text parts have no identity besides their position.
    <Fragment key={index}>{richPart(part, ctx)}</Fragment>
  ));
}

function richPart(part: Json, ctx: RenderContext): ReactNode {
  switch (part.type) {
    case 'rich_text_list': {
      const indent = Math.max(0, Math.min(num(part.indent) ?? 0, 8));
      const ordered = part.style === 'ordered';
      const items = objs(part.elements).map((item, itemIndex) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: list items have no identity besides their position.
        <li key={itemIndex}>{inlines(item.elements, ctx)}</li>
      ));
      const style = {
        marginLeft: `${indent * 28}px`,
        listStyleType: (ordered ? orderedStyles : bulletStyles)[indent % 3],
      };
      return ordered ? (
        <ol
          className={styles.list}
          style={style}
          start={(num(part.offset) ?? 0) + 1}
          data-indent={indent}
          data-border={part.border === 1 || undefined}
        >
          {items}
        </ol>
      ) : (
        <ul
          className={styles.list}
          style={style}
          data-indent={indent}
          data-border={part.border === 1 || undefined}
        >
          {items}
        </ul>
      );
    }
    case 'rich_text_quote':
      return <blockquote className={styles.quote}>{inlines(part.elements, ctx)}</blockquote>;
    case 'rich_text_preformatted':
      return <pre className={styles.pre}>{inlines(part.elements, ctx)}</pre>;
    default:
      return <div className={styles.richSection}>{inlines(part.elements, ctx)}</div>;
  }
}

/** Rich text: what Slack's message composer produces. */
export function RichTextBlock({ block, ctx }: BlockProps) {
  return <div className={styles.text}>{renderRichText(block.elements, ctx)}</div>;
}
