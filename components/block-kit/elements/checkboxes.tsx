'use client';

import type { ReactNode } from 'react';
import styles from '../block-kit.module.css';
import { objs, str } from '../composition/json';
import { optionValue } from '../composition/options';
import { useConfirm } from '../composition/use-confirm';
import { useInteraction } from '../interaction/provider';
import type { LeafProps } from './element-props';

export interface ChoiceProps extends LeafProps {
  /** option texts and descriptions, rendered on the server (they may be mrkdwn) */
  labels: ReactNode[];
  descriptions: ReactNode[];
}

/** Checkboxes: ticking or unticking sends `block_actions` with every selected option. */
export function Checkboxes({
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
  const actionId = str(element.action_id) ?? '';
  const options = objs(element.options);
  const selected = objs(values[blockId]?.[actionId]?.selected_options).map(optionValue);
  const toggle = (value: string) => {
    const next = selected.includes(value) ? selected.filter((item) => item !== value) : [...selected, value];
    const state = {
      type: 'checkboxes',
      selected_options: options.filter((option) => next.includes(optionValue(option))),
    };
    guard(() => update(blockId, actionId, state, dispatch ? state : undefined));
  };
  return (
    <fieldset className={styles.choices} aria-label={label}>
      {options.map((option, index) => {
        const value = optionValue(option);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: option values may repeat in bad JSON; position is stable.
          <label key={`${value}-${index}`} className={styles.choice}>
            <input type="checkbox" checked={selected.includes(value)} onChange={() => toggle(value)} />
            <span>
              <span className={styles.choiceText}>{labels[index]}</span>
              {descriptions[index] && <span className={styles.choiceDescription}>{descriptions[index]}</span>}
            </span>
          </label>
        );
      })}
      {dialog}
    </fieldset>
  );
}
