import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type pino from 'pino';
import { POST } from '@/app/api/slack/events/route';
import { type Db, type OpenDb, setDb } from '@/db/client';
import { getStorageEnv } from '@/db/env';
import { runDueJobs } from '@/db/jobs';
import { setObjectStore } from '@/db/storage';
import { DiskStore } from '@/db/storage/disk';
import { botClient, createSlackRuntime, type SlackRuntime, setSlackRuntime } from '@/slack/app';
import { getSlackEnv } from '@/slack/env';
import { allJobHandlers } from '@/slack/job-handlers';
import { getLogger } from '@/slack/logger';
import { createTestDb } from '@/test/helpers/db';
import { FakeSlack } from '@/test/helpers/fake-slack';
import { TEST_SECRET } from '@/test/helpers/slack-request';

export interface Harness {
  slack: FakeSlack;
  db: Db;
  runtime: SlackRuntime;
  /** Sends a request through the real route handler, exactly as Next would. */
  send(req: Request): Promise<Response>;
  /** Sends and waits until the listener's remaining work (after the ack) has finished. */
  sendAndSettle(req: Request): Promise<Response>;
  settle(): Promise<void>;
  runJobs(now: Date): ReturnType<typeof runDueJobs>;
  close(): Promise<void>;
  /** A temp DATA_DIR: the disk store's files and the upload staging folder live here. */
  dataDir: string;
}

/** A fresh database, a fake Slack Web API over HTTP, and the app wired to both through env. */
export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const slack = await new FakeSlack().start();
  const open: OpenDb = await createTestDb();
  setDb(open);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'homeroom-harness-'));
  const storage = getStorageEnv({ DATA_DIR: dataDir, ...env });
  // Images go to the disk store in the temp folder unless a test swaps in another (s3rver).
  setObjectStore(new DiskStore(dataDir, storage.appPublicUrl));
  const runtime = createSlackRuntime(
    getSlackEnv({
      SLACK_SIGNING_SECRET: TEST_SECRET,
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_API_URL: slack.apiUrl,
      SLACK_API_RETRIES: '0',
      LOG_LEVEL: 'silent',
      ...env,
    }),
  );
  setSlackRuntime(runtime);
  const log: pino.Logger = getLogger('silent');
  const settle = () => runtime.receiver.idle();
  return {
    slack,
    db: open.db,
    runtime,
    send: (req) => POST(req),
    sendAndSettle: async (req) => {
      const res = await POST(req);
      await settle();
      return res;
    },
    settle,
    runJobs: (now) =>
      runDueJobs(open.db, allJobHandlers(botClient(runtime.env), runtime.env, storage), log, now),
    dataDir,
    close: async () => {
      await settle();
      setSlackRuntime(undefined);
      setDb(undefined);
      setObjectStore(undefined);
      await open.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
      await slack.stop();
    },
  };
}
