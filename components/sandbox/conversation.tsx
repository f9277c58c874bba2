'use client';

import { useEffect, useRef } from 'react';
import type { Payload, Resolver, ViewerContext } from '@/components/block-kit';
import { Composer } from './composer';
import { MessageItem } from './message-item';
import styles from './sandbox.module.css';
import type { Act } from './sandbox-app';
import type { SandboxConversationJson, SandboxMessageJson, SandboxSnapshot } from './types';

/** A channel or DM: its messages, the thread pane when one is open, and a composer for each. */
export function Conversation({
  snap,
  conversation,
  viewer,
  resolver,
  onAction,
  act,
  onError,
  onOpenThread,
  onRefresh,
}: {
  snap: SandboxSnapshot;
  conversation: SandboxConversationJson;
  viewer: ViewerContext;
  resolver: Resolver;
  onAction(payload: Payload): void;
  act: Act;
  onError(message: string): void;
  onOpenThread(ts: string | null): void;
  onRefresh(): Promise<void>;
}) {
  const { channel, messages, thread } = conversation;
  const listRef = useRef<HTMLDivElement>(null);
  const lastTs = messages.at(-1)?.ts;
  // Keep the newest message in view, as Slack does when something arrives.
  useEffect(() => {
    if (lastTs && listRef.current) listRef.current.scrollTop = listRef.current.scrollHeight;
  }, [lastTs]);

  const isDm = channel.kind === 'im' || channel.kind === 'mpim';
  const title = isDm ? channel.label : `${channel.kind === 'private' ? '🔒' : '#'} ${channel.label}`;
  const item = (m: SandboxMessageJson, inThread: boolean) => (
    <MessageItem
      key={m.ts}
      message={m}
      channelId={channel.id}
      author={snap.members.find((p) => p.id === m.userId)}
      viewer={viewer}
      resolver={resolver}
      onAction={onAction}
      onReply={inThread ? undefined : () => onOpenThread(m.ts)}
    />
  );

  return (
    <div className={styles.conversation}>
      <section className={styles.channelPane} data-testid="conversation" aria-label={channel.label}>
        <div className={styles.paneHeader}>
          <strong>{title}</strong>
          {channel.topic && <span className={styles.topic}>{channel.topic}</span>}
        </div>
        <div className={styles.messageList} ref={listRef}>
          <div className={styles.intro}>
            {isDm ? (
              <>
                This is the very beginning of your direct message history with{' '}
                <strong>{channel.label}</strong>.
              </>
            ) : (
              <>
                This is the very beginning of the <strong>{title}</strong> channel. {channel.topic}
              </>
            )}
          </div>
          {messages.map((m) => item(m, false))}
        </div>
        <Composer
          placeholder={`Message ${isDm ? channel.label : `#${channel.label}`}`}
          userId={snap.me.id}
          channelId={channel.id}
          act={act}
          onError={onError}
          onShared={onRefresh}
        />
      </section>
      {thread && (
        <section className={styles.threadPane} data-testid="thread" aria-label="Thread">
          <div className={styles.paneHeader}>
            <strong>Thread</strong>
            <span className={styles.topic}>{title}</span>
            <button
              type="button"
              className={styles.iconButton}
              aria-label="Close thread"
              onClick={() => onOpenThread(null)}
            >
              ✕
            </button>
          </div>
          <div className={styles.messageList}>{thread.messages.map((m) => item(m, true))}</div>
          <Composer
            placeholder="Reply…"
            userId={snap.me.id}
            channelId={channel.id}
            threadTs={thread.parentTs}
            act={act}
            onError={onError}
            onShared={onRefresh}
          />
        </section>
      )}
    </div>
  );
}
