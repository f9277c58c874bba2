/** @jsxImportSource jsx-slack */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { WebClient } from '@slack/web-api';
import { fileTypeFromBuffer } from 'file-type';
import { imageSizeFromFile } from 'image-size/fromFile';
import type pino from 'pino';
import { z } from 'zod';
import type { Conn, Db } from '@/db/client';
import { backoffMs, enqueueJob, expediteJob, type JobHandler } from '@/db/jobs';
import {
  findUpload,
  insertUpload,
  markUploadFailed,
  markUploadRejected,
  markUploadStored,
  setUploadKey,
  setUploadReply,
  uploaderOf,
} from '@/db/queries/uploads';
import type { Member, Upload } from '@/db/schema';
import {
  getObjectStore,
  IMMUTABLE_CACHE,
  type ImageExt,
  imageTypes,
  newKey,
  type ObjectStore,
} from '@/db/storage';
import {
  type UploadRejection,
  UploadReply,
  type UploadState,
  uploadReplyText,
} from '@/slack/views/messages/upload-reply';
import type { ViewUpload } from '@/slack/views/parts/types';
import { blocks } from '@/slack/views/render';

export const uploadJobKinds = { store: 'upload.store' } as const;

export const uploadJobKey = (uploadId: number) => `${uploadJobKinds.store}:${uploadId}`;

/**
 * How long a new upload's job waits before it may run on its own. The listener brings it forward as
 * soon as the "Uploading…" reply is recorded; the delay only matters when the process died between
 * the two, and then the job posts the reply itself.
 */
const REPLY_GRACE_MS = 15_000;

export function toViewUpload(upload: Upload): ViewUpload {
  return {
    id: upload.id,
    name: upload.name,
    url: upload.publicUrl ?? '',
    width: upload.width ?? 0,
    height: upload.height ?? 0,
    bytes: upload.bytes ?? 0,
    mimeType: upload.mimeType ?? '',
    link: upload.link,
    description: upload.description,
    createdAt: upload.createdAt.toISOString(),
  };
}

/** The thread reply for an upload in a given state, as chat.postMessage / chat.update arguments. */
export function replyMessage(locale: string, name: string, state: UploadState) {
  const props = { locale, name, ...state };
  return { text: uploadReplyText(props), blocks: blocks(<UploadReply {...props} />) };
}

export function replyForUpload(upload: Upload, locale: string) {
  return replyMessage(locale, upload.name, { status: 'stored', upload: toViewUpload(upload) });
}

export interface SharedFile {
  teamId: string;
  member: Member;
  slackFileId: string;
  name: string;
  channelId: string;
  /** The message the file is in (its thread), when known. */
  threadTs: string | undefined;
}

/**
 * Records a shared file and its durable job, then answers "Uploading…" in the file's thread.
 * Resolves false when the file was recorded before (a retried event, a second share, or the other
 * of `message.file_share` / `file_shared`): only the insert that wins replies.
 */
export async function beginUpload(
  client: WebClient,
  db: Db,
  file: SharedFile,
  log: pino.Logger,
  now = new Date(),
): Promise<boolean> {
  const upload = await db.transaction(async (tx) => {
    const row = await insertUpload(tx, {
      teamId: file.teamId,
      memberId: file.member.id,
      slackFileId: file.slackFileId,
      name: file.name,
      channelId: file.channelId,
      threadTs: file.threadTs,
    });
    if (!row) return undefined;
    await enqueueJob(tx, {
      kind: uploadJobKinds.store,
      payload: { uploadId: row.id },
      dedupeKey: uploadJobKey(row.id),
      runAt: new Date(now.getTime() + REPLY_GRACE_MS),
    });
    return row;
  });
  if (!upload) {
    log.info({ file: file.slackFileId }, 'file already recorded; not uploading it twice');
    return false;
  }
  try {
    const posted = await client.chat.postMessage({
      channel: file.channelId,
      thread_ts: file.threadTs,
      ...replyMessage(file.member.locale, file.name, { status: 'uploading' }),
    });
    if (posted.ts) await setUploadReply(db, upload.id, posted.ts);
  } catch (error) {
    log.warn({ err: error, upload: upload.id }, 'could not post the Uploading… reply; the job will');
  }
  await expediteJob(db, uploadJobKey(upload.id), now);
  return true;
}

/** Posts the upload's thread reply, or updates it in place; receipts (no channel) get none. */
async function showInThread(client: WebClient, db: Conn, upload: Upload, locale: string, state: UploadState) {
  if (!upload.channelId) return;
  const message = replyMessage(locale, upload.name, state);
  if (upload.replyTs) {
    await client.chat.update({ channel: upload.channelId, ts: upload.replyTs, ...message });
    return;
  }
  const posted = await client.chat.postMessage({
    channel: upload.channelId,
    thread_ts: upload.threadTs ?? undefined,
    ...message,
  });
  if (posted.ts && (await setUploadReply(db, upload.id, posted.ts))) upload.replyTs = posted.ts;
}

