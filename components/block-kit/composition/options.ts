import type { Json } from '../types';
import { isObj, objs, str } from './json';
import { plainText } from './text';

export interface OptionGroup {
  label?: string;
  options: Json[];
}

/** A select's options as groups; plain `options` become one unlabeled group. */
export function optionGroups(element: Json): OptionGroup[] {
  if (Array.isArray(element.option_groups)) {
    return objs(element.option_groups).map((group) => ({
      label: plainText(group.label),
      options: objs(group.options),
    }));
  }
  return [{ options: objs(element.options) }];
}

export function optionValue(option: unknown): string {
  return isObj(option) ? (str(option.value) ?? '') : '';
}

export function optionLabel(option: unknown): string {
  return isObj(option) ? plainText(option.text) : '';
}
