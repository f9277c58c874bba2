'use client';

import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from 'react';
import {
  BlockKitView,
  type Resolver,
  type Theme,
  type ViewerContext,
  type Width,
} from '@/components/block-kit';
import { blockKitBuilderUrl } from './builder-url';
import { CopyButton, ErrorList, Segmented } from './controls';
import { parseJson, pretty } from './json-text';
import { PayloadView, type ShownPayload } from './payload-view';
import styles from './preview.module.css';
import { PropsForm } from './props-form';
import { isPlainObject } from './props-paths';
import type { PreviewStory, RenderResult, RenderStory } from './types';
import { writeViewQuery } from './view-query';

export interface StoryWorkbenchProps {
  story: PreviewStory;
  /** The fixture props rendered on the server for the first paint. */
  initial: RenderResult;
  /** Server Action: renders the story with edited props through jsx-slack. */
  render: RenderStory;
  theme: Theme;
  width: Width;
  /** Display names for `<@U…>` mentions. */
  names: Record<string, string>;
}

type Tab = 'controls' | 'json' | 'payload';

const themes = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
] as const;
const widths = [
  { value: 'desktop', label: 'Desktop' },
  { value: 'mobile', label: 'Mobile' },
] as const;

/** 24 Nov 2026, 2:15 PM in New York: the fixtures' "now". */
const MESSAGE_TS = '1795547700.000200';

function viewerFor(props: Record<string, unknown>): ViewerContext {
  const member = isPlainObject(props.member) ? props.member : {};
  const text = (v: unknown, fallback: string) => (typeof v === 'string' && v ? v : fallback);
  return {
    userId: text(member.userId, 'U0MEMBER01'),
    userName: text(member.name, 'Ana Lima'),
    teamId: 'T0HOMEROOM',
    apiAppId: 'A0HOMEROOM',
    // Server and browser ICU builds disagree on non-English date formats (Node here prints "AM 4:15"
    // for ko-KR, Chromium "오전 4:15"), which breaks hydration; the view's own text keeps its locale.
    locale: 'en-US',
    timeZone: text(member.timeZone, 'America/New_York'),
  };
}

