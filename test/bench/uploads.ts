/**
 * Image hosting benchmark, in process: the upload.store job downloads from the fake Slack file
 * server, checks the bytes and stores them on disk or on s3rver. 200 images of 2 MB, then one of
 * 20 MB; time per image, throughput, and RSS sampled during the run (streamed, so it stays flat).
 * Run alone with `npx tsx test/bench/uploads.ts`; `npm run bench` runs it too.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { WebClient } from '@slack/web-api';
import { type Db, openPglite } from '@/db/client';
import { enqueueJob, runDueJobs } from '@/db/jobs';
import { insertUpload } from '@/db/queries/uploads';
import { members } from '@/db/schema';
import type { ObjectStore } from '@/db/storage';
import { DiskStore } from '@/db/storage/disk';
import { getLogger } from '@/slack/logger';
import { uploadJobHandlers, uploadJobKey, uploadJobKinds } from '@/slack/uploads';
import { FakeSlack } from '@/test/helpers/fake-slack';
import { png } from '@/test/helpers/images';
import { TestS3 } from '@/test/helpers/s3';

const MB = 1024 * 1024;

interface Cell {
  store: string;
  images: number;
  size: number;
}

const mb = (bytes: number) => `${Math.round(bytes / MB)} MB`;

async function runCell(
  db: Db,
  slack: FakeSlack,
  store: ObjectStore,
  cell: Cell,
  memberId: number,
  tmpDir: string,
): Promise<string> {
  const body = png(1920, 1080, cell.size);
  // One buffer serves every file, so the fake's own memory does not grow with the count.
  const ids: number[] = [];
  for (let i = 0; i < cell.images; i++) {
    const fileId = `F${store.kind}${cell.size}x${i}`;
    slack.addFile({ id: fileId, name: `bench-${i}.png`, body });
    const row = await insertUpload(db, {
      teamId: 'T1',
      memberId,
      slackFileId: fileId,
      name: `bench-${i}.png`,
      channelId: 'DBENCH',
      threadTs: '1.0',
      replyTs: '1.1',
    });
    await enqueueJob(db, {
      kind: uploadJobKinds.store,
      payload: { uploadId: row!.id },
      dedupeKey: uploadJobKey(row!.id),
    });
    ids.push(row!.id);
  }
  const handlers = uploadJobHandlers({
    client: new WebClient('xoxb-test', { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } }),
    botToken: 'xoxb-test',
    maxBytes: 25 * MB,
    tmpDir,
    store: () => store,
  });
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let rssMax = rssBefore;
  const sampler = setInterval(() => {
    rssMax = Math.max(rssMax, process.memoryUsage().rss);
  }, 20);
  const started = performance.now();
  let done = 0;
  let failed = 0;
  for (;;) {
    const result = await runDueJobs(db, handlers, getLogger('silent'), new Date(), 20);
    done += result.done;
    failed += result.failed + result.retried;
    if (result.done + result.failed + result.retried === 0) break;
  }
  const ms = performance.now() - started;
  clearInterval(sampler);
  const rssAfter = process.memoryUsage().rss;
  const perImage = ms / cell.images;
  const throughput = (cell.images * cell.size) / MB / (ms / 1000);
  return `| ${cell.store} | ${cell.images} × ${mb(cell.size)} | ${done}/${cell.images}${failed ? ` (${failed} failed)` : ''} | ${perImage.toFixed(1)} | ${(cell.images / (ms / 1000)).toFixed(1)} img/s · ${throughput.toFixed(0)} MB/s | ${mb(rssBefore)} → max ${mb(rssMax)} → ${mb(rssAfter)} | +${mb(rssMax - rssBefore)} |`;
}

export async function benchUploads(): Promise<void> {
  const open = await openPglite();
  const slack = await new FakeSlack().start();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'homeroom-bench-uploads-'));
  const s3 = await new TestS3().start();
  try {
    const [member] = await open.db.insert(members).values({ teamId: 'T1', userId: 'UBENCH' }).returning();
    const disk = new DiskStore(dataDir, 'http://localhost:3000');
    console.log('Image hosting (upload.store job in process: download from fake Slack, sniff, store)');
    console.log('RSS includes in-memory PGlite (~600 MB of WASM memory) and s3rver; growth is what counts.');
    console.log(
      '| store | images | stored | ms / image | throughput | RSS before → max during → after | growth |',
    );
    console.log('|---|---|---|---|---|---|---|');
    for (const [name, store] of [
      ['disk', disk],
      ['s3rver', s3.store],
    ] as const) {
      for (const cell of [
        { images: 200, size: 2 * MB },
        { images: 1, size: 20 * MB },
      ]) {
        console.log(
          await runCell(
            open.db,
            slack,
            store,
            { store: name, ...cell },
            member!.id,
            path.join(dataDir, 'tmp'),
          ),
        );
        slack.files.clear();
      }
    }
  } finally {
    await s3.destroy();
    await slack.stop();
    await open.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchUploads().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