/** A failure worth another attempt: Slack's download or the object store did not answer. */
export class RetryableUploadError extends Error {
  constructor(
    readonly what: 'storage' | 'download',
    message: string,
  ) {
    super(message);
    this.name = 'RetryableUploadError';
  }
}

/** The file can never be hosted; the row becomes 'rejected'. */
class RejectedUpload extends Error {
  constructor(readonly reason: UploadRejection) {
    super(reason);
    this.name = 'RejectedUpload';
  }
}

/** The first bytes are enough for file-type's image signatures. */
const SNIFF_BYTES = 4100;

interface Downloaded {
  file: string;
  bytes: number;
  head: Buffer;
}

/**
 * Streams a Slack file to a temp file with the bot token, counting bytes against the cap and keeping
 * the first bytes for sniffing; nothing is held in memory whole. Slack answers a request without the
 * files:read scope with a redirect to its sign-in page.
 */
export async function downloadToTemp(
  url: string,
  botToken: string,
  maxBytes: number,
  tmpDir: string,
): Promise<Downloaded> {
  let res: Response;
  try {
    res = await fetch(url, {
      headers: { authorization: `Bearer ${botToken}` },
      redirect: 'manual',
      signal: AbortSignal.timeout(120_000),
    });
  } catch (error) {
    throw new RetryableUploadError('download', `download failed: ${(error as Error).message}`);
  }
  if (res.status >= 300 && res.status < 400) throw new RejectedUpload('no_scope');
  if (res.status === 404 || res.status === 410) throw new RejectedUpload('gone');
  if (!res.ok || !res.body) {
    await res.body?.cancel();
    throw new RetryableUploadError('download', `download answered HTTP ${res.status}`);
  }
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body.cancel();
    throw new RejectedUpload('too_big');
  }
  await fs.promises.mkdir(tmpDir, { recursive: true });
  const file = path.join(tmpDir, `upload-${crypto.randomUUID()}`);
  let bytes = 0;
  const headParts: Buffer[] = [];
  let headLength = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      if (bytes > maxBytes) {
        done(new RejectedUpload('too_big'));
        return;
      }
      if (headLength < SNIFF_BYTES) {
        const part = chunk.subarray(0, SNIFF_BYTES - headLength);
        headParts.push(Buffer.from(part));
        headLength += part.length;
      }
      done(null, chunk);
    },
  });
  try {
    await pipeline(
      Readable.fromWeb(res.body as unknown as WebReadableStream<Uint8Array>),
      meter,
      fs.createWriteStream(file),
    );
  } catch (error) {
    await fs.promises.rm(file, { force: true });
    if (error instanceof RejectedUpload) throw error;
    throw new RetryableUploadError('download', `download broke off: ${(error as Error).message}`);
  }
  return { file, bytes, head: Buffer.concat(headParts) };
}

const extOf: Record<string, ImageExt> = { png: 'png', apng: 'png', jpg: 'jpg', gif: 'gif', webp: 'webp' };

/** The image type from its magic numbers (never the name), and its size from its header. */
export async function inspectImage(
  download: Downloaded,
): Promise<{ ext: ImageExt; width: number; height: number } | undefined> {
  if (download.bytes === 0) return undefined;
  const type = await fileTypeFromBuffer(download.head);
  const ext = type ? extOf[type.ext] : undefined;
  if (!ext) return undefined;
  try {
    const size = await imageSizeFromFile(download.file);
    if (!size.width || !size.height) return undefined;
    return { ext, width: size.width, height: size.height };
  } catch {
    return undefined;
  }
}

/** Where the bytes come from: the file's private download URL, from files.info. */
async function fileDownloadUrl(client: WebClient, fileId: string): Promise<string> {
  let info: Awaited<ReturnType<WebClient['files']['info']>>;
  try {
    info = await client.files.info({ file: fileId });
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error;
    if (code === 'file_not_found' || code === 'file_deleted') throw new RejectedUpload('gone');
    if (code === 'missing_scope' || code === 'not_allowed_token_type') throw new RejectedUpload('no_scope');
    throw new RetryableUploadError('download', `files.info failed: ${(error as Error).message}`);
  }
  const file = info.file;
  if (!file || file.mode === 'tombstone' || file.mode === 'hidden_by_limit') throw new RejectedUpload('gone');
  const url = file.url_private_download ?? file.url_private;
  if (!url) throw new RejectedUpload('gone');
  return url;
}

