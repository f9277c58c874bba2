import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GET as getFile } from '@/app/files/[key]/route';
import { runDueJobs } from '@/db/jobs';
import { insertUpload } from '@/db/queries/uploads';
import { jobs, members, type Upload, uploads } from '@/db/schema';
import { getObjectStore, setObjectStore } from '@/db/storage';
import type { DiskStore } from '@/db/storage/disk';
import { botClient } from '@/slack/app';
import { ids } from '@/slack/ids';
import { getLogger } from '@/slack/logger';
import { uploadJobHandlers, uploadJobKey, uploadJobKinds } from '@/slack/uploads';
import { type Harness, startHarness } from '@/test/helpers/harness';
import { gif, htmlPage, jpeg, png, webp } from '@/test/helpers/images';
import { TestS3 } from '@/test/helpers/s3';
import { appHomeOpened, buttonClick, eventRequest, viewSubmission } from '@/test/helpers/slack-request';
import { textOf } from '@/test/helpers/view-text';

let h: Harness;
let s3: TestS3;
let disk: DiskStore;

beforeAll(async () => {
  h = await startHarness({ HOMEROOM_MAX_UPLOAD_MB: '1' });
  h.slack.addUser({ id: 'UANA', name: 'Ana' }).addUser({ id: 'UMINJI', name: 'Minji', locale: 'ko-KR' });
  disk = getObjectStore() as DiskStore;
  s3 = await new TestS3().start();
});
afterAll(async () => {
  await h.close();
  await s3.destroy();
});
beforeEach(async () => {
  h.slack.reset();
  h.slack.files.clear();
  await h.db.delete(jobs);
  await h.db.delete(uploads);
  setObjectStore(disk);
  fs.rmSync(path.join(h.dataDir, 'files'), { recursive: true, force: true });
  if (!(await s3Running())) await s3.start();
});

async function s3Running(): Promise<boolean> {
  try {
    await s3.keys();
    return true;
  } catch {
    return false;
  }
}

let fileCounter = 0;
function addFile(
  name: string,
  body: Buffer,
  extra: { mimetype?: string; shares?: Record<string, { ts: string }> } = {},
) {
  const id = `F${++fileCounter}`;
  h.slack.addFile({ id, name, body, mimetype: extra.mimetype ?? 'image/png', shares: extra.shares });
  return id;
}

function fileShare(
  user: string,
  fileIds: string[],
  options: { channel?: string; channelType?: string; ts?: string; eventId?: string; partial?: boolean } = {},
) {
  const channel = options.channel ?? `D${user}`;
  return eventRequest(
    {
      type: 'message',
      subtype: 'file_share',
      text: '',
      user,
      channel,
      channel_type: options.channelType ?? 'im',
      ts: options.ts ?? '1700000100.000100',
      event_ts: options.ts ?? '1700000100.000100',
      files: fileIds.map((id) =>
        options.partial ? { id, file_access: 'check_file_info' } : h.slack.fileObject(id),
      ),
    },
    { eventId: options.eventId },
  );
}

function fileShared(user: string, fileId: string, channel: string) {
  return eventRequest({
    type: 'file_shared',
    file_id: fileId,
    user_id: user,
    file: { id: fileId },
    channel_id: channel,
    event_ts: '1700000200.000100',
  });
}

const later = (seconds: number) => new Date(Date.now() + seconds * 1000);

async function rows(): Promise<Upload[]> {
  return h.db.select().from(uploads).orderBy(uploads.id);
}

function lastUpdate() {
  return h.slack.callsTo('chat.update').at(-1)?.args;
}

function diskFiles(): string[] {
  try {
    return fs.readdirSync(path.join(h.dataDir, 'files')).sort();
  } catch {
    return [];
  }
}

