import styles from '../block-kit.module.css';

/** Divider: a thin rule between blocks. */
export function DividerBlock() {
  return <hr className={styles.divider} />;
}
