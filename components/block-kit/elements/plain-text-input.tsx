import { TextField } from '../composition/text-field';
import type { ElementProps } from './element-props';

/** Plain-text input: single line, or a textarea when `multiline`; min/max_length are checked on submit. */
export function PlainTextInput({ element, blockId, dispatch, label }: ElementProps) {
  return <TextField element={element} blockId={blockId} dispatch={dispatch} label={label} />;
}
