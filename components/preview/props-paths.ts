/** Walks a props object to the primitive leaves the controls form can edit. */

export type PathSegment = string | number;

export type Leaf =
  | { path: PathSegment[]; kind: 'string'; value: string }
  | { path: PathSegment[]; kind: 'number'; value: number }
  | { path: PathSegment[]; kind: 'boolean'; value: boolean }
  | { path: PathSegment[]; kind: 'null'; value: null };

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function leaves(value: unknown, path: PathSegment[] = []): Leaf[] {
  if (typeof value === 'string') return [{ path, kind: 'string', value }];
  if (typeof value === 'number') return [{ path, kind: 'number', value }];
  if (typeof value === 'boolean') return [{ path, kind: 'boolean', value }];
  if (value === null) return [{ path, kind: 'null', value: null }];
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, [...path, i]));
  if (isPlainObject(value)) return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [];
}

export function pathKey(path: readonly PathSegment[]): string {
  return path.join('.');
}

/** A copy of `root` with the value at `path` replaced; containers on the way are copied, not mutated. */
export function setIn(root: unknown, path: readonly PathSegment[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (Array.isArray(root) && typeof head === 'number') {
    const copy = [...root];
    copy[head] = setIn(root[head], rest, value);
    return copy;
  }
  const base = isPlainObject(root) ? root : {};
  return { ...base, [head]: setIn(base[head], rest, value) };
}
