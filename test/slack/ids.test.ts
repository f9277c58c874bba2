import { describe, expect, it } from 'vitest';
import { ids } from '@/slack/ids';

/** Every string in a nested object, with the path that leads to it. */
function leaves(value: unknown, at: string[] = []): { path: string[]; value: string }[] {
  if (typeof value === 'string') return [{ path: at, value }];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => leaves(v, [...at, key]));
  }
  throw new Error(`unexpected ${typeof value} at ${at.join('.')}`);
}

const snake = (camel: string) => camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const all = leaves(ids);

describe('ids', () => {
  it('has ids to check', () => {
    expect(all.length).toBeGreaterThan(10);
  });

  it('uses every value once', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const { path, value } of all) {
      const other = seen.get(value);
      if (other) duplicates.push(`${value}: ${other} and ${path.join('.')}`);
      seen.set(value, path.join('.'));
    }
    expect(duplicates).toEqual([]);
  });

  it('writes every value in snake_case', () => {
    const offenders = all.filter((l) => !/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/.test(l.value)).map((l) => l.value);
    expect(offenders).toEqual([]);
  });

  it('starts every value with its feature name', () => {
    const offenders = all
      .filter((l) => !l.value.startsWith(`${snake(l.path[0]!)}_`))
      .map((l) => `${l.path.join('.')} = ${l.value}`);
    expect(offenders).toEqual([]);
  });
});
