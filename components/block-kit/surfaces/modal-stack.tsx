'use client';

import { createContext, type ReactNode, useContext, useState } from 'react';
import styles from '../block-kit.module.css';

interface StackLevel {
  /** position of this view in the stack, 0 = root */
  level: number;
  back(): void;
  closeAll(): void;
}

const StackContext = createContext<StackLevel>({ level: 0, back: () => {}, closeAll: () => {} });

export function useStackLevel(): StackLevel {
  return useContext(StackContext);
}

/** Shows the top view of a modal stack; the back arrow pops to the view underneath, Close dismisses all. */
export function ModalStack({ views }: { views: ReactNode[] }) {
  const [top, setTop] = useState(views.length - 1);
  const [closed, setClosed] = useState(false);
  if (closed) {
    return (
      <div className={styles.modalClosed} data-modal-closed="">
        <span>Modal closed.</span>
        <button
          type="button"
          className={styles.button}
          onClick={() => {
            setTop(views.length - 1);
            setClosed(false);
          }}
        >
          Reopen
        </button>
      </div>
    );
  }
  return (
    <>
      {views.map((view, level) => (
        <StackContext.Provider
          // biome-ignore lint/suspicious/noArrayIndexKey: a stack level is identified by its depth.
          key={level}
          value={{ level, back: () => setTop(Math.max(0, level - 1)), closeAll: () => setClosed(true) }}
        >
          <div hidden={level !== top} data-stack-level={level} data-active={level === top || undefined}>
            {view}
          </div>
        </StackContext.Provider>
      ))}
    </>
  );
}
