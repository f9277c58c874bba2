import type { ReactNode } from 'react';
import styles from './block-kit.module.css';
import { ActionsBlock } from './blocks/actions';
import { AlertBlock } from './blocks/alert';
import type { BlockProps } from './blocks/block-props';
import { CardBlock } from './blocks/card';
import { CarouselBlock } from './blocks/carousel';
import { ContainerBlock } from './blocks/container';
import { ContextBlock } from './blocks/context';
import { ContextActionsBlock } from './blocks/context-actions';
import { DataTableBlock } from './blocks/data-table';
import { DividerBlock } from './blocks/divider';
import { FileBlock } from './blocks/file';
import { HeaderBlock } from './blocks/header';
import { ImageBlock } from './blocks/image';
import { InputBlock } from './blocks/input';
import { MarkdownBlock } from './blocks/markdown';
import { PlanBlock } from './blocks/plan';
import { RichTextBlock } from './blocks/rich-text';
import { SectionBlock } from './blocks/section';
import { TableBlock } from './blocks/table';
import { TaskCardBlock } from './blocks/task-card';
import { Unsupported } from './blocks/unsupported';
import { VideoBlock } from './blocks/video';
import { str } from './composition/json';
import type { Json, RenderContext } from './types';

export type BlockType =
  | 'section'
  | 'header'
  | 'divider'
  | 'image'
  | 'context'
  | 'actions'
  | 'input'
  | 'file'
  | 'video'
  | 'rich_text'
  | 'markdown'
  | 'table'
  | 'context_actions'
  | 'alert'
  | 'card'
  | 'carousel'
  | 'container'
  | 'data_table'
  | 'task_card'
  | 'plan';

function content(props: BlockProps): ReactNode {
  const type = props.block.type as BlockType;
  switch (type) {
    case 'section':
      return SectionBlock(props);
    case 'header':
      return HeaderBlock(props);
    case 'divider':
      return DividerBlock();
    case 'image':
      return ImageBlock(props);
    case 'context':
      return ContextBlock(props);
    case 'actions':
      return ActionsBlock(props);
    case 'input':
      return InputBlock(props);
    case 'file':
      return FileBlock(props);
    case 'video':
      return VideoBlock(props);
    case 'rich_text':
      return RichTextBlock(props);
    case 'markdown':
      return MarkdownBlock(props);
    case 'table':
      return TableBlock(props);
    case 'context_actions':
      return ContextActionsBlock(props);
    case 'alert':
      return AlertBlock(props);
    case 'card':
      return CardBlock(props);
    case 'carousel':
      return CarouselBlock(props);
    case 'container':
      return ContainerBlock(props);
    case 'data_table':
      return DataTableBlock(props);
    case 'task_card':
      return TaskCardBlock(props);
    case 'plan':
      return PlanBlock(props);
    default: {
      const unknown: never = type;
      return <Unsupported type={String(unknown)} kind="block" />;
    }
  }
}

/**
 * Renders one block in its wrapper, with any validation messages pinned under it.
 * Block renderers are called as plain functions so a malformed block is caught here, not by the page.
 */
export function renderBlock(block: Json, ctx: RenderContext, index: number, errors?: string[]): ReactNode {
  let body: ReactNode;
  try {
    body = content({ block, ctx });
  } catch {
    body = <Unsupported type={`${String(block.type)} (malformed)`} kind="block" />;
  }
  const blockId = str(block.block_id);
  return (
    <div
      key={`${index}-${blockId ?? ''}`}
      className={styles.block}
      data-block-type={String(block.type)}
      data-block-id={blockId}
      data-block-index={index}
      data-invalid={errors && errors.length > 0 ? true : undefined}
    >
      {body}
      {errors && errors.length > 0 && (
        <ul className={styles.blockErrors} aria-label="Validation errors">
          {errors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
