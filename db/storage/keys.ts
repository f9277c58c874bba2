import crypto from 'node:crypto';
/** Storage keys and the image types they may carry; shared by both stores and the /files route. */

/** Images are immutable under their random key: cache them for a year. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/** Accepted image types, by the extension their key carries. */
export const imageTypes = {
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
} as const;
export type ImageExt = keyof typeof imageTypes;

/** A key is a random UUID and the image's extension: nothing a path could be built from. */
export const KEY_PATTERN =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(png|jpg|gif|webp)$/;

export function newKey(ext: ImageExt): string {
  return `${crypto.randomUUID()}.${ext}`;
}

export function contentTypeOfKey(key: string): string | undefined {
  const match = KEY_PATTERN.exec(key);
  return match ? imageTypes[match[1] as ImageExt] : undefined;
}
