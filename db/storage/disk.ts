import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ObjectStore, PutOptions, StoredFile } from '@/db/storage';
import { contentTypeOfKey, IMMUTABLE_CACHE, KEY_PATTERN } from '@/db/storage/keys';

/** Files under DATA_DIR/files, written atomically (temp file, then rename), served at /files/<key>. */
export class DiskStore implements ObjectStore {
  readonly kind = 'disk' as const;
  readonly dir: string;

  constructor(
    dataDir: string,
    private readonly appPublicUrl: string,
  ) {
    this.dir = path.join(dataDir, 'files');
  }

  private pathOf(key: string): string {
    if (!KEY_PATTERN.test(key)) throw new Error(`not a storage key: ${JSON.stringify(key)}`);
    return path.join(this.dir, key);
  }

  async put(key: string, body: Readable, _options: PutOptions): Promise<void> {
    const target = this.pathOf(key);
    await fs.promises.mkdir(this.dir, { recursive: true });
    const temp = path.join(this.dir, `.${key}.${crypto.randomBytes(6).toString('hex')}.part`);
    try {
      await pipeline(body, fs.createWriteStream(temp, { flags: 'wx' }));
      await fs.promises.rename(temp, target);
    } finally {
      await fs.promises.rm(temp, { force: true });
    }
  }

  async delete(key: string): Promise<void> {
    await fs.promises.rm(this.pathOf(key), { force: true });
  }

  publicUrl(key: string): string {
    return `${this.appPublicUrl}/files/${key}`;
  }

  async open(key: string): Promise<StoredFile | undefined> {
    const contentType = contentTypeOfKey(key);
    if (!contentType) return undefined;
    const file = this.pathOf(key);
    let handle: fs.promises.FileHandle;
    try {
      handle = await fs.promises.open(file, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    const { size } = await handle.stat();
    return { body: handle.createReadStream(), size, contentType };
  }
}

/**
 * GET /files/<key> for the disk store: only well-formed keys (no path can be built from them),
 * the type from the key's extension, nosniff, cached for a year. Anything else is a plain 404.
 */
export async function serveStoredFile(store: ObjectStore, key: string): Promise<Response> {
  const notFound = () =>
    new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  if (!store.open || !KEY_PATTERN.test(key)) return notFound();
  const file = await store.open(key);
  if (!file) return notFound();
  return new Response(Readable.toWeb(file.body) as ReadableStream, {
    headers: {
      'content-type': file.contentType,
      'content-length': String(file.size),
      'cache-control': IMMUTABLE_CACHE,
      'x-content-type-options': 'nosniff',
    },
  });
}
