import styles from '../block-kit.module.css';
import { objs } from '../composition/json';
import { renderText } from '../composition/text';
import { ImageElement } from '../elements/image';
import type { BlockProps } from './block-props';

/** Context: small grey text and tiny images on one line (up to 10 items). */
export function ContextBlock({ block, ctx }: BlockProps) {
  return (
    <div className={styles.context}>
      {objs(block.elements).map((element, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: context items have no identity besides their position.
        <span key={index} className={styles.contextItem}>
          {element.type === 'image' ? (
            <ImageElement element={element} size="context" />
          ) : (
            renderText(element, ctx)
          )}
        </span>
      ))}
    </div>
  );
}
