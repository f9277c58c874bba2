'use client';

import { useInteraction } from '../interaction/provider';
import type { Json } from '../types';
import type { ConfirmParts } from './confirm';
import { isObj, num, objs, str } from './json';
import { optionGroups, optionLabel, optionValue } from './options';
import { type MenuGroup, SelectMenu } from './select-menu';
import { plainText } from './text';
import { useConfirm } from './use-confirm';

export interface OptionSelectProps {
  /** The input block label: the control's accessible name. */
  label?: string;
  element: Json;
  blockId: string;
  dispatch: boolean;
  confirm?: ConfirmParts;
}

/** static_select, external_select and their multi_ variants: state holds option objects. */
export function OptionSelect({ element, blockId, dispatch, confirm, label }: OptionSelectProps) {
  const { values, update } = useInteraction();
  const { guard, dialog } = useConfirm(confirm);
  const type = str(element.type) ?? 'static_select';
  const actionId = str(element.action_id) ?? '';
  const multi = type.startsWith('multi_');
  const external = type.endsWith('external_select');
  const state = values[blockId]?.[actionId];
  const chosen: Json[] = multi
    ? objs(state?.selected_options)
    : isObj(state?.selected_option)
      ? [state.selected_option]
      : [];

  // External data comes from the app's options endpoint; the preview can only offer what the JSON holds.
  const pool: Json[] = external
    ? [
        ...objs(element.initial_options),
        ...(isObj(element.initial_option) ? [element.initial_option] : []),
        ...chosen,
      ]
    : optionGroups(element).flatMap((group) => group.options);
  const groups: MenuGroup[] = external
    ? [{ options: dedupe(pool).map(toMenu) }]
    : optionGroups(element).map((group) => ({ label: group.label, options: group.options.map(toMenu) }));

  const onChange = (next: string[]) => {
    const options = next.map(
      (value) =>
        pool.find((option) => optionValue(option) === value) ??
        chosen.find((option) => optionValue(option) === value) ?? {
          text: { type: 'plain_text', text: value, emoji: true },
          value,
        },
    );
    const stateValue = multi
      ? { type, selected_options: options }
      : { type, selected_option: options[0] ?? null };
    const placeholder = isObj(element.placeholder) ? { placeholder: element.placeholder } : {};
    guard(() =>
      update(blockId, actionId, stateValue, dispatch ? { ...stateValue, ...placeholder } : undefined),
    );
  };

  return (
    <>
      <SelectMenu
        label={label}
        groups={groups}
        selected={chosen.map(optionValue)}
        multi={multi}
        placeholder={plainText(element.placeholder) || 'Select an item'}
        customHint={external ? 'Type a value and press Enter' : undefined}
        maxSelected={num(element.max_selected_items)}
        onChange={onChange}
      />
      {dialog}
    </>
  );
}

function toMenu(option: Json) {
  const description = plainText(option.description);
  return { value: optionValue(option), label: optionLabel(option), ...(description ? { description } : {}) };
}

function dedupe(options: Json[]): Json[] {
  const seen = new Set<string>();
  return options.filter((option) => {
    const value = optionValue(option);
    if (seen.has(value)) return false;
    seen.add(value);
    return true;
  });
}
