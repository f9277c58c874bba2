import { isObj, num, str } from '../composition/json';
import type { Json } from '../types';
import type { StateValue, StateValues } from './state';

const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isEmpty(state: StateValue | undefined): boolean {
  if (!state) return true;
  for (const [key, value] of Object.entries(state)) {
    if (key === 'type' || key === 'timezone') continue;
    if (key === 'rich_text_value') return JSON.stringify(value).indexOf('"text":"') < 0;
    if (Array.isArray(value)) return value.length === 0;
    return value === null || value === undefined || value === '';
  }
  return true;
}

function isUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function checkText(element: Json, value: string): string | undefined {
  const min = num(element.min_length);
  const max = num(element.max_length);
  if (min !== undefined && value.length < min) return `Please enter at least ${min} characters.`;
  if (max !== undefined && value.length > max) return `Please enter no more than ${max} characters.`;
  return undefined;
}

function checkNumber(element: Json, value: string): string | undefined {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) return 'Please enter a number.';
  if (element.is_decimal_allowed !== true && !Number.isInteger(n)) return 'Please enter a whole number.';
  const min = num(element.min_value);
  const max = num(element.max_value);
  if (min !== undefined && max !== undefined && (n < min || n > max)) {
    return `Please enter a number between ${min} and ${max}.`;
  }
  if (min !== undefined && n < min) return `Please enter a number no less than ${min}.`;
  if (max !== undefined && n > max) return `Please enter a number no greater than ${max}.`;
  return undefined;
}

/** Slack's client-side checks before a modal is submitted; messages by block_id. */
export function validateInputs(blocks: Json[], values: StateValues): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const block of blocks) {
    if (block.type !== 'input' || !isObj(block.element)) continue;
    const blockId = str(block.block_id) ?? '';
    const element = block.element;
    const state = values[blockId]?.[str(element.action_id) ?? ''];
    if (isEmpty(state)) {
      if (block.optional !== true) errors[blockId] = 'Please complete this required field.';
      continue;
    }
    const value = typeof state?.value === 'string' ? state.value : undefined;
    if (value === undefined) continue;
    let message: string | undefined;
    if (element.type === 'plain_text_input') message = checkText(element, value);
    else if (element.type === 'number_input') message = checkNumber(element, value);
    else if (element.type === 'email_text_input' && !email.test(value))
      message = 'Please enter a valid email address.';
    else if (element.type === 'url_text_input' && !isUrl(value)) message = 'Please enter a valid URL.';
    if (message) errors[blockId] = message;
  }
  return errors;
}
