import styles from '../block-kit.module.css';
import { isObj, objs, str } from '../composition/json';
import { plainText, renderText } from '../composition/text';
import { ImageElement } from '../elements/image';
import { renderBlock } from '../render-block';
import type { BlockProps } from './block-props';
import { renderRichText } from './rich-text';

/** Container: a titled (optionally collapsible) group of up to 10 child blocks. */
export function ContainerBlock({ block, ctx }: BlockProps) {
  const title = isObj(block.rich_text_title)
    ? renderRichText(block.rich_text_title.elements, ctx)
    : plainText(block.title);
  const head = (
    <span className={styles.cardHead}>
      {isObj(block.icon) && <ImageElement element={block.icon} size="context" />}
      <span>
        <span className={styles.cardTitle}>{title}</span>
        {isObj(block.subtitle) && <span className={styles.muted}> {renderText(block.subtitle, ctx)}</span>}
      </span>
    </span>
  );
  const children = objs(block.child_blocks).map((child, index) =>
    renderBlock({ ...child, block_id: str(child.block_id) ?? `${str(block.block_id)}-${index}` }, ctx, index),
  );
  if (block.is_collapsible === true) {
    return (
      <details
        className={styles.container}
        data-width={str(block.width)}
        open={block.default_collapsed !== true}
      >
        <summary>{head}</summary>
        {children}
      </details>
    );
  }
  return (
    <div className={styles.container} data-width={str(block.width)}>
      {head}
      {block.has_header_divider === true && <hr className={styles.divider} />}
      {children}
    </div>
  );
}
