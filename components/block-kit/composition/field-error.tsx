'use client';

import styles from '../block-kit.module.css';
import { useInteraction } from '../interaction/provider';

/** The message under an input: a failed client-side check, or the app's `response_action: 'errors'`. */
export function FieldError({ blockId }: { blockId: string }) {
  const message = useInteraction().errorFor(blockId);
  if (!message) return null;
  return (
    <div className={styles.fieldError} role="alert" data-error-for={blockId}>
      {message}
    </div>
  );
}
