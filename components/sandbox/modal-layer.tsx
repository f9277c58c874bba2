'use client';

import { type MouseEvent, useRef } from 'react';
import { BlockKitView, type Payload, type Resolver, type ViewerContext } from '@/components/block-kit';
import styles from './sandbox.module.css';
import type { Act } from './sandbox-app';
import type { SandboxViewJson } from './types';

/**
 * The member's open modal stack (root first, at most 3). Submit, Close and Back go to the server,
 * which applies the app's `response_action` (errors, update, push, clear) to the stored stack.
 */
export function ModalLayer({
  stack,
  viewer,
  resolver,
  onAction,
  act,
  userId,
}: {
  stack: SandboxViewJson[];
  viewer: ViewerContext;
  resolver: Resolver;
  onAction(payload: Payload): void;
  act: Act;
  userId: string;
}) {
  const top = stack.at(-1)!;
  const closing = useRef<Payload | null>(null);

  // The renderer's Close and Back buttons only change its own state (and call onClose when the view
  // asks for notify_on_close); the stored stack must follow, so their clicks are caught here first.
  const onClickCapture = (e: MouseEvent<HTMLDivElement>) => {
    const button = (e.target as HTMLElement).closest('button');
    if (!button) return;
    const label = button.getAttribute('aria-label');
    if (label === 'Back') {
      void act({ type: 'view_back', user: userId });
      return;
    }
    const footerClose = button.closest('footer') && button.dataset.style !== 'primary';
    if (label === 'Close' || footerClose) {
      closing.current = null;
      setTimeout(() => {
        void act({ type: 'view_closed', user: userId, payload: closing.current ?? { view: { id: top.id } } });
      }, 0);
    }
  };

  return (
    <div className={styles.modalLayer} data-testid="modal" onClickCapture={onClickCapture}>
      <BlockKitView
        // Keyed by the stack's view ids, not their hashes: an update keeps what was typed, as in Slack.
        key={stack.map((v) => v.id).join('|')}
        surface="modal"
        view={{ ...top.view, id: top.id }}
        stack={stack.slice(0, -1).map((v) => ({ ...v.view, id: v.id }))}
        viewer={viewer}
        resolver={resolver}
        inputErrors={top.errors ?? undefined}
        onAction={onAction}
        onSubmit={(payload) => void act({ type: 'view_submission', user: userId, payload })}
        onClose={(payload) => {
          closing.current = payload;
        }}
      />
    </div>
  );
}
