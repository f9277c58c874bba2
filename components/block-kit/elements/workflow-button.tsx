'use client';

import styles from '../block-kit.module.css';
import { str } from '../composition/json';
import { plainText } from '../composition/text';
import { useInteraction } from '../interaction/provider';
import type { LeafProps } from './element-props';

/** Workflow button: starts the linked workflow; the preview reports the click like a button's. */
export function WorkflowButton({ element, blockId }: LeafProps) {
  const { act } = useInteraction();
  const style = str(element.style);
  return (
    <button
      type="button"
      className={`${styles.button} ${style === 'primary' ? styles.primary : style === 'danger' ? styles.danger : ''}`}
      data-style={style}
      aria-label={str(element.accessibility_label)}
      onClick={() =>
        act({
          type: 'workflow_button',
          block_id: blockId,
          action_id: str(element.action_id) ?? '',
          text: element.text,
          ...(typeof element.value === 'string' ? { value: element.value } : {}),
        })
      }
    >
      <span aria-hidden="true" className={styles.workflowIcon}>
        ⚡
      </span>
      {plainText(element.text)}
    </button>
  );
}
