'use client';

import type { KeyboardEvent } from 'react';
import styles from '../block-kit.module.css';
import { isObj, objs, str } from '../composition/json';
import { plainText } from '../composition/text';
import { useInteraction } from '../interaction/provider';
import type { Json } from '../types';
import type { LeafProps } from './element-props';

/** The text a rich_text value holds, for editing in a plain textarea. */
export function richTextToPlain(value: unknown): string {
  if (!isObj(value)) return '';
  return objs(value.elements)
    .map((part) =>
      objs(part.elements)
        .map((leaf) => {
          if (leaf.type === 'rich_text_section') return richTextToPlain({ elements: [leaf] });
          return str(leaf.text) ?? str(leaf.url) ?? (leaf.type === 'emoji' ? `:${str(leaf.name)}:` : '');
        })
        .join(''),
    )
    .join('\n');
}

function plainToRichText(text: string): Json {
  return {
    type: 'rich_text',
    elements: [{ type: 'rich_text_section', elements: text ? [{ type: 'text', text }] : [] }],
  };
}

/** Rich text input, edited as plain text; its state is a `rich_text` block like Slack's. */
export function RichTextInput({ element, blockId, dispatch, label }: LeafProps) {
  const { values, update, act } = useInteraction();
  const actionId = str(element.action_id) ?? '';
  const value = values[blockId]?.[actionId]?.rich_text_value;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.shiftKey && dispatch) {
      event.preventDefault();
      act({ type: 'rich_text_input', block_id: blockId, action_id: actionId, rich_text_value: value });
    }
  };
  return (
    <textarea
      className={styles.textInput}
      rows={3}
      aria-label={label ?? (plainText(element.placeholder) || 'Message')}
      placeholder={plainText(element.placeholder) || undefined}
      value={richTextToPlain(value)}
      onKeyDown={onKeyDown}
      onChange={(event) =>
        update(blockId, actionId, {
          type: 'rich_text_input',
          rich_text_value: plainToRichText(event.target.value),
        })
      }
    />
  );
}
