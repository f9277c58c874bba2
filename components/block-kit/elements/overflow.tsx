'use client';

import { useRef, useState } from 'react';
import styles from '../block-kit.module.css';
import { objs, str } from '../composition/json';
import { optionLabel } from '../composition/options';
import { useConfirm } from '../composition/use-confirm';
import { useDismiss } from '../composition/use-dismiss';
import { useInteraction } from '../interaction/provider';
import { safeHref } from '../mrkdwn/safe-url';
import type { Json } from '../types';
import type { LeafProps } from './element-props';

/** Overflow menu: the "⋯" button; choosing an item sends `block_actions` with `selected_option`. */
export function Overflow({ element, blockId, confirm }: LeafProps) {
  const { act } = useInteraction();
  const { guard, dialog } = useConfirm(confirm);
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useDismiss(root, open, () => setOpen(false));
  const choose = (option: Json) => {
    setOpen(false);
    guard(() => {
      const href = safeHref(str(option.url));
      if (href) window.open(href, '_blank', 'noopener,noreferrer');
      act({
        type: 'overflow',
        block_id: blockId,
        action_id: str(element.action_id) ?? '',
        selected_option: option,
      });
    });
  };
  return (
    <div className={styles.overflow} ref={root}>
      <button
        type="button"
        className={styles.overflowButton}
        aria-label="More actions"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        ⋯
      </button>
      {open && (
        <div role="menu" className={styles.menu}>
          {objs(element.options).map((option, index) => (
            <button
              // biome-ignore lint/suspicious/noArrayIndexKey: option values may repeat in bad JSON; position is stable.
              key={`${str(option.value)}-${index}`}
              type="button"
              role="menuitem"
              className={styles.menuOption}
              onClick={() => choose(option)}
            >
              {optionLabel(option)}
            </button>
          ))}
        </div>
      )}
      {dialog}
    </div>
  );
}
