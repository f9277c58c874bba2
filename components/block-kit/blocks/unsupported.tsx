import styles from '../block-kit.module.css';

/** What an unknown block or element type renders as: visible, named, never a crash. */
export function Unsupported({ type, kind }: { type: string; kind: 'block' | 'element' }) {
  return (
    <div className={styles.unsupported} data-unsupported={type}>
      Unsupported {kind} type: <code>{type}</code>
    </div>
  );
}
