import { TextField } from '../composition/text-field';
import type { ElementProps } from './element-props';

/** Number input: `is_decimal_allowed`, `min_value` and `max_value` are checked on submit. */
export function NumberInput({ element, blockId, dispatch, label }: ElementProps) {
  return <TextField element={element} blockId={blockId} dispatch={dispatch} label={label} />;
}
