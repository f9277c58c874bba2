'use client';

import { type ReactNode, useState } from 'react';
import type { ConfirmParts } from './confirm';
import { ConfirmDialog } from './confirm-dialog';

/** Runs an interaction straight away, or only after the element's confirm dialog is accepted. */
export function useConfirm(parts: ConfirmParts | undefined): {
  guard(run: () => void): void;
  dialog: ReactNode;
} {
  const [pending, setPending] = useState<(() => void) | null>(null);
  const guard = (run: () => void) => {
    if (parts) setPending(() => run);
    else run();
  };
  const dialog =
    parts && pending ? (
      <ConfirmDialog
        parts={parts}
        onConfirm={() => {
          setPending(null);
          pending();
        }}
        onDeny={() => setPending(null)}
      />
    ) : null;
  return { guard, dialog };
}
