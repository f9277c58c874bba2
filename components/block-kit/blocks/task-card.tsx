import styles from '../block-kit.module.css';
import { isObj, objs, str } from '../composition/json';
import { safeHref } from '../mrkdwn/safe-url';
import type { Json, RenderContext } from '../types';
import type { BlockProps } from './block-props';
import { renderRichText } from './rich-text';

const statusIcons: Record<string, string> = { pending: '○', in_progress: '◐', complete: '✓', error: '✕' };

export function TaskCard({ task, ctx }: { task: Json; ctx: RenderContext }) {
  const status = str(task.status) ?? 'pending';
  return (
    <div className={styles.task} data-status={status}>
      <div className={styles.cardTitle}>
        <span role="img" aria-label={status}>
          {statusIcons[status] ?? '○'}
        </span>{' '}
        {str(task.title)}
      </div>
      {isObj(task.details) && <div className={styles.text}>{renderRichText(task.details.elements, ctx)}</div>}
      {isObj(task.output) && <div className={styles.text}>{renderRichText(task.output.elements, ctx)}</div>}
      {Array.isArray(task.sources) && (
        <div className={styles.context}>
          {objs(task.sources).map((source, index) => {
            const href = safeHref(str(source.url));
            const text = str(source.text) ?? str(source.url) ?? '';
            return href ? (
              <a key={href} className={styles.link} href={href} target="_blank" rel="noopener noreferrer">
                {text}
              </a>
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: unsafe sources have no usable identity.
              <span key={index}>{text}</span>
            );
          })}
        </div>
      )}
    </div>
  );
}

/** Task card: one step of an AI agent's work with its status, details, output and sources. */
export function TaskCardBlock({ block, ctx }: BlockProps) {
  return <TaskCard task={block} ctx={ctx} />;
}
