import styles from '../block-kit.module.css';
import { isObj, str } from '../composition/json';
import { plainText, renderText } from '../composition/text';
import { safeHref } from '../mrkdwn/safe-url';
import type { BlockProps } from './block-props';

/** Video: title, provider, description and a thumbnail that links to the video (no embedded player). */
export function VideoBlock({ block, ctx }: BlockProps) {
  const title = plainText(block.title);
  const titleUrl = safeHref(str(block.title_url));
  const videoUrl = safeHref(str(block.video_url));
  const thumbnail = safeHref(str(block.thumbnail_url));
  const icon = safeHref(str(block.provider_icon_url));
  return (
    <div className={styles.video}>
      <div className={styles.videoProvider}>
        {/* biome-ignore lint/performance/noImgElement: provider icons are arbitrary remote URLs. */}
        {icon && <img className={styles.contextImage} src={icon} alt="" />}
        {str(block.provider_name)}
        {str(block.author_name) && <span className={styles.muted}> · {str(block.author_name)}</span>}
      </div>
      <div className={styles.videoTitle}>
        {titleUrl ? (
          <a className={styles.link} href={titleUrl} target="_blank" rel="noopener noreferrer">
            {title}
          </a>
        ) : (
          title
        )}
      </div>
      {isObj(block.description) && <div className={styles.text}>{renderText(block.description, ctx)}</div>}
      <a
        className={styles.videoFrame}
        href={videoUrl}
        target="_blank"
        rel="noopener noreferrer"
        aria-label={`Play ${str(block.alt_text) ?? title}`}
      >
        {/* biome-ignore lint/performance/noImgElement: thumbnails are arbitrary remote URLs. */}
        {thumbnail && <img className={styles.image} src={thumbnail} alt={str(block.alt_text) ?? ''} />}
        <span className={styles.play} aria-hidden="true">
          ▶
        </span>
      </a>
    </div>
  );
}
