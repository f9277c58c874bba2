import styles from '../block-kit.module.css';
import { isObj, str } from '../composition/json';
import { fingerprint, withGeneratedIds } from '../interaction/ids';
import type { PayloadContext } from '../interaction/payloads';
import { InteractionProvider } from '../interaction/provider';
import { formatTs } from '../mrkdwn/dates';
import { renderMrkdwn } from '../mrkdwn/render-mrkdwn';
import { renderBlock } from '../render-block';
import { AppAvatar } from './app-avatar';
import type { SurfaceProps } from './surface-props';
import { ViewErrors } from './view-errors';

const defaultTs = '1700000000.000100';

/** A message as the channel shows it: avatar, app name, APP badge, time, then its blocks (or its text). */
export function MessageSurface({ props, ctx, viewer, blockErrors, viewErrors }: SurfaceProps) {
  const view = isObj(props.view) ? props.view : {};
  const blocks = withGeneratedIds(view.blocks);
  const text = str(view.text) ?? '';
  const frame = props.message ?? {};
  const appName = frame.appName ?? 'Homeroom';
  const ts = frame.ts ?? defaultTs;
  const channelId = frame.channelId ?? 'C0PREVIEW';
  const payload: PayloadContext = {
    surface: 'message',
    user: { id: viewer.userId, username: viewer.userName, name: viewer.userName, team_id: viewer.teamId },
    apiAppId: viewer.apiAppId,
    message: {
      ts,
      channelId,
      channelName: ctx.resolver?.channel?.(channelId) ?? channelId,
      ephemeral: frame.ephemeral === true,
      text,
      blocks,
    },
  };
  return (
    <article className={styles.message} data-ephemeral={frame.ephemeral === true || undefined}>
      {frame.ephemeral === true && (
        <div className={styles.ephemeralNote}>
          <span aria-hidden="true">👁</span> Only visible to you
        </div>
      )}
      <div className={styles.messageRow}>
        <AppAvatar appName={appName} iconUrl={frame.iconUrl} />
        <div className={styles.messageBody}>
          <div className={styles.messageHeader}>
            <span className={styles.appName}>{appName}</span>
            <span className={styles.appBadge}>APP</span>
            <time
              className={styles.timestamp}
              dateTime={new Date(Number.parseFloat(ts) * 1000 || 0).toISOString()}
            >
              {formatTs(ts, ctx.locale, ctx.timeZone)}
            </time>
          </div>
          <ViewErrors errors={viewErrors} />
          <InteractionProvider
            key={fingerprint(view.blocks)}
            blocks={blocks}
            payload={payload}
            onAction={props.onAction}
            onSubmit={props.onSubmit}
            onClose={props.onClose}
          >
            {blocks.length > 0 ? (
              blocks.map((block, index) => renderBlock(block, ctx, index, blockErrors.get(index)))
            ) : (
              <div className={styles.text}>{renderMrkdwn(text, ctx)}</div>
            )}
          </InteractionProvider>
          {frame.edited === true && <span className={styles.edited}>(edited)</span>}
        </div>
      </div>
    </article>
  );
}
