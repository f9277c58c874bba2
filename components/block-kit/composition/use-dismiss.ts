'use client';

import { type RefObject, useEffect } from 'react';

/** Closes a popup (select menu, overflow menu) when the user presses outside it, as Slack's menus do. */
export function useDismiss(root: RefObject<HTMLElement | null>, open: boolean, close: () => void): void {
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: MouseEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) close();
    };
    document.addEventListener('mousedown', onPointer);
    return () => document.removeEventListener('mousedown', onPointer);
  }, [root, open, close]);
}
