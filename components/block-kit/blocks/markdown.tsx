import styles from '../block-kit.module.css';
import { str } from '../composition/json';
import { renderMarkdown } from '../mrkdwn/render-markdown';
import type { BlockProps } from './block-props';

/** Markdown: standard Markdown (not mrkdwn), as AI apps send it. */
export function MarkdownBlock({ block }: BlockProps) {
  return <div className={styles.markdown}>{renderMarkdown(str(block.text) ?? '')}</div>;
}
