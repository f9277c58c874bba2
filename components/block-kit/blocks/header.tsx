import styles from '../block-kit.module.css';
import { plainText } from '../composition/text';
import type { BlockProps } from './block-props';

/** Header: large bold plain text (≤ 150 characters). */
export function HeaderBlock({ block }: BlockProps) {
  return <h3 className={styles.header}>{plainText(block.text)}</h3>;
}
