import styles from '../block-kit.module.css';
import { FieldError } from '../composition/field-error';
import { isObj, str } from '../composition/json';
import { plainText } from '../composition/text';
import { renderElement } from '../elements/render-element';
import type { BlockProps } from './block-props';

/** Input: bold label, "(optional)" marker, the element, a hint, and the field's error message. */
export function InputBlock({ block, ctx }: BlockProps) {
  const blockId = str(block.block_id) ?? '';
  const label = plainText(block.label);
  return (
    <div className={styles.input} data-optional={block.optional === true || undefined}>
      <div className={styles.inputLabel}>
        {label}
        {block.optional === true && <span className={styles.optional}> (optional)</span>}
      </div>
      {isObj(block.element) &&
        renderElement({
          element: block.element,
          blockId,
          ctx,
          dispatch: block.dispatch_action === true,
          label,
        })}
      {isObj(block.hint) && <div className={styles.hint}>{plainText(block.hint)}</div>}
      <FieldError blockId={blockId} />
    </div>
  );
}