describe('sharing an image', () => {
  it('keeps a stored image when Slack fails to show it: the job is done, the object stays', async () => {
    const id = addFile('kept.png', png(8, 8));
    await h.sendAndSettle(fileShare('UANA', [id]));
    h.slack.on('chat.update', () => ({ ok: false, error: 'internal_error' }));
    expect(await h.runJobs(new Date())).toMatchObject({ done: 1, retried: 0, failed: 0 });
    const [row] = await rows();
    expect(row?.status).toBe('stored');
    expect(diskFiles()).toEqual([row?.storageKey]);
  });

  it('answers "Uploading…" in the thread at once, then hosts the PNG on disk and serves it', async () => {
    const body = png(64, 32);
    const id = addFile('screenshot.png', body);
    await h.sendAndSettle(fileShare('UANA', [id]));

    const posted = h.slack.callsTo('chat.postMessage');
    expect(posted).toHaveLength(1);
    expect(posted[0]?.args).toMatchObject({
      channel: 'DUANA',
      thread_ts: '1700000100.000100',
      text: ':hourglass_flowing_sand: Uploading screenshot.png…',
    });
    const [pending] = await rows();
    expect(pending).toMatchObject({ status: 'pending', replyTs: expect.any(String), slackFileId: id });

    expect(await h.runJobs(new Date())).toMatchObject({ done: 1 });
    const [stored] = await rows();
    expect(stored).toMatchObject({
      status: 'stored',
      width: 64,
      height: 32,
      bytes: body.length,
      mimeType: 'image/png',
    });
    expect(stored?.storageKey).toMatch(/^[0-9a-f-]{36}\.png$/);
    expect(stored?.publicUrl).toBe(`http://localhost:3000/files/${stored?.storageKey}`);
    expect(h.slack.downloads).toEqual([expect.objectContaining({ authorized: true })]);

    const update = lastUpdate();
    expect(update).toMatchObject({ channel: 'DUANA', ts: pending?.replyTs });
    const text = textOf(update?.blocks);
    expect(text).toContain(stored!.publicUrl!);
    expect(text).toContain('64 × 32 px');
    expect(text).toContain(
      `&lt;img src="${stored!.publicUrl}" width="64" height="32" alt="screenshot.png"&gt;`,
    );
    expect(text).toContain(`![screenshot.png](${stored!.publicUrl})`);
    const actions = (update!.blocks as { block_id?: string; elements?: { action_id: string }[] }[]).find(
      (b) => b.block_id === ids.uploads.actionsBlock,
    );
    expect(actions?.elements?.map((e) => e.action_id)).toEqual([
      ids.uploads.addLink,
      ids.uploads.addDescription,
      ids.uploads.delete,
    ]);

    const res = await getFile(new Request('http://x'), {
      params: Promise.resolve({ key: stored!.storageKey! }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(Buffer.from(await res.arrayBuffer()).equals(body)).toBe(true);
    expect(fs.readdirSync(path.join(h.dataDir, 'tmp'))).toEqual([]);
  });

  it.each([
    ['photo.jpg', jpeg(120, 80), 'image/jpeg', 'jpg'],
    ['anim.gif', gif(7, 9), 'image/gif', 'gif'],
    ['shot.webp', webp(300, 200), 'image/webp', 'webp'],
    ['diagram.png', png(10, 20), 'image/png', 'png'],
  ])('stores %s on S3 with its type, size and a long cache header', async (name, body, type, ext) => {
    setObjectStore(s3.store);
    const id = addFile(name, body, { mimetype: 'application/octet-stream' });
    await h.sendAndSettle(fileShare('UANA', [id]));
    await h.runJobs(new Date());
    const [stored] = await rows();
    expect(stored).toMatchObject({ status: 'stored', mimeType: type, bytes: body.length });
    expect(stored?.storageKey?.endsWith(`.${ext}`)).toBe(true);
    expect(stored?.publicUrl).toBe(`${s3.endpoint}/homeroom-test/${stored?.storageKey}`);
    const object = await s3.getObject(stored!.storageKey!);
    expect(object.body.equals(body)).toBe(true);
    expect(object.contentType).toBe(type);
    expect(object.cacheControl).toBe('public, max-age=31536000, immutable');
  });

  it('trusts the bytes: HTML named .png is refused and nothing is stored', async () => {
    const id = addFile('totally-an-image.png', htmlPage, { mimetype: 'image/png' });
    await h.sendAndSettle(fileShare('UANA', [id]));
    await h.runJobs(new Date());
    const [row] = await rows();
    expect(row).toMatchObject({ status: 'rejected', error: 'not_image', storageKey: null, publicUrl: null });
    expect(lastUpdate()?.text).toContain('This is not an image I can host');
    expect(diskFiles()).toEqual([]);
  });

  it('refuses a 0-byte file', async () => {
    const id = addFile('empty.png', Buffer.alloc(0));
    await h.sendAndSettle(fileShare('UANA', [id]));
    await h.runJobs(new Date());
    expect((await rows())[0]).toMatchObject({ status: 'rejected', error: 'empty' });
    expect(lastUpdate()?.text).toBe('empty.png is empty (0 bytes), so there is nothing to host.');
  });

  it('refuses a file over HOMEROOM_MAX_UPLOAD_MB without keeping any of it', async () => {
    const id = addFile('huge.png', png(100, 100, 1_200_000));
    await h.sendAndSettle(fileShare('UANA', [id]));
    await h.runJobs(new Date());
    expect((await rows())[0]).toMatchObject({ status: 'rejected', error: 'too_big' });
    expect(lastUpdate()?.text).toBe('huge.png is larger than 1 MB, the most I can host.');
    expect(diskFiles()).toEqual([]);
    expect(fs.readdirSync(path.join(h.dataDir, 'tmp'))).toEqual([]);
  });

  it('says the files:read scope is missing when Slack redirects the download to its sign-in page', async () => {
    const id = addFile('a.png', png(4, 4));
    await h.sendAndSettle(fileShare('UANA', [id]));
    h.slack.botToken = 'xoxb-some-other-token';
    try {
      await h.runJobs(new Date());
    } finally {
      h.slack.botToken = 'xoxb-test';
    }
    expect(h.slack.downloads).toEqual([expect.objectContaining({ authorized: false })]);
    expect((await rows())[0]).toMatchObject({ status: 'rejected', error: 'no_scope' });
    expect(lastUpdate()?.text).toContain('missing the files:read scope');
  });

  it('answers in Korean to a Korean-speaking member', async () => {
    const id = addFile('사진.png', png(4, 4));
    await h.sendAndSettle(fileShare('UMINJI', [id]));
    expect(h.slack.callsTo('chat.postMessage')[0]?.args.text).toBe(
      ':hourglass_flowing_sand: 사진.png 업로드 중…',
    );
  });
});

describe('one upload per file', () => {
  it('makes one upload and one reply for a retried event and for the same file shared twice', async () => {
    const id = addFile('once.png', png(4, 4), { shares: { DUANA: { ts: '1700000100.000100' } } });
    await h.sendAndSettle(fileShare('UANA', [id], { eventId: 'EvSame' }));
    await h.sendAndSettle(fileShare('UANA', [id], { eventId: 'EvSame' }));
    await h.sendAndSettle(fileShare('UANA', [id], { ts: '1700000300.000100' }));
    await h.sendAndSettle(fileShared('UANA', id, 'DUANA'));
    expect(await rows()).toHaveLength(1);
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(1);
    await h.runJobs(new Date());
    await h.runJobs(later(60));
    expect(diskFiles()).toHaveLength(1);
  });

  it('takes a file_shared event alone, replying in the thread of the message the file is in', async () => {
    const id = addFile('solo.png', png(4, 4), { shares: { C1: { ts: '1700000400.000200' } } });
    await h.sendAndSettle(fileShared('UANA', id, 'C1'));
    expect(h.slack.callsTo('files.info')[0]?.args).toMatchObject({ file: id });
    expect(h.slack.callsTo('chat.postMessage')[0]?.args).toMatchObject({
      channel: 'C1',
      thread_ts: '1700000400.000200',
    });
  });

  it('looks the file up when the event says check_file_info', async () => {
    const id = addFile('partial.png', png(4, 4));
    await h.sendAndSettle(fileShare('UANA', [id], { partial: true }));
    expect(h.slack.callsTo('chat.postMessage')[0]?.args.text).toContain('Uploading partial.png…');
  });

  it('replies once per image when several files come at once', async () => {
    const a = addFile('one.png', png(4, 4));
    const b = addFile('two.gif', gif(3, 3), { mimetype: 'image/gif' });
    await h.sendAndSettle(fileShare('UANA', [a, b], { channel: 'C1', channelType: 'channel' }));
    expect(h.slack.callsTo('chat.postMessage').map((c) => c.args.text)).toEqual([
      ':hourglass_flowing_sand: Uploading one.png…',
      ':hourglass_flowing_sand: Uploading two.gif…',
    ]);
    expect(await h.runJobs(new Date())).toMatchObject({ done: 2 });
    expect((await rows()).map((r) => r.status)).toEqual(['stored', 'stored']);
  });

  it('says "No file was uploaded" when the shared file is already gone', async () => {
    await h.sendAndSettle(
      eventRequest({
        type: 'message',
        subtype: 'file_share',
        user: 'UANA',
        channel: 'DUANA',
        channel_type: 'im',
        ts: '1700000500.000100',
        files: [{ id: 'FGONE', mode: 'tombstone' }],
      }),
    );
    expect(h.slack.callsTo('chat.postMessage')[0]?.args).toMatchObject({
      thread_ts: '1700000500.000100',
      text: 'No file was uploaded.',
    });
    expect(await rows()).toEqual([]);
  });

  it('leaves PDFs in channels alone', async () => {
    const id = addFile('minutes.pdf', Buffer.from('%PDF-1.4'), { mimetype: 'application/pdf' });
    await h.sendAndSettle(fileShare('UANA', [id], { channel: 'C1', channelType: 'channel' }));
    expect(h.slack.callsTo('chat.postMessage')).toEqual([]);
  });
});

describe('when storage fails', () => {
  it('retries with backoff while S3 is down, says so in the thread, and completes when it is back', async () => {
    setObjectStore(s3.store);
    const body = png(40, 30);
    const id = addFile('retry.png', body);
    await h.sendAndSettle(fileShare('UANA', [id]));
    await s3.stop();
    expect(await h.runJobs(new Date())).toMatchObject({ retried: 1 });
    expect(lastUpdate()?.text).toBe(':warning: Storage is not answering, retrying in 30 s (attempt 1 of 5)…');
    expect((await rows())[0]?.status).toBe('pending');
    expect(await h.runJobs(later(10))).toMatchObject({ done: 0, retried: 0 });

    await s3.start();
    expect(await h.runJobs(later(31))).toMatchObject({ done: 1 });
    const [stored] = await rows();
    expect(stored?.status).toBe('stored');
    expect((await s3.getObject(stored!.storageKey!)).body.equals(body)).toBe(true);
    expect(textOf(lastUpdate()?.blocks)).toContain(stored!.publicUrl!);
  });

  it('tells the user after the last attempt and leaves nothing behind', async () => {
    setObjectStore(s3.store);
    const id = addFile('never.png', png(4, 4));
    await h.sendAndSettle(fileShare('UANA', [id]));
    const before = await s3.keys();
    await s3.stop();
    let at = new Date();
    for (let attempt = 1; attempt <= 5; attempt++) {
      await h.runJobs(at);
      at = new Date(at.getTime() + 7 * 60 * 60 * 1000);
    }
    const [row] = await rows();
    expect(row).toMatchObject({ status: 'failed', storageKey: null });
    expect(lastUpdate()?.text).toBe(
      ':x: I could not store never.png after 5 attempts, so nothing was kept. Share it again to try once more.',
    );
    const [job] = await h.db.select().from(jobs).where(eq(jobs.kind, uploadJobKinds.store));
    expect(job).toMatchObject({ status: 'failed', attempts: 5 });
    await s3.start();
    expect(await s3.keys()).toEqual(before);
  });

  it('loses nothing when the process stops between the insert and the reply: the job replies itself', async () => {
    const id = addFile('crash.png', png(4, 4));
    const [member] = await h.db
      .insert(members)
      .values({ teamId: 'T1', userId: 'UCRASH', locale: 'ja-JP' })
      .returning();
    const row = await insertUpload(h.db, {
      teamId: 'T1',
      memberId: member!.id,
      slackFileId: id,
      name: 'crash.png',
      channelId: 'DUCRASH',
      threadTs: '1.0',
    });
    const { enqueueJob } = await import('@/db/jobs');
    await enqueueJob(h.db, {
      kind: uploadJobKinds.store,
      payload: { uploadId: row!.id },
      dedupeKey: uploadJobKey(row!.id),
    });
    await h.runJobs(new Date());
    expect(h.slack.callsTo('chat.postMessage')[0]?.args).toMatchObject({
      channel: 'DUCRASH',
      thread_ts: '1.0',
      text: ':hourglass_flowing_sand: crash.png をアップロードしています…',
    });
    const [stored] = await rows();
    expect(stored?.status).toBe('stored');
    expect(lastUpdate()?.ts).toBe(stored?.replyTs);
  });
});

describe('expense receipts', () => {
  it('stores a receipt row without any thread reply and calls the onStored hook', async () => {
    const id = addFile('receipt.jpg', jpeg(600, 800), { mimetype: 'image/jpeg' });
    const [member] = await h.db.insert(members).values({ teamId: 'T1', userId: 'URECEIPT' }).returning();
    const row = await insertUpload(h.db, {
      teamId: 'T1',
      memberId: member!.id,
      slackFileId: id,
      name: 'receipt.jpg',
    });
    const { enqueueJob } = await import('@/db/jobs');
    await enqueueJob(h.db, {
      kind: uploadJobKinds.store,
      payload: { uploadId: row!.id },
      dedupeKey: uploadJobKey(row!.id),
    });
    const seen: Upload[] = [];
    const result = await runDueJobs(
      h.db,
      uploadJobHandlers({
        client: botClient(h.runtime.env),
        botToken: 'xoxb-test',
        maxBytes: 1024 * 1024,
        tmpDir: path.join(h.dataDir, 'tmp'),
        onStored: async (upload) => {
          seen.push(upload);
        },
      }),
      getLogger('silent'),
    );
    expect(result.done).toBe(1);
    expect(seen.map((u) => [u.status, u.width, u.height])).toEqual([['stored', 600, 800]]);
    expect(h.slack.callsTo('chat.postMessage')).toEqual([]);
    expect(h.slack.callsTo('chat.update')).toEqual([]);
  });
});

async function storedUpload(user = 'UANA'): Promise<Upload> {
  const id = addFile('kept.png', png(8, 8));
  await h.sendAndSettle(fileShare(user, [id]));
  await h.runJobs(new Date());
  const [row] = await rows();
  expect(row?.status).toBe('stored');
  h.slack.reset();
  return row!;
}

const inThread = (row: Upload) => ({
  container: { type: 'message', message_ts: row.replyTs, channel_id: row.channelId },
});

describe('the buttons on a hosted image', () => {
  it('lets only the uploader delete; Delete removes the file and says so in the thread', async () => {
    const row = await storedUpload();
    const click = (user: string) =>
      h.sendAndSettle(buttonClick(user, ids.uploads.delete, String(row.id), inThread(row)));
    await click('UMINJI');
    expect(h.slack.callsTo('chat.postEphemeral')[0]?.args).toMatchObject({
      user: 'UMINJI',
      text: '이 이미지는 올린 사람만 삭제할 수 있어요.',
    });
    expect(diskFiles()).toHaveLength(1);

    await click('UANA');
    expect((await rows())[0]?.status).toBe('deleted');
    expect(diskFiles()).toEqual([]);
    expect(lastUpdate()).toMatchObject({ channel: row.channelId, ts: row.replyTs });
    expect(lastUpdate()?.text).toBe(
      ':wastebasket: kept.png was deleted by <@UANA>; the hosted copy is gone.',
    );
    const res = await getFile(new Request('http://x'), { params: Promise.resolve({ key: row.storageKey! }) });
    expect(res.status).toBe(404);
  });

  it('keeps the image and says so when storage does not answer a Delete', async () => {
    setObjectStore(s3.store);
    const row = await storedUpload();
    await s3.stop();
    await h.sendAndSettle(buttonClick('UANA', ids.uploads.delete, String(row.id), inThread(row)));
    expect(h.slack.callsTo('chat.postEphemeral')[0]?.args.text).toBe(
      'Storage is not answering, so the image is still hosted. Try Delete again in a minute.',
    );
    expect((await rows())[0]?.status).toBe('stored');
    await s3.start();
    expect(await s3.keys()).toContain(row.storageKey);
  });

  it('saves a link and a description from the modal and shows them in the thread', async () => {
    const row = await storedUpload();
    await h.sendAndSettle(buttonClick('UANA', ids.uploads.addLink, String(row.id), inThread(row)));
    expect(h.slack.callsTo('views.open')[0]?.args.view).toMatchObject({
      callback_id: ids.uploads.detailsModal,
      private_metadata: String(row.id),
    });
    const values = (link: string, description: string) => ({
      [ids.uploads.linkBlock]: { [ids.uploads.linkInput]: { type: 'url_text_input', value: link } },
      [ids.uploads.descriptionBlock]: {
        [ids.uploads.descriptionInput]: { type: 'plain_text_input', value: description },
      },
    });
    const bad = await h.sendAndSettle(
      viewSubmission('UANA', ids.uploads.detailsModal, values('javascript:alert(1)', ''), {
        privateMetadata: String(row.id),
      }),
    );
    expect(await bad.json()).toEqual({
      response_action: 'errors',
      errors: { [ids.uploads.linkBlock]: 'Enter a full web address that starts with https:// or http://.' },
    });
    await h.sendAndSettle(
      viewSubmission(
        'UANA',
        ids.uploads.detailsModal,
        values('https://tracker.example.com/812', 'The new *checkout*'),
        {
          privateMetadata: String(row.id),
        },
      ),
    );
    expect((await rows())[0]).toMatchObject({
      link: 'https://tracker.example.com/812',
      description: 'The new *checkout*',
    });
    const text = textOf(lastUpdate()?.blocks);
    expect(text).toContain('*Link*: <https://tracker.example.com/812>');
    expect(text).toContain('*Description*: The new');
  });

  it('refuses a description over 3000 characters', async () => {
    const row = await storedUpload();
    const res = await h.sendAndSettle(
      viewSubmission(
        'UANA',
        ids.uploads.detailsModal,
        {
          [ids.uploads.descriptionBlock]: { [ids.uploads.descriptionInput]: { value: 'x'.repeat(3001) } },
        },
        { privateMetadata: String(row.id) },
      ),
    );
    expect(await res.json()).toMatchObject({
      errors: { [ids.uploads.descriptionBlock]: 'Keep the description under 3000 characters.' },
    });
  });

  it('shows the uploader their recent images on Home', async () => {
    const row = await storedUpload();
    await h.sendAndSettle(appHomeOpened('UANA'));
    const view = h.slack.callsTo('views.publish').at(-1)?.args.view as { blocks: { block_id?: string }[] };
    const recent = view.blocks.find((b) => b.block_id === ids.uploads.recentBlock);
    expect(textOf(recent)).toContain(`<${row.publicUrl}|kept.png>`);
    expect(textOf(recent)).toContain('8 × 8 px');
  });
});

describe('GET /files/<key>', () => {
  it.each([
    '..%2F..%2Fetc%2Fpasswd',
    '../db/homeroom.lock',
    'not-a-key.png',
    '3f2b8c1e-6d4a-4b7e-9a10-2c5d8e7f9b31.html',
  ])('answers 404 for %s', async (key) => {
    const res = await getFile(new Request('http://x'), { params: Promise.resolve({ key }) });
    expect(res.status).toBe(404);
  });
});
