import { TextField } from '../composition/text-field';
import type { ElementProps } from './element-props';

/** URL input: http(s) URLs only, checked on submit. */
export function UrlTextInput({ element, blockId, dispatch, label }: ElementProps) {
  return <TextField element={element} blockId={blockId} dispatch={dispatch} label={label} />;
}
