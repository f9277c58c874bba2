'use client';

import styles from '../block-kit.module.css';
import { str } from '../composition/json';
import { plainText } from '../composition/text';
import { useConfirm } from '../composition/use-confirm';
import { useInteraction } from '../interaction/provider';
import type { LeafProps } from './element-props';

/** Time picker: choosing a time sends `block_actions` with `selected_time` (HH:mm). */
export function Timepicker({ element, blockId, dispatch, confirm, label }: LeafProps) {
  const { values, update } = useInteraction();
  const { guard, dialog } = useConfirm(confirm);
  const actionId = str(element.action_id) ?? '';
  const value = values[blockId]?.[actionId]?.selected_time;
  const timezone = str(element.timezone);
  return (
    <>
      <input
        type="time"
        className={styles.picker}
        aria-label={label ?? (plainText(element.placeholder) || 'Select a time')}
        value={typeof value === 'string' ? value : ''}
        onChange={(event) => {
          const selected = event.target.value.slice(0, 5) || null;
          const state = timezone
            ? { type: 'timepicker', selected_time: selected, timezone }
            : { type: 'timepicker', selected_time: selected };
          guard(() => update(blockId, actionId, state, dispatch ? state : undefined));
        }}
      />
      {timezone && <span className={styles.pickerZone}>{timezone}</span>}
      {dialog}
    </>
  );
}
