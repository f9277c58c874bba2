import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { BlockKitView, type BlockKitViewProps } from '@/components/block-kit';

/** Static markup without class names (CSS module names are hashed or absent in tests). */
export function markup(node: ReactNode): string {
  // biome-ignore lint/complexity/noUselessFragments: renderToStaticMarkup needs an element, not any node.
  return renderToStaticMarkup(<>{node}</>).replace(/ class="[^"]*"/g, '');
}

/** Server-renders one surface with the given blocks. */
export function renderBlocks(blocks: unknown[], props: Partial<BlockKitViewProps> = {}): string {
  const surface = props.surface ?? 'message';
  const view =
    surface === 'message'
      ? { text: 'fallback', blocks }
      : {
          type: surface,
          title: { type: 'plain_text', text: 'Title' },
          submit: { type: 'plain_text', text: 'Save' },
          blocks,
        };
  return markup(<BlockKitView surface={surface} view={view} {...props} />);
}
