'use client';

import type { KeyboardEvent } from 'react';
import styles from '../block-kit.module.css';
import { useInteraction } from '../interaction/provider';
import type { Json } from '../types';
import { isObj, str } from './json';
import { plainText } from './text';

export interface TextFieldProps {
  element: Json;
  blockId: string;
  dispatch: boolean;
  label?: string;
}

const inputTypes: Record<string, string> = {
  email_text_input: 'email',
  url_text_input: 'url',
  number_input: 'text',
  plain_text_input: 'text',
};

/**
 * The text-like inputs. Typing only updates `state.values`; `block_actions` goes out on Enter
 * (or on every character) when the input block sets `dispatch_action`, as in Slack.
 */
export function TextField({ element, blockId, dispatch, label }: TextFieldProps) {
  const { values, update, act } = useInteraction();
  const type = str(element.type) ?? 'plain_text_input';
  const actionId = str(element.action_id) ?? '';
  const current = values[blockId]?.[actionId]?.value;
  const value = typeof current === 'string' ? current : '';
  const config = isObj(element.dispatch_action_config) ? element.dispatch_action_config : {};
  const triggers = Array.isArray(config.trigger_actions_on)
    ? config.trigger_actions_on
    : ['on_enter_pressed'];
  const onEachCharacter = dispatch && triggers.includes('on_character_entered');
  const onEnter = dispatch && triggers.includes('on_enter_pressed');

  const onChange = (next: string) => {
    const state = { type, value: next === '' ? null : next };
    update(blockId, actionId, state, onEachCharacter ? { type, value: next } : undefined);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && onEnter && !(element.multiline === true && event.shiftKey)) {
      if (element.multiline !== true) event.preventDefault();
      act({ type, block_id: blockId, action_id: actionId, value });
    }
  };
  const common = {
    className: styles.textInput,
    'aria-label': label ?? (plainText(element.placeholder) || undefined),
    placeholder: plainText(element.placeholder) || undefined,
    value,
    onKeyDown,
  };
  if (type === 'plain_text_input' && element.multiline === true) {
    return <textarea {...common} rows={4} onChange={(event) => onChange(event.target.value)} />;
  }
  return (
    <input
      {...common}
      type={inputTypes[type] ?? 'text'}
      inputMode={
        type === 'number_input' ? (element.is_decimal_allowed === true ? 'decimal' : 'numeric') : undefined
      }
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
