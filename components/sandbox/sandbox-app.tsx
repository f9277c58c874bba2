'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Payload, Resolver, ViewerContext } from '@/components/block-kit';
import { fetchLog, fetchSnapshot, postAction } from './api';
import { Conversation } from './conversation';
import { EventLog } from './event-log';
import { HomePane } from './home-pane';
import { ModalLayer } from './modal-layer';
import styles from './sandbox.module.css';
import { Sidebar } from './sidebar';
import type { SandboxAction, SandboxLogJson, SandboxSnapshot } from './types';

export interface SandboxAppProps {
  initialUser: string;
  /** 'home' or a channel id */
  initialPlace: string;
  initialThread: string | null;
}

/** Sends what the person did; the answer arrives as a change on the stream. */
export type Act = (action: SandboxAction) => Promise<void>;

/**
 * The Slack-like client. Everything shown comes from /api/sandbox/state; everything done goes to
 * /api/sandbox/action, where it becomes the signed request Slack would send to the app.
 * Rendered only after the first fetch, in the browser, so dates never differ between server and client.
 */
export function SandboxApp({ initialUser, initialPlace, initialThread }: SandboxAppProps) {
  const [user, setUser] = useState(initialUser);
  const [place, setPlace] = useState(initialPlace);
  const [thread, setThread] = useState<string | null>(initialThread);
  const [snap, setSnap] = useState<SandboxSnapshot | null>(null);
  const [logOpen, setLogOpen] = useState(false);
  const [log, setLog] = useState<SandboxLogJson[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [navOpen, setNavOpen] = useState(false);

  const query = useRef({ user, place, thread, logOpen });
  query.current = { user, place, thread, logOpen };
  const inFlight = useRef(false);
  const again = useRef(false);

  const refresh = useCallback(async () => {
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    try {
      do {
        again.current = false;
        const q = query.current;
        const next = await fetchSnapshot({
          user: q.user,
          channel: q.place === 'home' ? undefined : q.place,
          thread: q.thread ?? undefined,
        });
        const now = query.current;
        if (next.me.id !== now.user || now.place !== q.place || now.thread !== q.thread) again.current = true;
        else setSnap(next);
        if (now.logOpen) setLog(await fetchLog());
      } while (again.current);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      inFlight.current = false;
    }
  }, []);

  const act = useCallback<Act>(
    async (action) => {
      const result = await postAction(action);
      if (!result.ok) setError(result.error ?? 'Something went wrong.');
      await refresh();
    },
    [refresh],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: refetch whenever what is shown changes (refresh reads it from a ref).
  useEffect(() => {
    void refresh();
  }, [refresh, user, place, thread, logOpen]);

  // Opening Home (or the app's Messages tab) is an app_home_opened event, as in Slack.
  useEffect(() => {
    if (place === 'home') void act({ type: 'open_home', user });
    else if (place.startsWith('D')) void act({ type: 'open_channel', user, channel: place });
  }, [act, user, place]);

  useEffect(() => {
    const stream = new EventSource('/api/sandbox/stream');
    stream.addEventListener('change', () => void refresh());
    // Reconnects after a server restart: refetch, since changes may have been missed.
    stream.addEventListener('open', () => void refresh());
    return () => stream.close();
  }, [refresh]);

  useEffect(() => {
    const params = new URLSearchParams({ as: user, c: place });
    if (thread) params.set('t', thread);
    window.history.replaceState(null, '', `/sandbox?${params}`);
  }, [user, place, thread]);

  const go = useCallback((next: string) => {
    setPlace(next);
    setThread(null);
    setNavOpen(false);
  }, []);

  const resolver = useMemo<Resolver>(
    () => ({
      user: (id) => snap?.members.find((m) => m.id === id)?.name,
      channel: (id) => snap?.channels.find((c) => c.id === id)?.label,
    }),
    [snap],
  );

  if (!snap) {
    return (
      <div className={styles.loading} data-testid="sandbox-loading">
        {error ?? 'Opening the sandbox workspace…'}
      </div>
    );
  }

  const me = snap.me;
  const viewer: ViewerContext = {
    userId: me.id,
    userName: me.name.toLowerCase(),
    teamId: snap.workspace.teamId,
    apiAppId: snap.workspace.appId,
    locale: me.locale,
    timeZone: me.tz,
  };
  const onAction = (payload: Payload) => void act({ type: 'block_actions', user: me.id, payload });
  const conversation = place !== 'home' ? snap.conversation : null;

  return (
    <div className={styles.app} data-testid="sandbox" data-user={me.id}>
      <header className={styles.topbar}>
        <button
          type="button"
          className={styles.menuButton}
          aria-label="Channels"
          aria-expanded={navOpen}
          onClick={() => setNavOpen((open) => !open)}
        >
          ☰
        </button>
        <span className={styles.workspaceName}>{snap.workspace.name}</span>
        <label className={styles.switcher}>
          <span className={styles.switcherLabel}>Acting as</span>
          <select
            aria-label="Acting as"
            value={me.id}
            onChange={(e) => {
              setUser(e.target.value);
              setThread(null);
              setSnap(null);
            }}
          >
            {snap.members
              .filter((m) => !m.isBot)
              .map((m) => (
                <option key={m.id} value={m.id}>
                  {m.realName}
                </option>
              ))}
          </select>
        </label>
        <span className={styles.meta} data-testid="member-meta">
          {me.role !== 'member' && <span className={styles.roleBadge}>{me.role}</span>}
          {me.locale} · {me.tz.replace(/_/g, ' ')}
        </span>
        <div className={styles.topActions}>
          <button
            type="button"
            className={styles.topButton}
            aria-pressed={logOpen}
            onClick={() => setLogOpen((open) => !open)}
          >
            Event log
          </button>
          <button
            type="button"
            className={styles.topButton}
            onClick={() => {
              if (window.confirm('Reset the sandbox? Every message, view, check-in and request is wiped.')) {
                // Back to a fresh Home tab: the app publishes it again on app_home_opened.
                void act({ type: 'reset' }).then(() =>
                  place === 'home' ? act({ type: 'open_home', user: me.id }) : go('home'),
                );
              }
            }}
          >
            Reset
          </button>
        </div>
      </header>
      {error && (
        <div className={styles.errorBar} role="alert">
          {error}
          <button type="button" aria-label="Dismiss" onClick={() => setError(null)}>
            ✕
          </button>
        </div>
      )}
      <div className={styles.body}>
        <Sidebar snap={snap} place={place} open={navOpen} onGo={go} />
        <main className={styles.main}>
          {place === 'home' ? (
            <HomePane snap={snap} viewer={viewer} resolver={resolver} onAction={onAction} />
          ) : conversation ? (
            <Conversation
              snap={snap}
              conversation={conversation}
              viewer={viewer}
              resolver={resolver}
              onAction={onAction}
              act={act}
              onError={setError}
              onOpenThread={setThread}
              onRefresh={refresh}
            />
          ) : (
            <div className={styles.empty}>This conversation is not available to {me.name}.</div>
          )}
        </main>
        {logOpen && <EventLog entries={log} onClose={() => setLogOpen(false)} />}
      </div>
      {snap.modal.length > 0 && (
        <ModalLayer
          stack={snap.modal}
          viewer={viewer}
          resolver={resolver}
          onAction={onAction}
          act={act}
          userId={me.id}
        />
      )}
    </div>
  );
}
