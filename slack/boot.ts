import path from 'node:path';
import type { WebClient } from '@slack/web-api';
import { getDb, getOpenDb } from '@/db/client';
import { getStorageEnv } from '@/db/env';
import { enqueueJob, startJobWorker } from '@/db/jobs';
import { scheduleApprovalReminder } from '@/slack/approval-reminders';
import { jobKinds } from '@/slack/attendance';
import { getSlackEnv } from '@/slack/env';
import { attendanceJobHandlers } from '@/slack/jobs';
import { getLogger } from '@/slack/logger';
import { refreshApprovalMessage } from '@/slack/requests';
import { uploadJobHandlers } from '@/slack/uploads';

interface BootGlobal {
  __homeroomWorker?: () => Promise<void>;
}
const store = globalThis as BootGlobal;

/**
 * Runs once per long-lived server process: opens the database before the first Slack request (whose
 * 3-second budget PGlite's first open would eat) and starts the durable job worker.
 */
export async function boot(client: WebClient): Promise<void> {
  const log = getLogger(getSlackEnv().logLevel);
  const open = await getOpenDb();
  log.info({ driver: open.driver }, 'database ready');
  if (store.__homeroomWorker) return;
  const db = await getDb();
  const storage = getStorageEnv();
  const today = new Date().toISOString().slice(0, 10);
  await enqueueJob(db, { kind: jobKinds.pruneEvents, dedupeKey: `${jobKinds.pruneEvents}:${today}` });
  await scheduleApprovalReminder(db, new Date());
  store.__homeroomWorker = startJobWorker(
    getDb,
    {
      ...attendanceJobHandlers(client, getSlackEnv()),
      ...uploadJobHandlers({
        client,
        botToken: getSlackEnv().botToken,
        maxBytes: storage.maxUploadBytes,
        tmpDir: path.join(storage.dataDir, 'tmp'),
        // A stored receipt turns the approval message's Slack link into the hosted one.
        onStored: async (upload) => {
          if (upload.requestId) await refreshApprovalMessage(client, await getDb(), upload.requestId);
        },
      }),
    },
    log.child({ component: 'jobs' }),
  );
  const stop = async () => {
    await store.__homeroomWorker?.();
  };
  process.once('SIGTERM', stop);
}
