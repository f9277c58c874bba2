'use client';

import { useMemo, useState } from 'react';
import { BlockKitView, type Theme, validateSurface, type Width } from '@/components/block-kit';
import { blockKitBuilderUrl } from './builder-url';
import { ErrorList, Segmented } from './controls';
import { type SurfaceChoice, toSurfaceView } from './detect-surface';
import { parseJson, pretty } from './json-text';
import { PayloadView, type ShownPayload } from './payload-view';
import styles from './preview.module.css';
import { writeViewQuery } from './view-query';

const pt = (text: string) => ({ type: 'plain_text', text });
const md = (text: string) => ({ type: 'mrkdwn', text });

/** Starting points, one per surface. */
const samples = {
  message: {
    blocks: [
      {
        type: 'section',
        text: md(':wave: *Hello!* Paste any Block Kit JSON here.'),
        accessory: { type: 'button', action_id: 'playground_hello', text: pt('Click me'), value: 'hello' },
      },
      { type: 'context', elements: [md('A message, a blocks array, a modal or a Home tab view.')] },
    ],
  },
  modal: {
    type: 'modal',
    callback_id: 'playground_modal',
    title: pt('Time off'),
    submit: pt('Send'),
    close: pt('Cancel'),
    blocks: [
      {
        type: 'input',
        block_id: 'kind',
        label: pt('Kind'),
        element: {
          type: 'static_select',
          action_id: 'kind',
          options: ['Vacation', 'Sick leave', 'Remote day'].map((o, i) => ({ text: pt(o), value: `k${i}` })),
          initial_option: { text: pt('Vacation'), value: 'k0' },
        },
      },
      {
        type: 'input',
        block_id: 'from',
        label: pt('From'),
        element: { type: 'datepicker', action_id: 'from', initial_date: '2026-12-21' },
      },
      {
        type: 'input',
        block_id: 'reason',
        optional: true,
        label: pt('Reason'),
        element: { type: 'plain_text_input', action_id: 'reason', multiline: true },
      },
    ],
  },
  home: {
    type: 'home',
    blocks: [
      { type: 'header', text: pt('Good morning') },
      { type: 'section', text: md('*Today*\n:white_circle: Not checked in') },
      {
        type: 'actions',
        elements: [
          { type: 'button', action_id: 'in', style: 'primary', text: pt('Check in'), value: 'office' },
          { type: 'button', action_id: 'remote', text: pt('Remote'), value: 'remote' },
        ],
      },
      { type: 'divider' },
      { type: 'context', elements: [md('Home tabs take up to 100 blocks.')] },
    ],
  },
} as const;

const SAMPLE = pretty(samples.message);

const surfaces = [
  { value: 'auto', label: 'Auto' },
  { value: 'message', label: 'Message' },
  { value: 'modal', label: 'Modal' },
  { value: 'home', label: 'Home' },
] as const;

