import type { CSSProperties, ReactNode } from 'react';
import styles from '../block-kit.module.css';
import { isObj, str } from '../composition/json';
import type { Json, RenderContext } from '../types';
import type { BlockProps } from './block-props';
import { renderRichText } from './rich-text';

function cell(value: unknown, ctx: RenderContext): ReactNode {
  if (!isObj(value)) return null;
  if (value.type === 'rich_text') return renderRichText(value.elements, ctx);
  if (value.type === 'raw_number') return String(value.value ?? value.text ?? '');
  return str(value.text) ?? '';
}

function rowsOf(value: unknown): unknown[][] {
  return Array.isArray(value) ? value.filter(Array.isArray) : [];
}

/** Table: rows of raw_text / rich_text cells; the first row is the header. */
export function TableBlock({ block, ctx }: BlockProps) {
  const rows = rowsOf(block.rows);
  const settings: Json[] = Array.isArray(block.column_settings)
    ? block.column_settings.map((setting) => (isObj(setting) ? setting : {}))
    : [];
  const cellStyle = (column: number): CSSProperties => {
    const setting = settings[column];
    const align = str(setting?.align);
    return {
      textAlign: align === 'center' || align === 'right' ? align : 'left',
      whiteSpace: setting?.is_wrapped === true ? 'normal' : 'nowrap',
    };
  };
  const [head, ...body] = rows;
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        {head && (
          <thead>
            <tr>
              {head.map((value, column) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional.
                <th key={column} style={cellStyle(column)}>
                  {cell(value, ctx)}
                </th>
              ))}
            </tr>
          </thead>
        )}
        <tbody>
          {body.map((row, rowIndex) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional.
            <tr key={rowIndex}>
              {row.map((value, column) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional.
                <td key={column} style={cellStyle(column)}>
                  {cell(value, ctx)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
