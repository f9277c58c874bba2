import styles from '../block-kit.module.css';
import { str } from '../composition/json';
import { renderText } from '../composition/text';
import type { BlockProps } from './block-props';

const icons: Record<string, string> = { default: '💬', info: 'ℹ️', warning: '⚠️', error: '⛔', success: '✅' };

/** Alert: a coloured banner with a level (default, info, warning, error, success). */
export function AlertBlock({ block, ctx }: BlockProps) {
  const level = str(block.level) ?? 'default';
  return (
    <div className={styles.alert} role="status" data-level={level}>
      <span aria-hidden="true">{icons[level] ?? icons.default}</span>
      <span className={styles.text}>{renderText(block.text, ctx)}</span>
    </div>
  );
}
