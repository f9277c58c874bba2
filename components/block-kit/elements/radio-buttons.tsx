'use client';

import { useId } from 'react';
import styles from '../block-kit.module.css';
import { isObj, objs, str } from '../composition/json';
import { optionValue } from '../composition/options';
import { useConfirm } from '../composition/use-confirm';
import { useInteraction } from '../interaction/provider';
import type { ChoiceProps } from './checkboxes';

/** Radio buttons: changing the choice sends `block_actions` with `selected_option`. */
export function RadioButtons({
  element,
  blockId,
  dispatch,
  confirm,
  labels,
  descriptions,
  label,
}: ChoiceProps) {
  const { values, update } = useInteraction();
  const { guard, dialog } = useConfirm(confirm);
  const name = useId();
  const actionId = str(element.action_id) ?? '';
  const current = values[blockId]?.[actionId]?.selected_option;
  const selected = isObj(current) ? optionValue(current) : undefined;
  return (
    <div className={styles.choices} role="radiogroup" aria-label={label}>
      {objs(element.options).map((option, index) => {
        const value = optionValue(option);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: option values may repeat in bad JSON; position is stable.
          <label key={`${value}-${index}`} className={styles.choice}>
            <input
              type="radio"
              name={name}
              checked={selected === value}
              onChange={() => {
                const state = { type: 'radio_buttons', selected_option: option };
                guard(() => update(blockId, actionId, state, dispatch ? state : undefined));
              }}
            />
            <span>
              <span className={styles.choiceText}>{labels[index]}</span>
              {descriptions[index] && <span className={styles.choiceDescription}>{descriptions[index]}</span>}
            </span>
          </label>
        );
      })}
      {dialog}
    </div>
  );
}
