'use client';

import styles from '../block-kit.module.css';
import { isObj, str } from '../composition/json';
import { plainText } from '../composition/text';
import { useInteraction } from '../interaction/provider';
import type { LeafProps } from './element-props';

/** Feedback buttons (context_actions): thumbs up / down, each sending its own value. */
export function FeedbackButtons({ element, blockId }: LeafProps) {
  const { act } = useInteraction();
  const sides = [
    ['positive_button', '👍'],
    ['negative_button', '👎'],
  ] as const;
  return (
    <span className={styles.feedback}>
      {sides.map(([key, fallback]) => {
        const side = isObj(element[key]) ? element[key] : {};
        const text = plainText(side.text) || fallback;
        return (
          <button
            key={key}
            type="button"
            className={styles.iconButton}
            aria-label={str(side.accessibility_label) ?? text}
            onClick={() =>
              act({
                type: 'feedback_buttons',
                block_id: blockId,
                action_id: str(element.action_id) ?? '',
                value: str(side.value) ?? '',
              })
            }
          >
            {text}
          </button>
        );
      })}
    </span>
  );
}
