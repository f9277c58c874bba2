import type { Readable } from 'node:stream';
import { getStorageEnv, type StorageEnv } from '@/db/env';
import { DiskStore } from '@/db/storage/disk';
import { S3Store } from '@/db/storage/s3';

export * from '@/db/storage/keys';

export interface PutOptions {
  contentType: string;
  /** Known length; S3 needs it to stream without buffering (no multipart upload here). */
  contentLength?: number;
  cacheControl: string;
}

/** Where hosted images live: S3-compatible object storage, or the local disk. */
export interface ObjectStore {
  readonly kind: 's3' | 'disk';
  put(key: string, body: Readable, options: PutOptions): Promise<void>;
  /** Removes the object; removing a missing object is not an error. */
  delete(key: string): Promise<void>;
  publicUrl(key: string): string;
  /** Only the disk store serves files itself (at /files/<key>). */
  open?(key: string): Promise<StoredFile | undefined>;
}

export interface StoredFile {
  body: Readable;
  size: number;
  contentType: string;
}

export function createObjectStore(env: StorageEnv): ObjectStore {
  return env.s3 ? new S3Store(env.s3) : new DiskStore(env.dataDir, env.appPublicUrl);
}

interface StoreGlobal {
  __homeroomStore?: ObjectStore;
}
const holder = globalThis as StoreGlobal;

/** The process-wide store, chosen from the environment on first use. */
export function getObjectStore(): ObjectStore {
  holder.__homeroomStore ??= createObjectStore(getStorageEnv());
  return holder.__homeroomStore;
}

/** Replaces the process-wide store (tests point it at s3rver or a temp folder). */
export function setObjectStore(store: ObjectStore | undefined): void {
  holder.__homeroomStore = store;
}
