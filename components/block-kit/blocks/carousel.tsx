import styles from '../block-kit.module.css';
import { objs, str } from '../composition/json';
import type { BlockProps } from './block-props';
import { CardBlock } from './card';

/** Carousel: up to 10 cards side by side, scrolling horizontally. */
export function CarouselBlock({ block, ctx }: BlockProps) {
  return (
    <div className={styles.carousel}>
      {objs(block.elements).map((card, index) => (
        <div key={str(card.block_id) ?? index} className={styles.carouselItem}>
          <CardBlock
            block={{ ...card, block_id: str(card.block_id) ?? `${str(block.block_id)}-${index}` }}
            ctx={ctx}
          />
        </div>
      ))}
    </div>
  );
}
