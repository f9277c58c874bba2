import type { WebClient } from '@slack/web-api';
import { getDb, getOpenDb } from '@/db/client';
import { startJobWorker } from '@/db/jobs';
import { getSlackEnv } from '@/slack/env';
import { allJobHandlers, seedRecurringJobs } from '@/slack/job-handlers';
import { getLogger } from '@/slack/logger';

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
  await seedRecurringJobs(db, new Date());
  if (!getSlackEnv().jobWorker) {
    log.info('in-process job worker off (HOMEROOM_JOB_WORKER=off); POST /api/cron runs due jobs');
    return;
  }
  store.__homeroomWorker = startJobWorker(
    getDb,
    allJobHandlers(client, getSlackEnv()),
    log.child({ component: 'jobs' }),
  );
  const stop = async () => {
    await store.__homeroomWorker?.();
  };
  process.once('SIGTERM', stop);
}
