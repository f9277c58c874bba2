'use client';

import styles from '../block-kit.module.css';
import { str } from '../composition/json';
import { plainText } from '../composition/text';
import { useConfirm } from '../composition/use-confirm';
import { useInteraction } from '../interaction/provider';
import type { LeafProps } from './element-props';

const icons: Record<string, string> = { trash: '🗑' };

/** Icon button (context_actions): an icon with its text as the accessible name. */
export function IconButton({ element, blockId, confirm }: LeafProps) {
  const { act } = useInteraction();
  const { guard, dialog } = useConfirm(confirm);
  const text = plainText(element.text);
  return (
    <>
      <button
        type="button"
        className={styles.iconButton}
        aria-label={str(element.accessibility_label) ?? text}
        title={text}
        onClick={() =>
          guard(() =>
            act({
              type: 'icon_button',
              block_id: blockId,
              action_id: str(element.action_id) ?? '',
              ...(typeof element.value === 'string' ? { value: element.value } : {}),
            }),
          )
        }
      >
        {icons[str(element.icon) ?? ''] ?? '●'}
      </button>
      {dialog}
    </>
  );
}
