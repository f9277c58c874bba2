import styles from '../block-kit.module.css';
import { isObj, objs, str } from '../composition/json';
import { renderText } from '../composition/text';
import { renderElement } from '../elements/render-element';
import type { BlockProps } from './block-props';

/** Section: text, up to 10 fields in two columns, and one accessory element on the right. */
export function SectionBlock({ block, ctx }: BlockProps) {
  const fields = objs(block.fields);
  const accessory = isObj(block.accessory) ? block.accessory : undefined;
  return (
    <div className={styles.section} data-expand={block.expand === true || undefined}>
      <div className={styles.sectionBody}>
        {isObj(block.text) && <div className={styles.text}>{renderText(block.text, ctx)}</div>}
        {fields.length > 0 && (
          <div className={styles.fields}>
            {fields.map((field, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: fields have no identity besides their position.
              <div key={index} className={styles.text}>
                {renderText(field, ctx)}
              </div>
            ))}
          </div>
        )}
      </div>
      {accessory && (
        <div className={styles.accessory}>
          {renderElement({ element: accessory, blockId: str(block.block_id) ?? '', ctx, dispatch: true })}
        </div>
      )}
    </div>
  );
}