export function Playground({ theme: initialTheme, width: initialWidth }: { theme: Theme; width: Width }) {
  const [text, setText] = useState(SAMPLE);
  const [choice, setChoice] = useState<SurfaceChoice>('auto');
  const [theme, setTheme] = useState<Theme>(initialTheme);
  const [width, setWidth] = useState<Width>(initialWidth);
  const [payload, setPayload] = useState<ShownPayload | null>(null);

  const outcome = useMemo(() => {
    const parsed = parseJson(text);
    if (!parsed.ok) return { ok: false as const, message: parsed.message };
    const shaped = toSurfaceView(parsed.value, choice);
    if (!shaped.ok) return shaped;
    return { ...shaped, errors: validateSurface(shaped.surface, shaped.view) };
  }, [text, choice]);

  const show = (kind: string) => (data: Record<string, unknown>) =>
    setPayload({ kind, data, at: Date.now() });

  return (
    <>
      <header className={styles.toolbar}>
        <div className={styles.titleBlock}>
          <h1 className={styles.title}>Playground</h1>
          <p className={styles.subtitle}>
            Paste Block Kit JSON; it renders and is checked against Slack's limits as you type.
          </p>
        </div>
        <div className={styles.tools}>
          <Segmented
            label="Theme"
            value={theme}
            options={[
              { value: 'light', label: 'Light' },
              { value: 'dark', label: 'Dark' },
            ]}
            onChange={(t) => {
              setTheme(t);
              writeViewQuery(t, width);
            }}
          />
          <Segmented
            label="Width"
            value={width}
            options={[
              { value: 'desktop', label: 'Desktop' },
              { value: 'mobile', label: 'Mobile' },
            ]}
            onChange={(w) => {
              setWidth(w);
              writeViewQuery(theme, w);
            }}
          />
          {outcome.ok ? (
            <a
              className={styles.linkButton}
              href={blockKitBuilderUrl(outcome.surface, outcome.view)}
              target="_blank"
              rel="noopener noreferrer"
            >
              Open in Block Kit Builder ↗
            </a>
          ) : null}
        </div>
      </header>
      <div className={styles.playground}>
        <section className={styles.playgroundInput} aria-label="Input">
          <div className={styles.panelActions}>
            <label className={styles.hint} htmlFor="playground-surface">
              Surface
            </label>
            <select
              id="playground-surface"
              className={styles.select}
              value={choice}
              onChange={(e) => setChoice(e.target.value as SurfaceChoice)}
            >
              {surfaces.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
            <button
              type="button"
              className={styles.button}
              onClick={() => {
                const parsed = parseJson(text);
                if (parsed.ok) setText(pretty(parsed.value));
              }}
            >
              Format
            </button>
            <select
              className={styles.select}
              aria-label="Load a sample"
              value=""
              onChange={(e) => {
                const key = e.target.value as keyof typeof samples;
                if (key in samples) setText(pretty(samples[key]));
              }}
            >
              <option value="">Load a sample…</option>
              <option value="message">Message</option>
              <option value="modal">Modal</option>
              <option value="home">Home tab</option>
            </select>
            {outcome.ok ? (
              <span className={styles.note} data-testid="detected-surface">
                {choice === 'auto' ? `Detected: ${outcome.surface}` : `Shown as ${outcome.surface}`}
                {outcome.note ? ` · ${outcome.note}` : ''}
              </span>
            ) : null}
          </div>
          <textarea
            className={`${styles.editor} ${outcome.ok ? '' : styles.editorInvalid}`}
            spellCheck={false}
            aria-label="Block Kit JSON"
            aria-invalid={outcome.ok ? undefined : true}
            data-testid="playground-input"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          {outcome.ok ? null : (
            <p className={styles.parseError} role="alert" data-testid="playground-error">
              {outcome.message}
            </p>
          )}
        </section>
        <section
          className={`${styles.stage} ${theme === 'dark' ? styles.stageDark : ''}`}
          aria-label="Canvas"
        >
          {outcome.ok ? <ErrorList errors={outcome.errors} /> : null}
          <div className={styles.canvas} data-testid="canvas">
            <div className={`${styles.canvasInner} ${width === 'mobile' ? styles.canvasMobile : ''}`}>
              {outcome.ok ? (
                <BlockKitView
                  surface={outcome.surface}
                  view={outcome.view}
                  theme={theme}
                  width={width}
                  errors={outcome.errors}
                  onAction={show('block_actions')}
                  onSubmit={show('view_submission')}
                  onClose={show('view_closed')}
                />
              ) : (
                <p className={styles.description}>Nothing to show until the JSON parses.</p>
              )}
            </div>
          </div>
          <div className={styles.panel} style={{ borderRadius: 8, border: '1px solid #e3e3e6' }}>
            <div className={styles.tabPanel}>
              <h2 className={styles.navGroup} style={{ margin: '0 0 8px', padding: 0 }}>
                Last payload
              </h2>
              <PayloadView payload={payload} />
            </div>
          </div>
        </section>
      </div>
    </>
  );
}
