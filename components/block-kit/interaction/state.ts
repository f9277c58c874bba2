import { isObj, num, objs, str } from '../composition/json';
import type { Json } from '../types';
import { elementsOf } from './ids';

/** One element's entry in `state.values`, in Slack's shape (`{ type, value }`, `{ type, selected_option }`…). */
export type StateValue = { type: string } & Record<string, unknown>;
export type StateValues = Record<string, Record<string, StateValue>>;

/** The `state.values` entry an element starts with, or undefined for stateless elements (buttons, overflow). */
export function initialState(element: Json, currentChannel?: string): StateValue | undefined {
  const type = str(element.type) ?? '';
  switch (type) {
    case 'plain_text_input':
    case 'email_text_input':
    case 'url_text_input':
      return { type, value: str(element.initial_value) ?? null };
    case 'number_input': {
      const initial = num(element.initial_value);
      return { type, value: initial === undefined ? null : String(element.initial_value) };
    }
    case 'static_select':
    case 'external_select':
    case 'radio_buttons':
      return { type, selected_option: isObj(element.initial_option) ? element.initial_option : null };
    case 'multi_static_select':
    case 'multi_external_select':
    case 'checkboxes':
      return { type, selected_options: objs(element.initial_options) };
    case 'users_select':
      return { type, selected_user: str(element.initial_user) ?? null };
    case 'multi_users_select':
      return { type, selected_users: strings(element.initial_users) };
    case 'conversations_select': {
      const current = element.default_to_current_conversation === true ? currentChannel : undefined;
      return { type, selected_conversation: str(element.initial_conversation) ?? current ?? null };
    }
    case 'multi_conversations_select': {
      const current =
        element.default_to_current_conversation === true && currentChannel ? [currentChannel] : [];
      const initial = strings(element.initial_conversations);
      return { type, selected_conversations: initial.length > 0 ? initial : current };
    }
    case 'channels_select':
      return { type, selected_channel: str(element.initial_channel) ?? null };
    case 'multi_channels_select':
      return { type, selected_channels: strings(element.initial_channels) };
    case 'datepicker':
      return { type, selected_date: str(element.initial_date) ?? null };
    case 'timepicker':
      return str(element.timezone)
        ? { type, selected_time: str(element.initial_time) ?? null, timezone: element.timezone }
        : { type, selected_time: str(element.initial_time) ?? null };
    case 'datetimepicker':
      return { type, selected_date_time: num(element.initial_date_time) ?? null };
    case 'file_input':
      return { type, files: [] };
    case 'rich_text_input':
      return {
        type,
        rich_text_value: isObj(element.initial_value)
          ? element.initial_value
          : { type: 'rich_text', elements: [{ type: 'rich_text_section', elements: [] }] },
      };
    default:
      return undefined;
  }
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** `state.values` for every stateful element of the (id-normalized) blocks. */
export function initialValues(blocks: Json[], currentChannel?: string): StateValues {
  const values: StateValues = {};
  for (const block of blocks) {
    const blockId = str(block.block_id);
    if (!blockId) continue;
    for (const element of elementsOf(block)) {
      const actionId = str(element.action_id);
      const state = actionId ? initialState(element, currentChannel) : undefined;
      if (!actionId || !state) continue;
      values[blockId] ??= {};
      values[blockId][actionId] = state;
    }
  }
  return values;
}

/**
 * What Slack keeps when a modal is updated (`views.update`, or a `response_action: "update"`): input
 * blocks whose block_id and action_id (and element type) are still there keep what the person
 * entered; everything else starts from the new view's initial values.
 */
export function carryInputs(entered: StateValues, fresh: StateValues, blocks: Json[]): StateValues {
  const out: StateValues = { ...fresh };
  for (const block of blocks) {
    if (block.type !== 'input' || !isObj(block.element)) continue;
    const blockId = str(block.block_id);
    const actionId = str(block.element.action_id);
    const kept = blockId && actionId ? entered[blockId]?.[actionId] : undefined;
    if (!blockId || !actionId || !kept || kept.type !== block.element.type) continue;
    out[blockId] = { ...out[blockId], [actionId]: kept };
  }
  return out;
}
