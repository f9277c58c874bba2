import {
  BlockKitView,
  type Payload,
  type Resolver,
  renderMrkdwn,
  type ViewerContext,
} from '@/components/block-kit';
import styles from './sandbox.module.css';
import type { SandboxMemberJson, SandboxMessageJson } from './types';

function timeOf(ts: string, viewer: ViewerContext): string {
  const at = new Date(Number.parseFloat(ts) * 1000);
  try {
    return new Intl.DateTimeFormat(viewer.locale, {
      hour: 'numeric',
      minute: '2-digit',
      timeZone: viewer.timeZone,
    }).format(at);
  } catch {
    return at.toISOString().slice(11, 16);
  }
}

function Files({ message }: { message: SandboxMessageJson }) {
  if (message.files.length === 0) return null;
  return (
    <div className={styles.files}>
      {message.files.map((f) =>
        f.mimetype.startsWith('image/') ? (
          <a key={f.id} href={f.url} target="_blank" rel="noreferrer" className={styles.fileImage}>
            {/* biome-ignore lint/performance/noImgElement: shared files are served by the sandbox, any size. */}
            <img src={f.url} alt={f.title} />
          </a>
        ) : (
          <a key={f.id} href={f.url} className={styles.fileChip}>
            📄 {f.title} · {Math.ceil(f.size / 1024)} KB
          </a>
        ),
      )}
    </div>
  );
}

/** One message: the app's through the Block Kit renderer, a person's as text with avatar and files. */
export function MessageItem({
  message,
  channelId,
  author,
  viewer,
  resolver,
  onAction,
  onReply,
}: {
  message: SandboxMessageJson;
  channelId: string;
  author: SandboxMemberJson | undefined;
  viewer: ViewerContext;
  resolver: Resolver;
  onAction(payload: Payload): void;
  onReply?(): void;
}) {
  const footer = (
    <>
      {message.reactions.length > 0 && (
        <div className={styles.reactions}>
          {message.reactions.map((r) => (
            <span key={r.name} className={styles.reaction}>
              {renderMrkdwn(`:${r.name}:`)} {r.count}
            </span>
          ))}
        </div>
      )}
      {onReply && message.replyCount > 0 && (
        <button type="button" className={styles.threadLink} onClick={onReply}>
          {message.replyCount} {message.replyCount === 1 ? 'reply' : 'replies'}
        </button>
      )}
    </>
  );
  const replyButton = onReply && (
    <button type="button" className={styles.replyButton} aria-label="Reply in thread" onClick={onReply}>
      💬
    </button>
  );
  const common = {
    'data-testid': 'message',
    'data-ts': message.ts,
    'data-bot': message.isBot || undefined,
    'data-ephemeral': message.ephemeral || undefined,
    'data-edited': message.edited || undefined,
  };

  if (message.isBot) {
    return (
      <div className={styles.messageWrap} {...common}>
        <BlockKitView
          key={`${message.ts}:${message.edited}:${JSON.stringify(message.blocks).length}:${message.text.length}`}
          surface="message"
          view={{ text: message.text, blocks: message.blocks ?? [] }}
          viewer={viewer}
          resolver={resolver}
          message={{
            appName: 'Homeroom',
            ts: message.ts,
            channelId,
            ephemeral: message.ephemeral,
            edited: message.edited,
          }}
          onAction={onAction}
        />
        <div className={styles.botExtras}>
          <Files message={message} />
          {footer}
        </div>
        {replyButton}
      </div>
    );
  }

  const name = author?.realName ?? (message.userId === 'USLACKBOT' ? 'Slackbot' : message.userId);
  return (
    <div className={styles.messageWrap} {...common}>
      <article className={styles.userMessage} data-ephemeral={message.ephemeral || undefined}>
        {message.ephemeral && <div className={styles.onlyYou}>👁 Only visible to you</div>}
        <div className={styles.userRow}>
          {author ? (
            // biome-ignore lint/performance/noImgElement: a generated SVG avatar.
            <img
              className={styles.avatar}
              src={`/api/sandbox/avatar/${author.id}`}
              alt=""
              width={36}
              height={36}
            />
          ) : (
            <span className={`${styles.avatar} ${styles.systemAvatar}`} aria-hidden="true">
              {name.charAt(0)}
            </span>
          )}
          <div className={styles.userBody}>
            <div className={styles.userHeader}>
              <span className={styles.userName}>{name}</span>
              <time className={styles.time}>{timeOf(message.ts, viewer)}</time>
            </div>
            {message.text && (
              <div className={styles.userText}>
                {renderMrkdwn(message.text, { resolver, locale: viewer.locale, timeZone: viewer.timeZone })}
                {message.edited && <span className={styles.edited}> (edited)</span>}
              </div>
            )}
            <Files message={message} />
            {footer}
          </div>
        </div>
      </article>
      {replyButton}
    </div>
  );
}
