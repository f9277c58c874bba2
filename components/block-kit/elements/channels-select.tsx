import { confirmParts } from '../composition/confirm';
import { entityNames } from '../composition/entity-names';
import { EntitySelect } from '../composition/entity-select';
import type { ElementProps } from './element-props';

/** `channels_select`: a select menu whose state holds Slack ids. */
export function ChannelsSelect({ element, blockId, ctx, dispatch, label }: ElementProps) {
  return (
    <EntitySelect
      label={label}
      element={element}
      blockId={blockId}
      dispatch={dispatch}
      confirm={confirmParts(element.confirm, ctx)}
      names={entityNames(element, ctx)}
    />
  );
}
