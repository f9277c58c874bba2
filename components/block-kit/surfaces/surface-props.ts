import type { BlockKitViewProps, RenderContext, ValidationError } from '../types';

export interface Viewer {
  userId: string;
  userName: string;
  teamId: string;
  apiAppId: string;
  locale: string;
  timeZone: string;
}

/** What BlockKitView hands each surface frame after filling in defaults. */
export interface SurfaceProps {
  props: BlockKitViewProps;
  ctx: RenderContext;
  viewer: Viewer;
  /** validation messages by top-level block index */
  blockErrors: Map<number, string[]>;
  /** validation messages not tied to one block (title, submit, block count…) */
  viewErrors: ValidationError[];
}

const blockPointer = /^\/blocks\/(\d+)(?:\/|$)/;

/** Pins each validation error to the top-level block its pointer names. */
export function groupErrors(errors: ValidationError[] | undefined): {
  blockErrors: Map<number, string[]>;
  viewErrors: ValidationError[];
} {
  const blockErrors = new Map<number, string[]>();
  const viewErrors: ValidationError[] = [];
  for (const error of errors ?? []) {
    const match = blockPointer.exec(error.pointer);
    if (!match) {
      viewErrors.push(error);
      continue;
    }
    const index = Number(match[1]);
    const list = blockErrors.get(index) ?? [];
    list.push(`${error.pointer}: ${error.message}`);
    blockErrors.set(index, list);
  }
  return { blockErrors, viewErrors };
}
