import styles from '../block-kit.module.css';
import { isObj, objs, str } from '../composition/json';
import { renderText } from '../composition/text';
import { ImageElement, imageSource } from '../elements/image';
import { renderElement } from '../elements/render-element';
import type { BlockProps } from './block-props';

/** Card: hero image, icon, title, subtitle, body and a row of buttons. */
export function CardBlock({ block, ctx }: BlockProps) {
  const blockId = str(block.block_id) ?? '';
  const hero = isObj(block.hero_image) ? imageSource(block.hero_image) : undefined;
  return (
    <div className={styles.card}>
      {hero && isObj(block.hero_image) && (
        // biome-ignore lint/performance/noImgElement: Block Kit images are arbitrary remote URLs.
        <img className={styles.image} src={hero} alt={str(block.hero_image.alt_text) ?? ''} />
      )}
      <div className={styles.cardHead}>
        {isObj(block.icon) && <ImageElement element={block.icon} size="context" />}
        <div>
          {isObj(block.title) && <div className={styles.cardTitle}>{renderText(block.title, ctx)}</div>}
          {isObj(block.subtitle) && <div className={styles.muted}>{renderText(block.subtitle, ctx)}</div>}
        </div>
      </div>
      {isObj(block.body) && <div className={styles.text}>{renderText(block.body, ctx)}</div>}
      {Array.isArray(block.actions) && (
        <div className={styles.actions}>
          {objs(block.actions).map((element, index) => (
            <div key={str(element.action_id) ?? index} className={styles.actionItem}>
              {renderElement({ element, blockId, ctx, dispatch: true })}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
