import { isObj, str } from '../composition/json';
import type { ValidationError } from '../types';

export type ErrorCode = 'invalid_blocks' | 'invalid_arguments';

/** Collects errors shaped like `blocks.validate`, each pinned to a JSON pointer. */
export class Report {
  readonly errors: ValidationError[] = [];

  constructor(private readonly code: ErrorCode) {}

  add(pointer: string, message: string, code: ErrorCode = this.code): void {
    this.errors.push({ pointer, message, code });
  }

  /** A string field no longer than `max` (and, when `required`, present and non-empty). */
  length(value: unknown, pointer: string, max: number, required = false): void {
    if (value === undefined || value === null) {
      if (required) this.add(pointer, 'is required');
      return;
    }
    if (typeof value !== 'string') {
      this.add(pointer, 'must be a string');
      return;
    }
    if (required && value.length === 0) this.add(pointer, 'must be more than 0 characters');
    if (value.length > max) this.add(pointer, `must be less than ${max + 1} characters`);
  }

  /** A text object; `plain` requires `type: 'plain_text'` as Slack does for labels, titles and buttons. */
  text(
    value: unknown,
    pointer: string,
    max: number,
    options: { required?: boolean; plain?: boolean } = {},
  ): void {
    if (value === undefined || value === null) {
      if (options.required) this.add(pointer, 'is required');
      return;
    }
    if (!isObj(value)) {
      this.add(pointer, 'must be a text object');
      return;
    }
    const type = str(value.type);
    if (options.plain && type !== 'plain_text') this.add(`${pointer}/type`, 'must be plain_text');
    else if (type !== 'plain_text' && type !== 'mrkdwn')
      this.add(`${pointer}/type`, 'must be plain_text or mrkdwn');
    this.length(value.text, `${pointer}/text`, max, true);
  }

  /** An array with at most `max` (and at least `min`) items. */
  count(value: unknown, pointer: string, max: number, min = 0): unknown[] | undefined {
    if (value === undefined || value === null) {
      if (min > 0) this.add(pointer, 'is required');
      return undefined;
    }
    if (!Array.isArray(value)) {
      this.add(pointer, 'must be an array');
      return undefined;
    }
    if (value.length > max) this.add(pointer, `must provide an array with no more than ${max} items`);
    if (value.length < min)
      this.add(pointer, `must provide an array with at least ${min} item${min === 1 ? '' : 's'}`);
    return value;
  }
}