export interface UploadJobOptions {
  client: WebClient;
  botToken: string;
  maxBytes: number;
  /** Downloads are staged here (DATA_DIR/tmp) and removed afterwards. */
  tmpDir: string;
  store?: () => ObjectStore;
  /** Called after an upload is stored; the requests feature refreshes a receipt's approval message. */
  onStored?: (upload: Upload) => Promise<void>;
}

const payloadSchema = z.object({ uploadId: z.number().int() });

/**
 * `upload.store`: download from Slack, check the bytes, store under a random key, update the thread.
 * Handles image shares and expense receipts (rows with request_id and no channel) alike.
 */
export function uploadJobHandlers(options: UploadJobOptions): Record<string, JobHandler> {
  const storeOf = options.store ?? getObjectStore;
  return {
    [uploadJobKinds.store]: async (job, { db, log }) => {
      const { uploadId } = payloadSchema.parse(job.payload);
      const upload = await findUpload(db, uploadId);
      if (upload?.status !== 'pending') {
        log.info({ uploadId, status: upload?.status }, 'upload no longer pending; nothing to do');
        return;
      }
      const locale = (await uploaderOf(db, upload))?.locale ?? 'en-US';
      const show = async (state: UploadState) => {
        try {
          await showInThread(options.client, db, upload, locale, state);
        } catch (error) {
          log.warn({ err: error, uploadId }, `could not show the ${state.status} reply`);
        }
      };
      const store = storeOf();
      let download: Downloaded | undefined;
      try {
        // The "Uploading…" reply may be missing when the process stopped right after the insert.
        if (!upload.replyTs) await show({ status: 'uploading' });
        const url = await fileDownloadUrl(options.client, upload.slackFileId);
        download = await downloadToTemp(url, options.botToken, options.maxBytes, options.tmpDir);
        const image = await inspectImage(download);
        if (!image) throw new RejectedUpload(download.bytes === 0 ? 'empty' : 'not_image');
        let key = upload.storageKey;
        if (!key?.endsWith(`.${image.ext}`)) {
          key = newKey(image.ext);
          // Written before the object, so a later attempt reuses it and a last failure can remove it.
          await setUploadKey(db, upload.id, key);
          upload.storageKey = key;
        }
        try {
          await store.put(key, fs.createReadStream(/*turbopackIgnore: true*/ download.file), {
            contentType: imageTypes[image.ext],
            contentLength: download.bytes,
            cacheControl: IMMUTABLE_CACHE,
          });
        } catch (error) {
          throw new RetryableUploadError('storage', `storage failed: ${(error as Error).message}`);
        }
        const stored = await markUploadStored(db, upload.id, {
          publicUrl: store.publicUrl(key),
          mimeType: imageTypes[image.ext],
          bytes: download.bytes,
          width: image.width,
          height: image.height,
        });
        if (!stored) return;
        log.info({ uploadId, key, bytes: download.bytes }, 'image stored');
        // The image is stored and recorded: what follows only tells people. A Slack failure here is
        // logged, never treated as a failed upload (whose last attempt would delete the object).
        try {
          await show({ status: 'stored', upload: toViewUpload(stored) });
          await options.onStored?.(stored);
        } catch (error) {
          log.error({ err: error, uploadId }, 'image stored, but telling Slack about it failed');
        }
      } catch (error) {
        if (error instanceof RejectedUpload) {
          await removeQuietly(store, upload.storageKey, log);
          await markUploadRejected(db, upload.id, error.reason);
          log.info({ uploadId, reason: error.reason }, 'upload rejected');
          await show({ status: 'rejected', reason: error.reason, maxBytes: options.maxBytes });
          return;
        }
        const cause = error instanceof RetryableUploadError ? error.what : 'storage';
        if (job.attempts < job.maxAttempts) {
          await show({
            status: 'retrying',
            cause,
            waitSeconds: backoffMs(job.attempts) / 1000,
            attempt: job.attempts,
            maxAttempts: job.maxAttempts,
          });
        } else {
          // A put that timed out on our side may still have landed: leave nothing behind.
          await removeQuietly(store, upload.storageKey, log);
          await markUploadFailed(db, upload.id, (error as Error).message);
          await show({ status: 'failed', maxAttempts: job.maxAttempts });
        }
        throw error;
      } finally {
        if (download) await fs.promises.rm(download.file, { force: true });
      }
    },
  };
}

async function removeQuietly(store: ObjectStore, key: string | null, log: pino.Logger) {
  if (!key) return;
  try {
    await store.delete(key);
  } catch (error) {
    log.error({ err: error, key }, 'could not remove the object of a failed upload');
  }
}
