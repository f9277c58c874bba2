import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const PRAGMA = '/** @jsxImportSource jsx-slack */';
const slackDir = path.resolve(import.meta.dirname, '../../slack');

function tsxFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(full);
    return entry.name.endsWith('.tsx') ? [full] : [];
  });
}

describe('jsx-slack pragma', () => {
  const files = tsxFiles(slackDir);

  it('finds the jsx-slack views', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('starts every slack/**/*.tsx with the jsx-slack pragma on line 1', () => {
    const offenders = files
      .filter((file) => fs.readFileSync(file, 'utf8').split(/\r?\n/, 1)[0] !== PRAGMA)
      .map((file) => path.relative(path.dirname(slackDir), file));
    expect(offenders).toEqual([]);
  });
});
