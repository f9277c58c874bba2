'use client';

import { useRef, useState } from 'react';
import { shareFile } from './api';
import styles from './sandbox.module.css';
import type { Act } from './sandbox-app';

/** Sends a message, a `/homeroom …` command, or an image with a comment. Enter sends, Shift+Enter breaks. */
export function Composer({
  placeholder,
  userId,
  channelId,
  threadTs,
  act,
  onError,
  onShared,
}: {
  placeholder: string;
  userId: string;
  channelId: string;
  threadTs?: string;
  act: Act;
  onError(message: string): void;
  onShared(): Promise<void>;
}) {
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [sending, setSending] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const send = async () => {
    if (sending || (!text.trim() && !file)) return;
    setSending(true);
    const body = text;
    setText('');
    try {
      if (file) {
        const result = await shareFile({ user: userId, channel: channelId, threadTs, text: body, file });
        setFile(null);
        if (fileInput.current) fileInput.current.value = '';
        if (!result.ok) onError(result.error ?? 'The file could not be shared.');
        await onShared();
      } else {
        await act({ type: 'message', user: userId, channel: channelId, text: body, threadTs });
      }
    } finally {
      setSending(false);
    }
  };

  return (
    <form
      className={styles.composer}
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      {file && (
        <div className={styles.attachment} data-testid="attachment">
          🖼 {file.name}
          <button type="button" aria-label="Remove attachment" onClick={() => setFile(null)}>
            ✕
          </button>
        </div>
      )}
      <textarea
        className={styles.composerInput}
        aria-label={placeholder}
        placeholder={placeholder}
        rows={1}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
            e.preventDefault();
            void send();
          }
        }}
      />
      <div className={styles.composerBar}>
        <label className={styles.attachButton} title="Attach an image">
          <input
            ref={fileInput}
            type="file"
            accept="image/*"
            aria-label="Attach an image"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          ＋
        </label>
        <span className={styles.composerHint}>
          Try <code>/homeroom help</code>
        </span>
        <button type="submit" className={styles.sendButton} aria-label="Send" disabled={sending}>
          ➤
        </button>
      </div>
    </form>
  );
}
