import { EventEmitter } from 'node:events';

interface NotifyGlobal {
  __homeroomSandboxBus?: EventEmitter;
}
const store = globalThis as NotifyGlobal;

/** One bus per process (route bundles each load this module; globalThis is what they share). */
function bus(): EventEmitter {
  if (!store.__homeroomSandboxBus) {
    store.__homeroomSandboxBus = new EventEmitter();
    store.__homeroomSandboxBus.setMaxListeners(0);
  }
  return store.__homeroomSandboxBus;
}

/** Tells open clients that something in the sandbox changed. */
export function notifyChange(teamId: string): void {
  bus().emit('change', teamId);
}

export function onChange(listener: (teamId: string) => void): () => void {
  bus().on('change', listener);
  return () => bus().off('change', listener);
}
