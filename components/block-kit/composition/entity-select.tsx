'use client';

import { useInteraction } from '../interaction/provider';
import type { Json } from '../types';
import type { ConfirmParts } from './confirm';
import { num, str } from './json';
import { SelectMenu } from './select-menu';
import { plainText } from './text';
import { useConfirm } from './use-confirm';

export interface EntitySelectProps {
  /** The input block label: the control's accessible name. */
  label?: string;
  element: Json;
  blockId: string;
  dispatch: boolean;
  confirm?: ConfirmParts;
  /** display names of the ids the view mentions, resolved on the server */
  names: Record<string, string>;
}

const keys: Record<string, { one: string; many: string; hint: string }> = {
  users: { one: 'selected_user', many: 'selected_users', hint: 'Type a user ID (U…) and press Enter' },
  conversations: {
    one: 'selected_conversation',
    many: 'selected_conversations',
    hint: 'Type a conversation ID (C…, D…, G…) and press Enter',
  },
  channels: {
    one: 'selected_channel',
    many: 'selected_channels',
    hint: 'Type a channel ID (C…) and press Enter',
  },
};

/** users_select, conversations_select, channels_select and their multi_ variants: state holds ids. */
export function EntitySelect({ element, blockId, dispatch, confirm, label, names }: EntitySelectProps) {
  const { values, update } = useInteraction();
  const { guard, dialog } = useConfirm(confirm);
  const type = str(element.type) ?? 'users_select';
  const actionId = str(element.action_id) ?? '';
  const multi = type.startsWith('multi_');
  const kind = keys[type.replace(/^multi_/, '').replace(/_select$/, '')] ?? keys.users!;
  const state = values[blockId]?.[actionId];
  const raw = multi ? state?.[kind.many] : state?.[kind.one];
  const selected = (Array.isArray(raw) ? raw : [raw]).filter((id): id is string => typeof id === 'string');
  const offered = Object.keys(names).map((id) => ({ value: id, label: names[id] ?? id }));

  const onChange = (next: string[]) => {
    const stateValue = multi ? { type, [kind.many]: next } : { type, [kind.one]: next[0] ?? null };
    guard(() => update(blockId, actionId, stateValue, dispatch ? stateValue : undefined));
  };

  return (
    <>
      <SelectMenu
        label={label}
        groups={[{ options: offered }]}
        selected={selected}
        multi={multi}
        names={names}
        placeholder={plainText(element.placeholder) || 'Select an item'}
        customHint={kind.hint}
        maxSelected={num(element.max_selected_items)}
        onChange={onChange}
      />
      {dialog}
    </>
  );
}
