import type { WebClient } from '@slack/web-api';
import { getDb, getOpenDb } from '@/db/client';
import { enqueueJob, startJobWorker } from '@/db/jobs';
import { jobKinds } from '@/slack/attendance';
import { getSlackEnv } from '@/slack/env';
import { attendanceJobHandlers } from '@/slack/jobs';
import { getLogger } from '@/slack/logger';
import { ensurePlanner } from '@/slack/reminders';

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
  const today = new Date().toISOString().slice(0, 10);
  await enqueueJob(db, { kind: jobKinds.pruneEvents, dedupeKey: `${jobKinds.pruneEvents}:${today}` });
  await ensurePlanner(db, new Date());
  if (!getSlackEnv().jobWorker) {
    log.info('in-process job worker off (HOMEROOM_JOB_WORKER=off); POST /api/cron runs due jobs');
    return;
  }
  store.__homeroomWorker = startJobWorker(
    getDb,
    attendanceJobHandlers(client, getSlackEnv()),
    log.child({ component: 'jobs' }),
  );
  const stop = async () => {
    await store.__homeroomWorker?.();
  };
  process.once('SIGTERM', stop);
}
