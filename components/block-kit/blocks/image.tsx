import styles from '../block-kit.module.css';
import { isObj, str } from '../composition/json';
import { plainText } from '../composition/text';
import { imageSource } from '../elements/image';
import type { BlockProps } from './block-props';

/** Image block: optional title above a full-width image. Unsafe sources render as their alt text. */
export function ImageBlock({ block }: BlockProps) {
  const src = imageSource(block);
  const alt = str(block.alt_text) ?? '';
  return (
    <figure className={styles.imageBlock}>
      {isObj(block.title) && <figcaption className={styles.imageTitle}>{plainText(block.title)}</figcaption>}
      {src ? (
        // biome-ignore lint/performance/noImgElement: Block Kit images are arbitrary remote URLs.
        <img className={styles.image} src={src} alt={alt} loading="lazy" />
      ) : (
        <div className={styles.imageMissing} role="img" aria-label={alt}>
          {alt}
        </div>
      )}
    </figure>
  );
}
