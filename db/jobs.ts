import { and, asc, eq, gt, inArray, lt, lte, or, sql } from 'drizzle-orm';
import type pino from 'pino';
import type { Conn, Db } from '@/db/client';
import { type Job, jobs } from '@/db/schema';

export interface EnqueueInput {
  kind: string;
  payload?: Record<string, unknown>;
  runAt?: Date;
  /** At most one queued or running job per key: scheduling the same thing twice is a no-op. */
  dedupeKey?: string;
  maxAttempts?: number;
}

export async function enqueueJob(db: Conn, input: EnqueueInput): Promise<Job | undefined> {
  const [row] = await db
    .insert(jobs)
    .values({
      kind: input.kind,
      payload: input.payload ?? {},
      runAt: input.runAt ?? new Date(),
      dedupeKey: input.dedupeKey ?? null,
      maxAttempts: input.maxAttempts ?? 5,
    })
    .onConflictDoNothing()
    .returning();
  return row;
}

/** A running job whose worker died is taken again after this long. */
const STALE_LOCK_MS = 5 * 60 * 1000;

/** Claims due jobs in one statement; concurrent workers never take the same row (FOR UPDATE SKIP LOCKED). */
export async function claimDueJobs(db: Db, now: Date, limit: number): Promise<Job[]> {
  const staleBefore = new Date(now.getTime() - STALE_LOCK_MS);
  const due = db
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      or(
        and(eq(jobs.status, 'queued'), lte(jobs.runAt, now)),
        and(eq(jobs.status, 'running'), lt(jobs.lockedAt, staleBefore)),
      ),
    )
    .orderBy(asc(jobs.runAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  const rows = await db
    .update(jobs)
    .set({ status: 'running', lockedAt: now, attempts: sql`${jobs.attempts} + 1` })
    .where(inArray(jobs.id, due))
    .returning();
  return rows.sort((a, b) => a.runAt.getTime() - b.runAt.getTime());
}

/** 30 s, 2 min, 8 min, 32 min … capped at 6 hours. */
export function backoffMs(attempt: number): number {
  return Math.min(30_000 * 4 ** Math.max(0, attempt - 1), 6 * 60 * 60 * 1000);
}

export async function completeJob(db: Conn, id: number, now: Date): Promise<void> {
  await db.update(jobs).set({ status: 'done', finishedAt: now, lockedAt: null }).where(eq(jobs.id, id));
}

export async function failJob(db: Conn, job: Job, error: unknown, now: Date): Promise<'retry' | 'failed'> {
  const message = error instanceof Error ? error.message : String(error);
  const final = job.attempts >= job.maxAttempts;
  await db
    .update(jobs)
    .set(
      final
        ? { status: 'failed', lastError: message, finishedAt: now, lockedAt: null }
        : {
            status: 'queued',
            lastError: message,
            lockedAt: null,
            runAt: new Date(now.getTime() + backoffMs(job.attempts)),
          },
    )
    .where(and(eq(jobs.id, job.id), eq(jobs.status, 'running')));
  return final ? 'failed' : 'retry';
}

export type JobHandler = (job: Job, ctx: { db: Db; now: Date; log: pino.Logger }) => Promise<void>;

export interface RunResult {
  done: number;
  retried: number;
  failed: number;
}

/** Runs every due job once; an unknown kind fails for good rather than looping. */
export async function runDueJobs(
  db: Db,
  handlers: Record<string, JobHandler>,
  log: pino.Logger,
  now = new Date(),
  limit = 50,
): Promise<RunResult> {
  const result: RunResult = { done: 0, retried: 0, failed: 0 };
  for (const job of await claimDueJobs(db, now, limit)) {
    const handler = handlers[job.kind];
    const jobLog = log.child({ job: job.id, kind: job.kind, attempt: job.attempts });
    try {
      if (!handler) {
        throw Object.assign(new Error(`no handler for job kind "${job.kind}"`), { permanent: true });
      }
      if (job.attempts > job.maxAttempts) {
        // Claimed again after its worker died mid-run, more often than it may be tried.
        throw Object.assign(new Error('the worker stopped during every attempt'), { permanent: true });
      }
      await handler(job, { db, now, log: jobLog });
      await completeJob(db, job.id, now);
      result.done++;
      jobLog.info('job done');
    } catch (error) {
      const permanent = (error as { permanent?: boolean }).permanent === true;
      const outcome = await failJob(db, permanent ? { ...job, attempts: job.maxAttempts } : job, error, now);
      result[outcome === 'retry' ? 'retried' : 'failed']++;
      jobLog[outcome === 'retry' ? 'warn' : 'error'](
        { err: error },
        `job ${outcome === 'retry' ? 'will retry' : 'failed'}`,
      );
    }
  }
  return result;
}

/** Polls for due jobs in a long-running process; returns a function that stops it. */
export function startJobWorker(
  getDb: () => Promise<Db>,
  handlers: Record<string, JobHandler>,
  log: pino.Logger,
  intervalMs = 5_000,
): () => Promise<void> {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const tick = async () => {
    if (stopped) return;
    try {
      const db = await getDb();
      let batch: RunResult;
      do batch = await runDueJobs(db, handlers, log);
      while (!stopped && batch.done + batch.retried + batch.failed > 0);
    } catch (error) {
      log.error({ err: error }, 'job worker tick failed');
    }
  };
  const timer = setInterval(() => {
    running = running.then(tick);
  }, intervalMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}

/** Brings a queued job forward to run now (e.g. once the work it waits on is recorded). */
export async function expediteJob(db: Conn, dedupeKey: string, now: Date): Promise<void> {
  await db
    .update(jobs)
    .set({ runAt: now })
    .where(and(eq(jobs.dedupeKey, dedupeKey), eq(jobs.status, 'queued'), gt(jobs.runAt, now)));
}
