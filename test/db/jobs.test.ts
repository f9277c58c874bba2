import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OpenDb } from '@/db/client';
import { backoffMs, claimDueJobs, completeJob, enqueueJob, type JobHandler, runDueJobs } from '@/db/jobs';
import { markEventSeen, pruneSlackEvents } from '@/db/queries/slack-events';
import { type Job, jobs, slackEvents } from '@/db/schema';
import { createTestDb } from '@/test/helpers/db';

let open: OpenDb;
const log = pino({ level: 'silent' });
const at = (iso: string) => new Date(iso);
const NOW = at('2026-11-24T12:00:00Z');
const later = (ms: number, from = NOW) => new Date(from.getTime() + ms);
const MINUTE = 60_000;

async function row(id: number): Promise<Job> {
  const [found] = await open.db.select().from(jobs).where(eq(jobs.id, id));
  expect(found, `job ${id}`).toBeDefined();
  return found!;
}

async function enqueue(input: Parameters<typeof enqueueJob>[1]): Promise<Job> {
  const job = await enqueueJob(open.db, input);
  expect(job).toBeDefined();
  return job!;
}

const failing: JobHandler = async () => {
  throw new Error('Slack said ratelimited');
};

beforeAll(async () => {
  open = await createTestDb();
});
afterAll(() => open.close());
beforeEach(async () => {
  await open.db.delete(jobs);
  await open.db.delete(slackEvents);
});

describe('enqueueJob', () => {
  it('keeps one row when the same dedupeKey is enqueued twice', async () => {
    const first = await enqueueJob(open.db, { kind: 'k', dedupeKey: 'reminder:1', runAt: NOW });
    const second = await enqueueJob(open.db, { kind: 'k', dedupeKey: 'reminder:1', runAt: later(MINUTE) });
    expect(first).toBeDefined();
    expect(second).toBeUndefined();
    const rows = await open.db.select().from(jobs);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.runAt).toEqual(NOW);
  });

  it('keeps jobs without a dedupeKey apart', async () => {
    await enqueue({ kind: 'k', runAt: NOW });
    await enqueue({ kind: 'k', runAt: NOW });
    expect(await open.db.select().from(jobs)).toHaveLength(2);
  });

  it('accepts a dedupeKey again once the job holding it is done', async () => {
    const first = await enqueue({ kind: 'k', dedupeKey: 'once', runAt: NOW });
    await completeJob(open.db, first.id, NOW);
    expect(await enqueueJob(open.db, { kind: 'k', dedupeKey: 'once', runAt: NOW })).toBeDefined();
  });

  it('stores the defaults: queued, no attempts, five tries, empty payload', async () => {
    const job = await enqueue({ kind: 'k', runAt: NOW });
    expect(job).toMatchObject({
      status: 'queued',
      attempts: 0,
      maxAttempts: 5,
      payload: {},
      dedupeKey: null,
      lockedAt: null,
    });
  });
});

