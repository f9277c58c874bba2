import styles from '../block-kit.module.css';
import { objs, str } from '../composition/json';
import { renderElement } from '../elements/render-element';
import type { BlockProps } from './block-props';

/** Actions: a wrapping row of interactive elements (up to 25). */
export function ActionsBlock({ block, ctx }: BlockProps) {
  const blockId = str(block.block_id) ?? '';
  return (
    <div className={styles.actions}>
      {objs(block.elements).map((element, index) => (
        <div key={str(element.action_id) ?? index} className={styles.actionItem}>
          {renderElement({ element, blockId, ctx, dispatch: true })}
        </div>
      ))}
    </div>
  );
}
