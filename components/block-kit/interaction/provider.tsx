'use client';

import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react';
import type { Json, Payload } from '../types';
import { fingerprint } from './ids';
import {
  blockActionsPayload,
  type PayloadContext,
  viewClosedPayload,
  viewSubmissionPayload,
} from './payloads';
import { carryInputs, initialValues, type StateValue, type StateValues } from './state';
import { validateInputs } from './validate-input';

interface Interaction {
  values: StateValues;
  /** Stores an element's new state; with `action`, also sends `block_actions` carrying the new state. */
  update(blockId: string, actionId: string, state: StateValue, action?: Json): void;
  /** Sends `block_actions` for a stateless element (button, overflow). */
  act(action: Json): void;
  errorFor(blockId: string): string | undefined;
  submit(): void;
  close(): void;
}

const noop = () => {};
const fallback: Interaction = {
  values: {},
  update: noop,
  act: noop,
  errorFor: () => undefined,
  submit: noop,
  close: noop,
};

const InteractionContext = createContext<Interaction>(fallback);

export interface InteractionProviderProps {
  /** The surface's blocks with generated ids filled in. */
  blocks: Json[];
  payload: PayloadContext;
  inputErrors?: Record<string, string>;
  onAction?(payload: Payload): void;
  onSubmit?(payload: Payload): void;
  onClose?(payload: Payload): void;
  children: ReactNode;
}

/** Holds `state.values` for one message or view and turns interactions into Slack payloads. */
export function InteractionProvider({
  blocks,
  payload,
  inputErrors,
  onAction,
  onSubmit,
  onClose,
  children,
}: InteractionProviderProps) {
  const [values, setValues] = useState<StateValues>(() => initialValues(blocks, payload.message?.channelId));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  // Payloads are built from the latest values even when several updates land in one tick.
  const latest = useRef(values);
  latest.current = values;
  // The same view with new blocks (a modal updated in place): keep what was typed, as Slack does.
  const shape = fingerprint(blocks);
  const [seenShape, setSeenShape] = useState(shape);
  if (shape !== seenShape) {
    setSeenShape(shape);
    const carried = carryInputs(latest.current, initialValues(blocks, payload.message?.channelId), blocks);
    latest.current = carried;
    setValues(carried);
    setClientErrors({});
  }

  const update = useCallback(
    (blockId: string, actionId: string, state: StateValue, action?: Json) => {
      const next = { ...latest.current, [blockId]: { ...latest.current[blockId], [actionId]: state } };
      latest.current = next;
      setValues(next);
      setClientErrors((errors) => {
        if (!(blockId in errors)) return errors;
        const { [blockId]: _cleared, ...rest } = errors;
        return rest;
      });
      if (action)
        onAction?.(blockActionsPayload(payload, { ...action, block_id: blockId, action_id: actionId }, next));
    },
    [onAction, payload],
  );

  const act = useCallback(
    (action: Json) => onAction?.(blockActionsPayload(payload, action, latest.current)),
    [onAction, payload],
  );

  const submit = useCallback(() => {
    const errors = validateInputs(blocks, latest.current);
    setClientErrors(errors);
    if (Object.keys(errors).length === 0) onSubmit?.(viewSubmissionPayload(payload, latest.current));
  }, [blocks, onSubmit, payload]);

  const close = useCallback(() => {
    if (payload.view?.notify_on_close === true) onClose?.(viewClosedPayload(payload, latest.current));
  }, [onClose, payload]);

  const value = useMemo<Interaction>(
    () => ({
      values,
      update,
      act,
      errorFor: (blockId) => clientErrors[blockId] ?? inputErrors?.[blockId],
      submit,
      close,
    }),
    [values, update, act, clientErrors, inputErrors, submit, close],
  );
  return <InteractionContext.Provider value={value}>{children}</InteractionContext.Provider>;
}

export function useInteraction(): Interaction {
  return useContext(InteractionContext);
}

/** The current `state.values` entry of one element. */
export function useElementState(blockId: string, actionId: string): StateValue | undefined {
  return useContext(InteractionContext).values[blockId]?.[actionId];
}
