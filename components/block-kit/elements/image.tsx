import styles from '../block-kit.module.css';
import { isObj, str } from '../composition/json';
import { safeHref } from '../mrkdwn/safe-url';
import type { Json } from '../types';

/** The image a Block Kit image carries: `image_url`, or a `slack_file` by URL. */
export function imageSource(element: Json): string | undefined {
  const fromFile = isObj(element.slack_file) ? str(element.slack_file.url) : undefined;
  return safeHref(str(element.image_url) ?? fromFile);
}

/** Image element (section accessory or context item); `data:` and other unsafe sources are not loaded. */
export function ImageElement({
  element,
  size = 'accessory',
}: {
  element: Json;
  size?: 'accessory' | 'context';
}) {
  const src = imageSource(element);
  const alt = str(element.alt_text) ?? '';
  if (!src) {
    return (
      <span className={styles.imageMissing} role="img" aria-label={alt}>
        🖼
      </span>
    );
  }
  return (
    // biome-ignore lint/performance/noImgElement: Block Kit images are arbitrary remote URLs, not optimisable assets.
    <img className={size === 'context' ? styles.contextImage : styles.accessoryImage} src={src} alt={alt} />
  );
}
