'use client';

import styles from '../block-kit.module.css';
import { str } from '../composition/json';
import { plainText } from '../composition/text';
import { useConfirm } from '../composition/use-confirm';
import { useInteraction } from '../interaction/provider';
import type { LeafProps } from './element-props';

/** Date picker: choosing a date sends `block_actions` with `selected_date` (YYYY-MM-DD). */
export function Datepicker({ element, blockId, dispatch, confirm, label }: LeafProps) {
  const { values, update } = useInteraction();
  const { guard, dialog } = useConfirm(confirm);
  const actionId = str(element.action_id) ?? '';
  const value = values[blockId]?.[actionId]?.selected_date;
  return (
    <>
      <input
        type="date"
        className={styles.picker}
        aria-label={label ?? (plainText(element.placeholder) || 'Select a date')}
        value={typeof value === 'string' ? value : ''}
        onChange={(event) => {
          const state = { type: 'datepicker', selected_date: event.target.value || null };
          guard(() => update(blockId, actionId, state, dispatch ? state : undefined));
        }}
      />
      {dialog}
    </>
  );
}