describe('claimDueJobs', () => {
  it('takes only jobs whose runAt has come, and marks them running', async () => {
    const due = await enqueue({ kind: 'k', runAt: later(-MINUTE) });
    const exactlyNow = await enqueue({ kind: 'k', runAt: NOW });
    const future = await enqueue({ kind: 'k', runAt: later(1) });
    const claimed = await claimDueJobs(open.db, NOW, 10);
    expect(claimed.map((j) => j.id)).toEqual([due.id, exactlyNow.id]);
    for (const job of claimed) {
      expect(job).toMatchObject({ status: 'running', attempts: 1, lockedAt: NOW });
    }
    expect((await row(future.id)).status).toBe('queued');
  });

  it('takes the oldest runAt first and no more than the limit', async () => {
    const c = await enqueue({ kind: 'k', runAt: later(-1 * MINUTE) });
    const a = await enqueue({ kind: 'k', runAt: later(-3 * MINUTE) });
    const b = await enqueue({ kind: 'k', runAt: later(-2 * MINUTE) });
    expect((await claimDueJobs(open.db, NOW, 2)).map((j) => j.id)).toEqual([a.id, b.id]);
    expect((await claimDueJobs(open.db, NOW, 2)).map((j) => j.id)).toEqual([c.id]);
  });

  it('does not take a job that another worker is running', async () => {
    await enqueue({ kind: 'k', runAt: NOW });
    expect(await claimDueJobs(open.db, NOW, 10)).toHaveLength(1);
    expect(await claimDueJobs(open.db, later(4 * MINUTE), 10)).toEqual([]);
  });

  it('never gives the same job to two concurrent workers', async () => {
    const all = await Promise.all(Array.from({ length: 30 }, () => enqueue({ kind: 'k', runAt: NOW })));
    const batches = await Promise.all([
      claimDueJobs(open.db, NOW, 10),
      claimDueJobs(open.db, NOW, 10),
      claimDueJobs(open.db, NOW, 10),
      claimDueJobs(open.db, NOW, 10),
    ]);
    const rest = await claimDueJobs(open.db, NOW, 100);
    const ids = [...batches.flat(), ...rest].map((j) => j.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.toSorted((x, y) => x - y)).toEqual(all.map((j) => j.id).toSorted((x, y) => x - y));
    const rows = await open.db.select().from(jobs);
    expect(rows.every((r) => r.status === 'running' && r.attempts === 1)).toBe(true);
  });

  it('takes again a job stuck in running whose lock is older than five minutes', async () => {
    const job = await enqueue({ kind: 'k', runAt: NOW });
    await claimDueJobs(open.db, NOW, 10);
    expect(await claimDueJobs(open.db, later(5 * MINUTE), 10)).toEqual([]);
    const again = await claimDueJobs(open.db, later(5 * MINUTE + 1000), 10);
    expect(again.map((j) => j.id)).toEqual([job.id]);
    expect(again[0]).toMatchObject({ status: 'running', attempts: 2, lockedAt: later(5 * MINUTE + 1000) });
  });

  it('never takes a finished job', async () => {
    const done = await enqueue({ kind: 'k', runAt: NOW });
    await claimDueJobs(open.db, NOW, 10);
    await completeJob(open.db, done.id, NOW);
    expect(await claimDueJobs(open.db, later(60 * MINUTE), 10)).toEqual([]);
  });
});

describe('backoffMs', () => {
  it('waits 30 s, 2 min, 8 min, 32 min and never more than 6 hours', () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([30_000, 2 * MINUTE, 8 * MINUTE, 32 * MINUTE]);
    expect(backoffMs(20)).toBe(6 * 60 * MINUTE);
  });
});

