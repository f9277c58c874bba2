import styles from '../block-kit.module.css';
import type { ConfirmParts } from './confirm';

interface ConfirmDialogProps {
  parts: ConfirmParts;
  onConfirm(): void;
  onDeny(): void;
}

/** Slack's confirmation dialog: shown over the surface until the user confirms or denies. */
export function ConfirmDialog({ parts, onConfirm, onDeny }: ConfirmDialogProps) {
  return (
    <div className={styles.overlay}>
      <div className={styles.dialog} role="alertdialog" aria-modal="true" aria-label={parts.title}>
        <h2 className={styles.dialogTitle}>{parts.title}</h2>
        <div className={styles.dialogText}>{parts.text}</div>
        <div className={styles.dialogButtons}>
          <button type="button" className={styles.button} onClick={onDeny}>
            {parts.deny}
          </button>
          <button
            type="button"
            className={`${styles.button} ${parts.style === 'danger' ? styles.danger : styles.primary}`}
            data-style={parts.style === 'danger' ? 'danger' : 'primary'}
            onClick={onConfirm}
          >
            {parts.confirm}
          </button>
        </div>
      </div>
    </div>
  );
}