export function StoryWorkbench({
  story,
  initial,
  render,
  theme: initialTheme,
  width: initialWidth,
  names,
}: StoryWorkbenchProps) {
  const [theme, setTheme] = useState<Theme>(initialTheme);
  const [width, setWidth] = useState<Width>(initialWidth);
  const [props, setProps] = useState<Record<string, unknown>>(story.props);
  const [propsText, setPropsText] = useState(() => pretty(story.props));
  const [parseError, setParseError] = useState<string | null>(null);
  const [result, setResult] = useState<RenderResult>(initial);
  const [lastGood, setLastGood] = useState<unknown>(initial.json);
  const [tab, setTab] = useState<Tab>('controls');
  const [payload, setPayload] = useState<ShownPayload | null>(null);
  const [pending, startTransition] = useTransition();
  const sequence = useRef(0);

  useEffect(() => {
    if (props === story.props) {
      sequence.current += 1;
      setResult(initial);
      setLastGood(initial.json);
      return;
    }
    const mine = ++sequence.current;
    const timer = setTimeout(() => {
      startTransition(async () => {
        let next: RenderResult;
        try {
          next = await render(story.id, props);
        } catch (err) {
          next = {
            json: null,
            errors: [],
            error: `The server could not render: ${err instanceof Error ? err.message : String(err)}`,
          };
        }
        if (mine !== sequence.current) return;
        setResult(next);
        if (!next.error) setLastGood(next.json);
      });
    }, 180);
    return () => clearTimeout(timer);
  }, [props, story.props, story.id, initial, render]);

  const editProps = useCallback((next: Record<string, unknown>) => {
    setProps(next);
    setPropsText(pretty(next));
    setParseError(null);
  }, []);

  const editText = (text: string) => {
    setPropsText(text);
    const parsed = parseJson(text);
    if (!parsed.ok) return setParseError(parsed.message);
    if (!isPlainObject(parsed.value))
      return setParseError('Props must be a JSON object, like { "member": { … } }.');
    setParseError(null);
    setProps(parsed.value);
  };

  const reset = () => editProps(story.props);

  const show = useCallback((kind: string) => {
    return (data: Record<string, unknown>) => {
      setPayload({ kind, data, at: Date.now() });
      setTab('payload');
    };
  }, []);
  const handlers = useMemo(
    () => ({
      onAction: show('block_actions'),
      onSubmit: show('view_submission'),
      onClose: show('view_closed'),
    }),
    [show],
  );

  const resolver = useMemo<Resolver>(() => ({ user: (id) => names[id] }), [names]);
  const viewer = useMemo(() => viewerFor(props), [props]);
  const json = result.error ? lastGood : result.json;
  const jsonText = useMemo(() => pretty(json), [json]);
  const edited = props !== story.props;

  const changeTheme = (next: Theme) => {
    setTheme(next);
    writeViewQuery(next, width);
  };
  const changeWidth = (next: Width) => {
    setWidth(next);
    writeViewQuery(theme, next);
  };

  return (
    <>
      <header className={styles.toolbar}>
        <div className={styles.titleBlock}>
          <h1 className={styles.title}>{story.title}</h1>
          <p className={styles.subtitle}>
            {story.group} · {story.surface} · <code>{story.id}</code>
            {edited ? ' · edited' : ''}
          </p>
        </div>
        <div className={styles.tools}>
          <Segmented label="Theme" value={theme} options={themes} onChange={changeTheme} />
          <Segmented label="Width" value={width} options={widths} onChange={changeWidth} />
          <a
            className={styles.linkButton}
            href={blockKitBuilderUrl(story.surface, json)}
            target="_blank"
            rel="noopener noreferrer"
          >
            Open in Block Kit Builder ↗
          </a>
        </div>
      </header>
      <div className={styles.workspace}>
        <section
          className={`${styles.stage} ${theme === 'dark' ? styles.stageDark : ''}`}
          aria-label="Canvas"
        >
          {story.description ? <p className={styles.description}>{story.description}</p> : null}
          {result.error ? (
            <div className={styles.fatal} role="alert" data-testid="render-error">
              {result.error}
            </div>
          ) : (
            <ErrorList errors={result.errors} expected={story.expectErrors} />
          )}
          <div
            className={`${styles.canvas} ${pending ? styles.busy : ''}`}
            data-testid="canvas"
            aria-busy={pending}
          >
            <div className={`${styles.canvasInner} ${width === 'mobile' ? styles.canvasMobile : ''}`}>
              {json === null || json === undefined ? null : (
                <BlockKitView
                  surface={story.surface}
                  view={json}
                  theme={theme}
                  width={width}
                  resolver={resolver}
                  viewer={viewer}
                  message={{ appName: 'Homeroom', ts: MESSAGE_TS, ephemeral: story.ephemeral }}
                  errors={result.error ? [] : result.errors}
                  {...handlers}
                />
              )}
            </div>
          </div>
        </section>
        <aside className={styles.panel} aria-label="Inspector">
          <div className={styles.tabs} role="tablist">
            {(['controls', 'json', 'payload'] as const).map((t) => (
              <button
                key={t}
                type="button"
                role="tab"
                id={`tab-${t}`}
                aria-selected={tab === t}
                aria-controls={`panel-${t}`}
                className={styles.tab}
                onClick={() => setTab(t)}
              >
                {t === 'controls' ? 'Controls' : t === 'json' ? 'JSON' : 'Last payload'}
                {t === 'payload' && payload ? <span className={styles.badge}>1</span> : null}
              </button>
            ))}
          </div>
          <div className={styles.tabPanel} role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
            {tab === 'controls' ? (
              <>
                <div className={styles.panelActions}>
                  <button type="button" className={styles.button} onClick={reset} disabled={!edited}>
                    Reset to fixture
                  </button>
                  <span className={styles.hint}>
                    {pending ? 'Rendering…' : 'Rendered by jsx-slack on the server'}
                  </span>
                </div>
                <PropsForm value={props} initial={story.props} choices={story.choices} onChange={editProps} />
                <label className={styles.field} style={{ marginTop: 8 }}>
                  <span>Props as JSON</span>
                  <textarea
                    className={`${styles.editor} ${parseError ? styles.editorInvalid : ''}`}
                    spellCheck={false}
                    value={propsText}
                    onChange={(e) => editText(e.target.value)}
                    aria-invalid={parseError ? true : undefined}
                    data-testid="props-json"
                  />
                </label>
                {parseError ? (
                  <p className={styles.parseError} role="alert">
                    {parseError}
                  </p>
                ) : null}
              </>
            ) : null}
            {tab === 'json' ? (
              <>
                <div className={styles.panelActions}>
                  <CopyButton text={jsonText} />
                  <span className={styles.hint}>
                    {story.surface === 'message'
                      ? 'chat.postMessage arguments'
                      : `views.${story.surface === 'home' ? 'publish' : 'open'} view`}
                  </span>
                </div>
                <pre className={styles.code} data-testid="story-json">
                  {jsonText}
                </pre>
              </>
            ) : null}
            {tab === 'payload' ? <PayloadView payload={payload} /> : null}
          </div>
        </aside>
      </div>
    </>
  );
}
