import { isPlainObject } from './props-paths';
import type { PreviewSurface } from './types';

export type SurfaceChoice = 'auto' | PreviewSurface;

export type SurfaceView =
  | { ok: true; surface: PreviewSurface; view: unknown; note?: string }
  | { ok: false; message: string };

const placeholderTitle = { type: 'plain_text', text: 'Preview' };

/**
 * Turns pasted Block Kit into what a surface frame takes. Auto-detection: an array is a message's
 * blocks, `{ type: 'modal' | 'home' }` is that view, any other object with `blocks` is a message.
 */
export function toSurfaceView(value: unknown, choice: SurfaceChoice): SurfaceView {
  const type = isPlainObject(value) ? value.type : undefined;
  const surface: PreviewSurface | undefined =
    choice !== 'auto'
      ? choice
      : Array.isArray(value)
        ? 'message'
        : type === 'modal' || type === 'home'
          ? type
          : isPlainObject(value) && 'blocks' in value
            ? 'message'
            : undefined;
  if (!surface) {
    return {
      ok: false,
      message:
        'Cannot tell the surface: paste a blocks array, a message { "blocks": [...] }, or a view with "type": "modal" or "home" (or pick the surface).',
    };
  }
  if (!Array.isArray(value) && !isPlainObject(value)) {
    return { ok: false, message: 'Block Kit is a JSON object or an array of blocks, not a bare value.' };
  }
  if (Array.isArray(value)) {
    if (surface === 'message') return { ok: true, surface, view: { blocks: value } };
    const view =
      surface === 'modal'
        ? { type: 'modal', title: placeholderTitle, blocks: value }
        : { type: 'home', blocks: value };
    return { ok: true, surface, view, note: `Wrapped the blocks in a ${surface} view.` };
  }
  if (surface !== 'message' && value.type === undefined) {
    return { ok: true, surface, view: { type: surface, ...value }, note: `Added "type": "${surface}".` };
  }
  return { ok: true, surface, view: value };
}
