import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stories } from '@/slack/previews';

const root = path.resolve(import.meta.dirname, '../..');
const folders = ['home', 'modals', 'messages'] as const;

function viewFiles(): string[] {
  return folders.flatMap((folder) =>
    readdirSync(path.join(root, 'slack/views', folder))
      .filter((name) => name.endsWith('.tsx'))
      .map((name) => `slack/views/${folder}/${name}`),
  );
}

/** Every exported PascalCase function of a view file is a view (shared pieces live in parts/). */
async function exportedViews(file: string): Promise<[string, unknown][]> {
  const mod = (await import(path.join(root, file))) as Record<string, unknown>;
  return Object.entries(mod).filter(([name, value]) => /^[A-Z]/.test(name) && typeof value === 'function');
}

describe('preview coverage', () => {
  const files = viewFiles();

  it('finds view files to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('gives every view exported by %s at least one story', async (file) => {
    const covered = new Set(stories.map((s) => s.view as unknown));
    const views = await exportedViews(file);
    expect(views.length, `${file} exports no view`).toBeGreaterThan(0);
    const missing = views.filter(([, fn]) => !covered.has(fn)).map(([name]) => name);
    expect(missing, `add a story in slack/previews/stories/ for: ${missing.join(', ')}`).toEqual([]);
  });
});
