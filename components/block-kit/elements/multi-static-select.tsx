import { confirmParts } from '../composition/confirm';
import { OptionSelect } from '../composition/option-select';
import type { ElementProps } from './element-props';

/** `multi_static_select`: a select menu whose state holds option objects. */
export function MultiStaticSelect({ element, blockId, ctx, dispatch, label }: ElementProps) {
  return (
    <OptionSelect
      label={label}
      element={element}
      blockId={blockId}
      dispatch={dispatch}
      confirm={confirmParts(element.confirm, ctx)}
    />
  );
}
