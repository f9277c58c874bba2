'use client';

import { useState } from 'react';
import styles from './sandbox.module.css';
import type { SandboxLogJson } from './types';

const arrow = { to_app: '→ app', web_api: '← Web API' } as const;

/** Every signed request sent to the app and every Web API call the app made, newest first, with JSON. */
export function EventLog({ entries, onClose }: { entries: SandboxLogJson[]; onClose(): void }) {
  const [openId, setOpenId] = useState<number | null>(null);
  return (
    <aside className={styles.logPanel} data-testid="event-log" aria-label="Event log">
      <div className={styles.paneHeader}>
        <strong>Event log</strong>
        <button type="button" className={styles.iconButton} aria-label="Close event log" onClick={onClose}>
          ✕
        </button>
      </div>
      <ol className={styles.logList}>
        {entries.map((e) => (
          <li key={e.id} className={styles.logEntry} data-ok={e.ok} data-direction={e.direction}>
            <button
              type="button"
              className={styles.logSummary}
              aria-expanded={openId === e.id}
              onClick={() => setOpenId(openId === e.id ? null : e.id)}
            >
              <span className={styles.logDirection}>{arrow[e.direction]}</span>
              <span className={styles.logName}>{e.name}</span>
              <span className={styles.logStatus}>{e.ok ? (e.status ?? '') : `✗ ${errorOf(e)}`}</span>
            </button>
            {openId === e.id && (
              <div className={styles.logDetail}>
                <div>{e.direction === 'to_app' ? 'Request (signed, v0)' : 'Arguments'}</div>
                <pre>{JSON.stringify(e.request, null, 2)}</pre>
                <div>Response {e.status ? `(${e.status})` : ''}</div>
                <pre>{e.response == null ? '(empty body)' : JSON.stringify(e.response, null, 2)}</pre>
              </div>
            )}
          </li>
        ))}
        {entries.length === 0 && <li className={styles.empty}>Nothing yet: click something.</li>}
      </ol>
    </aside>
  );
}

function errorOf(e: SandboxLogJson): string {
  const r = e.response as { error?: unknown } | null;
  return typeof r?.error === 'string' ? r.error : String(e.status ?? 'failed');
}
