/** JSON parsing that reports where the text is broken, for editors people type into. */

export type ParseResult = { ok: true; value: unknown } | { ok: false; message: string };

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

export function parseJson(text: string): ParseResult {
  if (text.trim() === '') return { ok: false, message: 'Nothing to parse: the editor is empty.' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    const raw = err instanceof Error ? err.message : String(err);
    const position = /position (\d+)/.exec(raw)?.[1];
    const where = position === undefined ? '' : ` (${lineAndColumn(text, Number(position))})`;
    const reason = raw.replace(/\s*in JSON at position \d+.*$/s, '').replace(/^JSON\.parse: /, '');
    return { ok: false, message: `Malformed JSON${where}: ${reason}` };
  }
}

export function pretty(value: unknown): string {
  return JSON.stringify(value, null, 2) ?? 'undefined';
}
