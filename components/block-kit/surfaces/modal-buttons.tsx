'use client';

import styles from '../block-kit.module.css';
import { useInteraction } from '../interaction/provider';
import { useStackLevel } from './modal-stack';

/** The header's back arrow, shown on pushed views only. */
export function BackButton() {
  const { level, back } = useStackLevel();
  if (level === 0) return null;
  return (
    <button type="button" className={styles.modalIconButton} aria-label="Back" onClick={back}>
      ←
    </button>
  );
}

/** Close (header ✕ or footer button): sends `view_closed` when the view asks for `notify_on_close`. */
export function CloseButton({ text, icon = false }: { text: string; icon?: boolean }) {
  const { close } = useInteraction();
  const { closeAll } = useStackLevel();
  const onClick = () => {
    close();
    closeAll();
  };
  return icon ? (
    <button type="button" className={styles.modalIconButton} aria-label="Close" onClick={onClick}>
      ✕
    </button>
  ) : (
    <button type="button" className={styles.button} onClick={onClick}>
      {text}
    </button>
  );
}

/** Submit: checks the inputs like Slack's client, then sends `view_submission`. */
export function SubmitButton({ text }: { text: string }) {
  const { submit } = useInteraction();
  return (
    <button
      type="button"
      className={`${styles.button} ${styles.primary}`}
      data-style="primary"
      onClick={submit}
    >
      {text}
    </button>
  );
}