describe('runDueJobs', () => {
  it('runs a due job once and marks it done', async () => {
    const job = await enqueue({ kind: 'greet', payload: { who: 'Minji' }, runAt: NOW });
    const seen: { payload: unknown; now: Date }[] = [];
    const result = await runDueJobs(
      open.db,
      {
        greet: async (j, ctx) => {
          seen.push({ payload: j.payload, now: ctx.now });
        },
      },
      log,
      NOW,
    );
    expect(result).toEqual({ done: 1, retried: 0, failed: 0 });
    expect(seen).toEqual([{ payload: { who: 'Minji' }, now: NOW }]);
    expect(await row(job.id)).toMatchObject({ status: 'done', finishedAt: NOW, lockedAt: null, attempts: 1 });
    expect(await runDueJobs(open.db, { greet: async () => {} }, log, later(MINUTE))).toEqual({
      done: 0,
      retried: 0,
      failed: 0,
    });
  });

  it('puts a throwing job back in the queue with backoff', async () => {
    const job = await enqueue({ kind: 'flaky', runAt: NOW });
    expect(await runDueJobs(open.db, { flaky: failing }, log, NOW)).toEqual({
      done: 0,
      retried: 1,
      failed: 0,
    });
    expect(await row(job.id)).toMatchObject({
      status: 'queued',
      attempts: 1,
      lastError: 'Slack said ratelimited',
      lockedAt: null,
      runAt: later(backoffMs(1)),
      finishedAt: null,
    });

    // Not due again until the backoff has passed.
    expect(await runDueJobs(open.db, { flaky: failing }, log, later(backoffMs(1) - 1))).toEqual({
      done: 0,
      retried: 0,
      failed: 0,
    });
    const second = later(backoffMs(1));
    expect(await runDueJobs(open.db, { flaky: failing }, log, second)).toEqual({
      done: 0,
      retried: 1,
      failed: 0,
    });
    expect(await row(job.id)).toMatchObject({
      status: 'queued',
      attempts: 2,
      runAt: later(backoffMs(2), second),
    });
  });

  it('fails a job for good after maxAttempts', async () => {
    const job = await enqueue({ kind: 'flaky', runAt: NOW, maxAttempts: 2 });
    await runDueJobs(open.db, { flaky: failing }, log, NOW);
    const second = later(backoffMs(1));
    expect(await runDueJobs(open.db, { flaky: failing }, log, second)).toEqual({
      done: 0,
      retried: 0,
      failed: 1,
    });
    expect(await row(job.id)).toMatchObject({
      status: 'failed',
      attempts: 2,
      lastError: 'Slack said ratelimited',
      finishedAt: second,
      lockedAt: null,
    });
    expect(await runDueJobs(open.db, { flaky: failing }, log, later(24 * 60 * MINUTE))).toEqual({
      done: 0,
      retried: 0,
      failed: 0,
    });
  });

  it('succeeds on a retry after a failure', async () => {
    const job = await enqueue({ kind: 'flaky', runAt: NOW });
    let calls = 0;
    const onceFailing: JobHandler = async () => {
      calls++;
      if (calls === 1) throw new Error('first time fails');
    };
    await runDueJobs(open.db, { flaky: onceFailing }, log, NOW);
    const result = await runDueJobs(open.db, { flaky: onceFailing }, log, later(backoffMs(1)));
    expect(result).toEqual({ done: 1, retried: 0, failed: 0 });
    expect(await row(job.id)).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('fails a job of an unknown kind at once, without retrying', async () => {
    const job = await enqueue({ kind: 'no.such.kind', runAt: NOW });
    expect(await runDueJobs(open.db, {}, log, NOW)).toEqual({ done: 0, retried: 0, failed: 1 });
    expect(await row(job.id)).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: 'no handler for job kind "no.such.kind"',
      finishedAt: NOW,
    });
  });

  it('keeps running the other jobs when one throws', async () => {
    await enqueue({ kind: 'flaky', runAt: later(-2 * MINUTE) });
    await enqueue({ kind: 'ok', runAt: later(-MINUTE) });
    const result = await runDueJobs(open.db, { flaky: failing, ok: async () => {} }, log, NOW);
    expect(result).toEqual({ done: 1, retried: 1, failed: 0 });
  });
});

describe('Slack event ids', () => {
  it('says an event is new the first time and a retry the second time', async () => {
    expect(await markEventSeen(open.db, 'Ev001', 'T1')).toBe(true);
    expect(await markEventSeen(open.db, 'Ev001', 'T1')).toBe(false);
    expect(await markEventSeen(open.db, 'Ev002')).toBe(true);
  });

  it('prunes only ids received before the cut-off', async () => {
    await markEventSeen(open.db, 'EvOld');
    await markEventSeen(open.db, 'EvEdge');
    await markEventSeen(open.db, 'EvNew');
    await open.db
      .update(slackEvents)
      .set({ receivedAt: at('2026-11-20T00:00:00Z') })
      .where(eq(slackEvents.eventId, 'EvOld'));
    await open.db
      .update(slackEvents)
      .set({ receivedAt: at('2026-11-23T00:00:00Z') })
      .where(eq(slackEvents.eventId, 'EvEdge'));
    await open.db
      .update(slackEvents)
      .set({ receivedAt: at('2026-11-24T00:00:00Z') })
      .where(eq(slackEvents.eventId, 'EvNew'));

    expect(await pruneSlackEvents(open.db, at('2026-11-23T00:00:00Z'))).toBe(1);
    const left = await open.db.select({ id: slackEvents.eventId }).from(slackEvents);
    expect(left.map((r) => r.id).toSorted()).toEqual(['EvEdge', 'EvNew']);
    // A pruned id counts as new again.
    expect(await markEventSeen(open.db, 'EvOld')).toBe(true);
    expect(await markEventSeen(open.db, 'EvNew')).toBe(false);
  });

  it('prunes nothing when every id is recent', async () => {
    await markEventSeen(open.db, 'EvNow');
    expect(await pruneSlackEvents(open.db, new Date(Date.now() - 60 * MINUTE))).toBe(0);
  });
});
