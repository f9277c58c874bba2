import type { ConfirmParts } from '../composition/confirm';
import type { Json, RenderContext } from '../types';

/** What the server side hands every element renderer. */
export interface ElementProps {
  element: Json;
  blockId: string;
  ctx: RenderContext;
  /** Inside an input block an element only sends block_actions when the block sets `dispatch_action`. */
  dispatch: boolean;
  /** The input block's label, used as the control's accessible name. */
  label?: string;
}

/** What interactive client leaves receive: plain, serializable props only. */
export interface LeafProps {
  element: Json;
  blockId: string;
  dispatch: boolean;
  confirm?: ConfirmParts;
  label?: string;
}
