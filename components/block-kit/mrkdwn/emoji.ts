import shortcodes from 'emojibase-data/en/shortcodes/iamcal.json';

// Slack names emoji after iamcal's emoji-data; emojibase ships the same names keyed by hexcode.
let byName: Map<string, string> | undefined;

function hexToUnicode(hexcode: string): string {
  const points = hexcode.split('-').map((hex) => Number.parseInt(hex, 16));
  const text = String.fromCodePoint(...points);
  // A lone BMP symbol (☀, ❤) needs the emoji presentation selector to be drawn as an emoji.
  return points.length === 1 && (points[0] ?? 0) < 0x1f000 ? `${text}\uFE0F` : text;
}

function table(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  for (const [hexcode, names] of Object.entries(shortcodes as Record<string, string | string[]>)) {
    const unicode = hexToUnicode(hexcode);
    for (const name of Array.isArray(names) ? names : [names]) byName.set(name, unicode);
  }
  return byName;
}

/** The emoji for a shortcode name without colons (`smile`), or undefined when unknown. */
export function emojiFor(name: string): string | undefined {
  return table().get(name.toLowerCase());
}

const shortcode = /:([a-z0-9_+'-]+):/gi;

/** Replaces known `:shortcodes:` in plain text; unknown ones stay as typed. */
export function replaceShortcodes(text: string): string {
  if (!text.includes(':')) return text;
  return text.replace(shortcode, (whole, name: string) => emojiFor(name) ?? whole);
}
