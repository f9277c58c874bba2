import { isObj, objs, str } from '../composition/json';
import type { Json } from '../types';

const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** 32-bit FNV-1a: cheap and deterministic, so server and client generate the same ids. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function shortId(seed: string, length = 5): string {
  let h = hash32(seed);
  let out = '';
  for (let i = 0; i < length; i++) {
    out += alphabet[h % 62];
    h = Math.floor(h / 62) || hash32(`${seed}${i}`);
  }
  return out;
}

/** The interactive elements a block holds, wherever the block keeps them. */
export function elementsOf(block: Json): Json[] {
  switch (block.type) {
    case 'section':
      return isObj(block.accessory) ? [block.accessory] : [];
    case 'input':
      return isObj(block.element) ? [block.element] : [];
    case 'actions':
    case 'context_actions':
      return objs(block.elements);
    default:
      return [];
  }
}

function withActionIds(elements: Json[], blockId: string): Json[] {
  return elements.map((element, index) =>
    str(element.action_id)
      ? element
      : { ...element, action_id: shortId(`${blockId}/${index}/${String(element.type)}`) },
  );
}

/**
 * Copies the blocks with Slack-like generated `block_id`s and `action_id`s where they are missing.
 * Ids depend on position and type only, so they are stable from render to render.
 */
export function withGeneratedIds(blocks: unknown): Json[] {
  const used = new Set<string>();
  for (const block of objs(blocks)) {
    const id = str(block.block_id);
    if (id) used.add(id);
  }
  return objs(blocks).map((block, index) => {
    let blockId = str(block.block_id);
    if (!blockId) {
      let attempt = 0;
      do blockId = shortId(`${index}/${String(block.type)}/${attempt++}`, 4);
      while (used.has(blockId));
      used.add(blockId);
    }
    const next: Json = { ...block, block_id: blockId };
    if (block.type === 'section' && isObj(block.accessory)) {
      next.accessory = withActionIds([block.accessory], blockId)[0];
    } else if (block.type === 'input' && isObj(block.element)) {
      next.element = withActionIds([block.element], blockId)[0];
    } else if (
      (block.type === 'actions' || block.type === 'context_actions') &&
      Array.isArray(block.elements)
    ) {
      next.elements = withActionIds(objs(block.elements), blockId);
    }
    return next;
  });
}

/** A short fingerprint of a JSON value: remounts state when the content changes, seeds view hashes. */
export function fingerprint(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? '';
  } catch {
    text = '';
  }
  return hash32(text).toString(36);
}
