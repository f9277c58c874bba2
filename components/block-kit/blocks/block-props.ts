import type { Json, RenderContext } from '../types';

export interface BlockProps {
  /** the block JSON, with `block_id` (and its elements' `action_id`s) already filled in */
  block: Json;
  ctx: RenderContext;
}
