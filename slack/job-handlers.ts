import path from 'node:path';
import type { WebClient } from '@slack/web-api';
import { type Db, getDb } from '@/db/client';
import { getStorageEnv, type StorageEnv } from '@/db/env';
import type { JobHandler } from '@/db/jobs';
import { enqueueOnce } from '@/db/queries/reminders';
import { scheduleApprovalReminder } from '@/slack/approval-reminders';
import { jobKinds } from '@/slack/attendance';
import type { SlackEnv } from '@/slack/env';
import { attendanceJobHandlers } from '@/slack/jobs';
import { ensurePlanner } from '@/slack/reminders';
import { refreshApprovalMessage } from '@/slack/requests';
import { uploadJobHandlers } from '@/slack/uploads';

/**
 * Every durable job kind and its handler. The in-process worker (boot), `POST /api/cron` and the
 * test harness all run this one map, so a kind can't be handled in one place and forgotten in another.
 */
export function allJobHandlers(
  client: WebClient,
  env: SlackEnv,
  storage: StorageEnv = getStorageEnv(),
): Record<string, JobHandler> {
  return {
    ...attendanceJobHandlers(client, env),
    ...uploadJobHandlers({
      client,
      botToken: env.botToken,
      maxBytes: storage.maxUploadBytes,
      tmpDir: path.join(storage.dataDir, 'tmp'),
      // A stored receipt turns the approval message's Slack link into the hosted one.
      onStored: async (upload) => {
        if (upload.requestId) await refreshApprovalMessage(client, await getDb(), upload.requestId);
      },
    }),
  };
}

/**
 * Seeds the self-renewing daily and periodic jobs. Keys count finished jobs too, so a restart or a
 * cron call later the same day does not run a daily job again.
 */
export async function seedRecurringJobs(db: Db, now: Date): Promise<void> {
  const today = now.toISOString().slice(0, 10);
  await enqueueOnce(db, { kind: jobKinds.pruneEvents, dedupeKey: `${jobKinds.pruneEvents}:${today}` });
  await scheduleApprovalReminder(db, now);
  await ensurePlanner(db, now);
}
