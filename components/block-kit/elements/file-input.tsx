'use client';

import styles from '../block-kit.module.css';
import { num, str } from '../composition/json';
import { shortId } from '../interaction/ids';
import { useInteraction } from '../interaction/provider';
import type { LeafProps } from './element-props';

/** File input: picked files appear in `state.values` as Slack file objects (with preview-made ids). */
export function FileInput({ element, blockId, label }: LeafProps) {
  const { values, update } = useInteraction();
  const actionId = str(element.action_id) ?? '';
  const files = values[blockId]?.[actionId]?.files;
  const maxFiles = num(element.max_files) ?? 10;
  const filetypes = Array.isArray(element.filetypes)
    ? element.filetypes.filter((type): type is string => typeof type === 'string')
    : [];
  return (
    <div className={styles.fileInput}>
      <input
        type="file"
        aria-label={label ?? 'Upload files'}
        multiple={maxFiles > 1}
        accept={filetypes.length > 0 ? filetypes.map((type) => `.${type}`).join(',') : undefined}
        onChange={(event) => {
          const picked = Array.from(event.target.files ?? []).slice(0, maxFiles);
          update(blockId, actionId, {
            type: 'file_input',
            files: picked.map((file) => ({
              id: `F${shortId(`${file.name}/${file.size}`, 10).toUpperCase()}`,
              name: file.name,
              title: file.name,
              mimetype: file.type,
              filetype: file.name.includes('.') ? (file.name.split('.').pop() ?? '') : '',
              size: file.size,
            })),
          });
        }}
      />
      <span className={styles.muted}>
        {Array.isArray(files) && files.length > 0
          ? `${files.length} file${files.length === 1 ? '' : 's'} selected`
          : 'Drag and drop or click to upload'}
      </span>
    </div>
  );
}
