'use client';

import styles from './preview.module.css';
import { type Leaf, leaves, type PathSegment, pathKey, setIn } from './props-paths';

interface PropsFormProps {
  value: Record<string, unknown>;
  /** Fixture props: a field that was null there turns back into null when cleared. */
  initial: Record<string, unknown>;
  choices?: Record<string, readonly string[]>;
  onChange(next: Record<string, unknown>): void;
}

function getIn(root: unknown, path: readonly PathSegment[]): unknown {
  let here = root;
  for (const segment of path) {
    if (typeof here !== 'object' || here === null) return undefined;
    here = (here as Record<string | number, unknown>)[segment];
  }
  return here;
}

const LARGE_SECTION = 24;

/** A form generated from the props' shape: strings, numbers, booleans; structure is edited as JSON. */
export function PropsForm({ value, initial, choices, onChange }: PropsFormProps) {
  const sections = Object.keys(value).map((key) => ({ key, fields: leaves(value[key], [key]) }));
  const update = (path: PathSegment[], next: unknown) =>
    onChange(setIn(value, path, next) as Record<string, unknown>);

  if (sections.length === 0) return <p className={styles.hint}>This story takes no props.</p>;
  return (
    <form onSubmit={(e) => e.preventDefault()} aria-label="Story props">
      {sections.map(({ key, fields }) =>
        fields.length === 0 ? (
          <p key={key} className={styles.hint}>
            <code>{key}</code> is empty; add items in the JSON editor below.
          </p>
        ) : (
          <details key={key} className={styles.fieldset} open={fields.length <= LARGE_SECTION}>
            <summary>
              {key}
              {fields.length > 1 ? <span className={styles.hint}> · {fields.length} fields</span> : null}
            </summary>
            <div className={styles.fields}>
              {fields.map((leaf) => (
                <Field
                  key={pathKey(leaf.path)}
                  leaf={leaf}
                  wasNull={getIn(initial, leaf.path) === null}
                  choices={choices?.[pathKey(leaf.path)]}
                  onChange={(next) => update(leaf.path, next)}
                />
              ))}
            </div>
          </details>
        ),
      )}
    </form>
  );
}

function Field({
  leaf,
  wasNull,
  choices,
  onChange,
}: {
  leaf: Leaf;
  wasNull: boolean;
  choices?: readonly string[];
  onChange(next: unknown): void;
}) {
  const name = pathKey(leaf.path);
  const label = <span>{name}</span>;
  if (leaf.kind === 'boolean') {
    return (
      <label className={`${styles.field} ${styles.checkbox}`}>
        <input
          type="checkbox"
          name={name}
          checked={leaf.value}
          onChange={(e) => onChange(e.target.checked)}
        />
        {label}
      </label>
    );
  }
  if (leaf.kind === 'number') {
    return (
      <label className={styles.field}>
        {label}
        <input
          type="number"
          name={name}
          value={Number.isFinite(leaf.value) ? leaf.value : 0}
          onChange={(e) => onChange(e.target.value === '' ? 0 : Number(e.target.value))}
        />
      </label>
    );
  }
  const text = leaf.kind === 'string' ? leaf.value : '';
  // A cleared field goes back to null when the fixture had null there (optional props).
  const fromText = (next: string) => (next === '' && (wasNull || leaf.kind === 'null') ? null : next);
  if (choices && (leaf.kind === 'null' || choices.includes(text))) {
    return (
      <label className={styles.field}>
        {label}
        <select name={name} value={text} onChange={(e) => onChange(fromText(e.target.value))}>
          {leaf.kind === 'null' ? <option value="">null</option> : null}
          {choices.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
    );
  }
  const placeholder = leaf.kind === 'null' ? 'null' : undefined;
  if (text.length > 60 || text.includes('\n')) {
    return (
      <label className={styles.field}>
        {label}
        <textarea name={name} value={text} onChange={(e) => onChange(fromText(e.target.value))} />
      </label>
    );
  }
  return (
    <label className={styles.field}>
      {label}
      <input
        type="text"
        name={name}
        value={text}
        placeholder={placeholder}
        onChange={(e) => onChange(fromText(e.target.value))}
      />
    </label>
  );
}
