import { and, eq, exists, gt, gte, inArray, or, sql } from 'drizzle-orm';
import type { Conn } from '@/db/client';
import { type EnqueueInput, enqueueJob } from '@/db/jobs';
import { attendanceSessions, jobs, type Member, members } from '@/db/schema';

/**
 * Members worth reminding: those who joined or checked in during the last `days` days. Someone who
 * tried Homeroom once and left is not nagged every morning forever.
 */
export async function activeMembers(db: Conn, now: Date, days = 30): Promise<Member[]> {
  const since = new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
  return db
    .select()
    .from(members)
    .where(
      or(
        gt(members.createdAt, since),
        exists(
          db
            .select({ one: sql`1` })
            .from(attendanceSessions)
            .where(and(eq(attendanceSessions.memberId, members.id), gt(attendanceSessions.checkInAt, since))),
        ),
      ),
    );
}

export async function memberById(db: Conn, id: number): Promise<Member | undefined> {
  const [row] = await db.select().from(members).where(eq(members.id, id)).limit(1);
  return row;
}

/** Slack user ids of members, by member id. */
export async function userIdsOf(db: Conn, memberIds: number[]): Promise<Map<number, string>> {
  if (memberIds.length === 0) return new Map();
  const rows = await db
    .select({ id: members.id, userId: members.userId })
    .from(members)
    .where(inArray(members.id, memberIds));
  return new Map(rows.map((r) => [r.id, r.userId]));
}

/** True when the member checked in at or after `since` (today's local midnight), or is in now. */
export async function checkedInSince(db: Conn, memberId: number, since: Date): Promise<boolean> {
  const [row] = await db
    .select({ id: attendanceSessions.id })
    .from(attendanceSessions)
    .where(
      and(
        eq(attendanceSessions.memberId, memberId),
        or(gte(attendanceSessions.checkInAt, since), sql`${attendanceSessions.checkOutAt} is null`),
      ),
    )
    .limit(1);
  return Boolean(row);
}

/** Team ids with members, and the locale most of each team's members use. */
export async function teamLocales(db: Conn): Promise<{ teamId: string; locale: string }[]> {
  const rows = await db
    .select({ teamId: members.teamId, locale: members.locale, n: sql<number>`count(*)::int` })
    .from(members)
    .groupBy(members.teamId, members.locale);
  const best = new Map<string, { locale: string; n: number }>();
  for (const r of rows) {
    const current = best.get(r.teamId);
    if (!current || r.n > current.n || (r.n === current.n && r.locale < current.locale)) {
      best.set(r.teamId, { locale: r.locale, n: r.n });
    }
  }
  return [...best].map(([teamId, { locale }]) => ({ teamId, locale }));
}

/**
 * Enqueues a job unless one with the same key was ever queued, including finished ones: a
 * reminder that was sent must not be sent again by a later or duplicated planner run. (The jobs
 * table's own dedupe only covers queued and running jobs.)
 */
export async function enqueueOnce(db: Conn, input: EnqueueInput & { dedupeKey: string }): Promise<boolean> {
  const [seen] = await db
    .select({ id: jobs.id })
    .from(jobs)
    .where(eq(jobs.dedupeKey, input.dedupeKey))
    .limit(1);
  if (seen) return false;
  return Boolean(await enqueueJob(db, input));
}

/** Keys of `keys` that some job already carries, in one query (the planner checks many at once). */
export async function existingDedupeKeys(db: Conn, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db.select({ key: jobs.dedupeKey }).from(jobs).where(inArray(jobs.dedupeKey, keys));
  return new Set(rows.map((r) => r.key).filter((k): k is string => k !== null));
}

/** True when a job of `kind` is queued or running. */
export async function hasPendingJob(db: Conn, kind: string): Promise<boolean> {
  const [row] = await db
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.kind, kind), inArray(jobs.status, ['queued', 'running'])))
    .limit(1);
  return Boolean(row);
}
