import crypto from 'node:crypto';
import { getDb } from '@/db/client';
import { type RunResult, runDueJobs } from '@/db/jobs';
import { botClient, runtimeEnvOrLog } from '@/slack/app';
import { allJobHandlers, seedRecurringJobs } from '@/slack/job-handlers';
import { getLogger } from '@/slack/logger';

/** Stop taking new batches after this long: serverless functions are cut off at 30–60 s. */
const BUDGET_MS = 25_000;

function json(status: number, body: unknown): Response {
  return Response.json(body, { status, headers: { 'cache-control': 'no-store' } });
}

function bearerMatches(header: string | null, secret: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer\s+/i, '') ?? '');
  const expected = Buffer.from(secret);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

/**
 * `POST /api/cron` (and GET, which Vercel Cron sends): runs due jobs for hosts with no long-running
 * process. `Authorization: Bearer <CRON_SECRET>`; 503 while CRON_SECRET is unset, 401 when wrong.
 */
export async function handleCronRequest(req: Request, budgetMs = BUDGET_MS): Promise<Response> {
  const env = runtimeEnvOrLog();
  if (!env) return json(500, { error: 'Homeroom is not configured; see the server log.' });
  const log = getLogger(env.logLevel).child({ component: 'cron' });
  if (!env.cronSecret) {
    log.warn('POST /api/cron called but CRON_SECRET is not set');
    return json(503, { error: 'CRON_SECRET is not set on the server; set it to enable /api/cron.' });
  }
  if (!bearerMatches(req.headers.get('authorization'), env.cronSecret)) {
    log.warn('POST /api/cron with a missing or wrong secret');
    return json(401, { error: 'unauthorized' });
  }
  const started = Date.now();
  const db = await getDb();
  await seedRecurringJobs(db, new Date());
  const handlers = allJobHandlers(botClient(env), env);
  const total: RunResult & { batches: number } = { done: 0, retried: 0, failed: 0, batches: 0 };
  while (Date.now() - started < budgetMs) {
    const batch = await runDueJobs(db, handlers, log, new Date(), 25);
    total.batches++;
    total.done += batch.done;
    total.retried += batch.retried;
    total.failed += batch.failed;
    if (batch.done + batch.retried + batch.failed === 0) break;
  }
  log.info(total, 'cron run finished');
  return json(200, { ...total, ms: Date.now() - started });
}
