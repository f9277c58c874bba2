import type { ReactNode } from 'react';
import styles from '../block-kit.module.css';
import { isObj, num, str } from '../composition/json';
import type { RenderContext } from '../types';
import type { BlockProps } from './block-props';
import { renderRichText } from './rich-text';

function cell(value: unknown, ctx: RenderContext): ReactNode {
  if (!isObj(value)) return null;
  if (value.type === 'rich_text') return renderRichText(value.elements, ctx);
  if (value.type === 'raw_number') return String(value.value ?? value.text ?? '');
  return str(value.text) ?? '';
}

/** Data table: a captioned table whose first row is the header; shows its first page. */
export function DataTableBlock({ block, ctx }: BlockProps) {
  const rows = Array.isArray(block.rows) ? block.rows.filter(Array.isArray) : [];
  const [head = [], ...body] = rows;
  const pageSize = Math.max(1, Math.min(num(block.page_size) ?? 5, 100));
  const page = body.slice(0, pageSize);
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption>{str(block.caption)}</caption>
        <thead>
          <tr>
            {head.map((value, column) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional.
              <th key={column}>{cell(value, ctx)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {page.map((row, rowIndex) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional.
            <tr key={rowIndex}>
              {row.map((value, column) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional.
                <td key={column}>{cell(value, ctx)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {body.length > pageSize && (
        <div className={styles.muted}>
          1–{pageSize} of {body.length} rows
        </div>
      )}
    </div>
  );
}
