import { TextField } from '../composition/text-field';
import type { ElementProps } from './element-props';

/** Email input: the address format is checked on submit. */
export function EmailTextInput({ element, blockId, dispatch, label }: ElementProps) {
  return <TextField element={element} blockId={blockId} dispatch={dispatch} label={label} />;
}
