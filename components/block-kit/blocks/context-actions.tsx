import styles from '../block-kit.module.css';
import { objs, str } from '../composition/json';
import { renderElement } from '../elements/render-element';
import type { BlockProps } from './block-props';

/** Context actions: small feedback and icon buttons under an AI reply (up to 5). */
export function ContextActionsBlock({ block, ctx }: BlockProps) {
  const blockId = str(block.block_id) ?? '';
  return (
    <div className={styles.contextActions}>
      {objs(block.elements).map((element, index) => (
        <span key={str(element.action_id) ?? index}>
          {renderElement({ element, blockId, ctx, dispatch: true })}
        </span>
      ))}
    </div>
  );
}
