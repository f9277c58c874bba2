'use client';

import styles from '../block-kit.module.css';
import { str } from '../composition/json';
import { plainText } from '../composition/text';
import { useConfirm } from '../composition/use-confirm';
import { useInteraction } from '../interaction/provider';
import { safeHref } from '../mrkdwn/safe-url';
import type { Json } from '../types';
import type { LeafProps } from './element-props';

function styleClass(style: string | undefined): string {
  if (style === 'primary') return `${styles.button} ${styles.primary}`;
  if (style === 'danger') return `${styles.button} ${styles.danger}`;
  return styles.button ?? '';
}

/** Button element: sends `block_actions` (after its confirm dialog, if any); `url` buttons also open the link. */
export function Button({ element, blockId, confirm }: LeafProps) {
  const { act } = useInteraction();
  const { guard, dialog } = useConfirm(confirm);
  const actionId = str(element.action_id) ?? '';
  const style = str(element.style);
  const href = safeHref(str(element.url));
  const action: Json = { type: 'button', block_id: blockId, action_id: actionId, text: element.text };
  if (typeof element.value === 'string') action.value = element.value;
  if (style === 'primary' || style === 'danger') action.style = style;
  const label = plainText(element.text);
  const common = {
    className: styleClass(style),
    'data-style': style,
    'aria-label': str(element.accessibility_label),
  };

  if (href && !confirm) {
    return (
      <a {...common} href={href} target="_blank" rel="noopener noreferrer" onClick={() => act(action)}>
        {label}
      </a>
    );
  }
  return (
    <>
      <button
        {...common}
        type="button"
        onClick={() =>
          guard(() => {
            if (href) window.open(href, '_blank', 'noopener,noreferrer');
            act(action);
          })
        }
      >
        {label}
      </button>
      {dialog}
    </>
  );
}
