import styles from '../block-kit.module.css';
import { str } from '../composition/json';
import type { BlockProps } from './block-props';

/** File: a remote file shared by `external_id`; the preview shows its card without the contents. */
export function FileBlock({ block }: BlockProps) {
  return (
    <div className={styles.file}>
      <span className={styles.fileIcon} aria-hidden="true">
        📄
      </span>
      <span>
        <span className={styles.fileName}>{str(block.external_id) ?? 'Remote file'}</span>
        <span className={styles.muted}> · {str(block.source) ?? 'remote'} file</span>
      </span>
    </div>
  );
}
