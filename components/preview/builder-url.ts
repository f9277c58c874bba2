import type { PreviewSurface } from './types';

const BUILDER = 'https://app.slack.com/block-kit-builder/';

/**
 * Block Kit Builder reads its payload from the URL fragment: `{ blocks }` for a message (Builder has
 * no use for the notification text), the whole view object for a modal or the Home tab.
 */
export function blockKitBuilderUrl(surface: PreviewSurface, json: unknown): string {
  let payload = json;
  if (surface === 'message') {
    const blocks = Array.isArray(json)
      ? json
      : typeof json === 'object' && json !== null
        ? (json as { blocks?: unknown }).blocks
        : undefined;
    payload = { blocks: Array.isArray(blocks) ? blocks : [] };
  }
  return `${BUILDER}#${encodeURIComponent(JSON.stringify(payload))}`;
}
