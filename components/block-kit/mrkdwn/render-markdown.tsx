import type { ReactNode } from 'react';
import styles from '../block-kit.module.css';
import { emojiFor } from './emoji';
import { safeHref } from './safe-url';

/** Standard Markdown for the `markdown` block (not Slack mrkdwn): a safe subset, rendered as React text. */

interface Counter {
  key: number;
}

const linkPattern = /!?\[([^\]]*)\]\(([^)\s]*)(?:\s+"[^"]*")?\)/y;
const bareUrl = /https?:\/\/[^\s<>)]+/y;
const emojiName = /:([a-z0-9_+'-]+):/iy;

function delimited(text: string, at: number, marker: string): number {
  const end = text.indexOf(marker, at + marker.length + 1);
  return end > at + marker.length - 1 ? end : -1;
}

function inline(text: string, c: Counter): ReactNode[] {
  const out: ReactNode[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) out.push(buffer);
    buffer = '';
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    const two = text.slice(i, i + 2);
    if (ch === '\\' && i + 1 < text.length) {
      buffer += text[i + 1];
      i += 2;
      continue;
    }
    if (ch === '`') {
      const end = text.indexOf('`', i + 1);
      if (end > i + 1) {
        flush();
        out.push(
          <code key={c.key++} className={styles.code}>
            {text.slice(i + 1, end)}
          </code>,
        );
        i = end + 1;
        continue;
      }
    }
    if (two === '**' || two === '__' || two === '~~') {
      const end = delimited(text, i, two);
      if (end > 0) {
        flush();
        const children = inline(text.slice(i + 2, end), c);
        out.push(
          two === '~~' ? <del key={c.key++}>{children}</del> : <strong key={c.key++}>{children}</strong>,
        );
        i = end + 2;
        continue;
      }
    }
    if ((ch === '*' || ch === '_') && text[i + 1] !== ' ' && text[i + 1] !== ch) {
      const end = delimited(text, i, ch);
      if (end > 0 && text[end - 1] !== ' ') {
        flush();
        out.push(<em key={c.key++}>{inline(text.slice(i + 1, end), c)}</em>);
        i = end + 1;
        continue;
      }
    }
    if (ch === '[' || (ch === '!' && text[i + 1] === '[')) {
      linkPattern.lastIndex = i;
      const match = linkPattern.exec(text);
      if (match) {
        flush();
        const label = match[1] || match[2] || '';
        const href = safeHref(match[2]);
        out.push(
          href ? (
            <a key={c.key++} className={styles.link} href={href} target="_blank" rel="noopener noreferrer">
              {inline(label, c)}
            </a>
          ) : (
            label
          ),
        );
        i += match[0].length;
        continue;
      }
    }
    if (ch === 'h') {
      bareUrl.lastIndex = i;
      const match = bareUrl.exec(text);
      if (match) {
        flush();
        out.push(
          <a key={c.key++} className={styles.link} href={match[0]} target="_blank" rel="noopener noreferrer">
            {match[0]}
          </a>,
        );
        i += match[0].length;
        continue;
      }
    }
    if (ch === ':') {
      emojiName.lastIndex = i;
      const match = emojiName.exec(text);
      const unicode = match?.[1] ? emojiFor(match[1]) : undefined;
      if (match && unicode) {
        buffer += unicode;
        i += match[0].length;
        continue;
      }
    }
    buffer += ch;
    i++;
  }
  flush();
  return out;
}

const heading = /^(#{1,6})\s+(.*)$/;
const bullet = /^\s*[-*+]\s+(.*)$/;
const ordered = /^\s*(\d+)[.)]\s+(.*)$/;
const quote = /^>\s?(.*)$/;
const rule = /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/;
const tableRow = /^\s*\|(.*)\|\s*$/;
const tableDivider = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

function cells(row: string): string[] {
  return (tableRow.exec(row)?.[1] ?? row).split('|').map((cell) => cell.trim());
}

function withBreaks(lines: string[], c: Counter): ReactNode[] {
  return lines.flatMap((line, index) =>
    index > 0 ? [<br key={c.key++} />, ...inline(line, c)] : inline(line, c),
  );
}

export function renderMarkdown(text: string): ReactNode {
  const c: Counter = { key: 0 };
  const out: ReactNode[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  const take = (pattern: RegExp): RegExpExecArray[] => {
    const found: RegExpExecArray[] = [];
    for (
      let match = pattern.exec(lines[i] ?? '');
      i < lines.length && match;
      match = pattern.exec(lines[i] ?? '')
    ) {
      found.push(match);
      i++;
    }
    return found;
  };
  while (i < lines.length) {
    const line = lines[i] as string;
    if (line.trim() === '') {
      i++;
    } else if (line.trimStart().startsWith('```')) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !(lines[i] as string).trimStart().startsWith('```'))
        body.push(lines[i++] as string);
      i++;
      out.push(
        <pre key={c.key++} className={styles.pre}>
          {body.join('\n')}
        </pre>,
      );
    } else if (heading.test(line)) {
      const [, hashes = '#', content = ''] = heading.exec(line) ?? [];
      const level = Math.min(hashes.length, 6);
      const Tag = `h${level}` as 'h1';
      out.push(
        <Tag key={c.key++} className={styles.mdHeading}>
          {inline(content, c)}
        </Tag>,
      );
      i++;
    } else if (rule.test(line)) {
      out.push(<hr key={c.key++} className={styles.divider} />);
      i++;
    } else if (quote.test(line)) {
      const body = take(quote).map((match) => match[1] ?? '');
      out.push(
        <blockquote key={c.key++} className={styles.quote}>
          {withBreaks(body, c)}
        </blockquote>,
      );
    } else if (bullet.test(line)) {
      const items = take(bullet).map((match) => <li key={c.key++}>{inline(match[1] ?? '', c)}</li>);
      out.push(
        <ul key={c.key++} className={styles.list}>
          {items}
        </ul>,
      );
    } else if (ordered.test(line)) {
      const matches = take(ordered);
      out.push(
        <ol key={c.key++} className={styles.list} start={Number(matches[0]?.[1] ?? 1)}>
          {matches.map((match) => (
            <li key={c.key++}>{inline(match[2] ?? '', c)}</li>
          ))}
        </ol>,
      );
    } else if (tableRow.test(line) && tableDivider.test(lines[i + 1] ?? '')) {
      const head = cells(line);
      i += 2;
      const rows = take(tableRow).map((match) => cells(match[0]));
      out.push(
        <table key={c.key++} className={styles.table}>
          <thead>
            <tr>
              {head.map((cell) => (
                <th key={c.key++}>{inline(cell, c)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={c.key++}>
                {row.map((cell) => (
                  <td key={c.key++}>{inline(cell, c)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>,
      );
    } else {
      const body: string[] = [];
      while (i < lines.length) {
        const next = lines[i] as string;
        if (
          next.trim() === '' ||
          heading.test(next) ||
          bullet.test(next) ||
          ordered.test(next) ||
          quote.test(next)
        )
          break;
        if (next.trimStart().startsWith('```') || rule.test(next)) break;
        body.push(next);
        i++;
      }
      out.push(
        <p key={c.key++} className={styles.mdParagraph}>
          {withBreaks(body, c)}
        </p>,
      );
    }
  }
  return out;
}
