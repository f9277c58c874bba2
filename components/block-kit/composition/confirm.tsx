import type { ReactNode } from 'react';
import type { RenderContext } from '../types';
import { isObj, str } from './json';
import { plainText, renderText } from './text';

/** A confirmation dialog object, pre-rendered on the server so client leaves get plain props. */
export interface ConfirmParts {
  title: string;
  text: ReactNode;
  confirm: string;
  deny: string;
  style?: string;
}

export function confirmParts(value: unknown, ctx: RenderContext): ConfirmParts | undefined {
  if (!isObj(value)) return undefined;
  return {
    title: plainText(value.title) || 'Are you sure?',
    text: renderText(value.text, ctx),
    confirm: plainText(value.confirm) || 'Yes',
    deny: plainText(value.deny) || 'Cancel',
    style: str(value.style),
  };
}
