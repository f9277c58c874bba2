'use client';

import { useState } from 'react';
import styles from './preview.module.css';

export function Segmented<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange(value: T): void;
}) {
  return (
    <fieldset className={styles.segmented} aria-label={label} style={{ margin: 0 }}>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          aria-pressed={o.value === value}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </button>
      ))}
    </fieldset>
  );
}

function copyBySelection(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

export function CopyButton({ text, label = 'Copy JSON' }: { text: string; label?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copy() {
    let ok = false;
    try {
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch {
      // The async clipboard needs a secure context (not plain http on a LAN address): fall back to a selection.
      ok = copyBySelection(text);
    }
    setState(ok ? 'copied' : 'failed');
    setTimeout(() => setState('idle'), 1600);
  }
  return (
    <button type="button" className={styles.button} onClick={copy} aria-live="polite">
      {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy blocked: select the text' : label}
    </button>
  );
}

export interface ShownError {
  pointer: string;
  message: string;
  code: string;
}

/** Limit errors from validation, listed above the canvas (the renderer also pins each on its block). */
export function ErrorList({ errors, expected }: { errors: ShownError[]; expected?: boolean }) {
  if (errors.length === 0) {
    return (
      <p className={styles.ok} data-testid="validation-ok">
        ✓ Within Slack's limits
      </p>
    );
  }
  return (
    <section
      className={`${styles.errors} ${expected ? styles.expected : ''}`}
      aria-label="Validation errors"
      data-testid="validation-errors"
    >
      <h2>
        {errors.length} limit {errors.length === 1 ? 'error' : 'errors'}
        {expected ? ' (expected by this story)' : ''}
      </h2>
      <ul>
        {errors.map((e) => (
          <li key={`${e.pointer}|${e.code}|${e.message}`}>
            <code>{e.pointer || '/'}</code> {e.message} <small>({e.code})</small>
          </li>
        ))}
      </ul>
    </section>
  );
}
