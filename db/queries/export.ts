import { and, asc, eq, gt, gte, lt, lte, or, sql } from 'drizzle-orm';
import type { Conn } from '@/db/client';
import { attendanceSessions, members, requests } from '@/db/schema';

/**
 * What a CSV export covers: instants [from, to) for attendance and request creation, and the local
 * dates [fromDate, toDate] for leave, which counts when it overlaps the range even if filed earlier.
 */
export interface ExportRange {
  teamId: string;
  from: Date;
  to: Date;
  fromDate: string;
  toDate: string;
}

/** One page of requests in the range, by id; pass the last id seen to get the next page. */
export async function exportRequestsPage(db: Conn, range: ExportRange, afterId: number, limit: number) {
  return db
    .select({
      request: requests,
      userId: members.userId,
      displayName: members.displayName,
      realName: members.realName,
      decidedByUserId: sql<
        string | null
      >`(select d.user_id from members d where d.id = ${requests.decidedById})`,
    })
    .from(requests)
    .innerJoin(members, eq(members.id, requests.memberId))
    .where(
      and(
        eq(requests.teamId, range.teamId),
        gt(requests.id, afterId),
        or(
          and(gte(requests.createdAt, range.from), lt(requests.createdAt, range.to)),
          and(
            eq(requests.kind, 'leave'),
            lte(requests.startDate, range.toDate),
            gte(requests.endDate, range.fromDate),
          ),
        ),
      ),
    )
    .orderBy(asc(requests.id))
    .limit(limit);
}

export interface SessionCursor {
  checkInAt: Date;
  id: number;
}

/** One page of attendance sessions that started in the range, by check-in time (keyset, not offset). */
export async function exportSessionsPage(
  db: Conn,
  range: ExportRange,
  after: SessionCursor | undefined,
  limit: number,
) {
  const s = attendanceSessions;
  return db
    .select({
      session: s,
      userId: members.userId,
      displayName: members.displayName,
      realName: members.realName,
      timeZone: members.timeZone,
      // The local calendar day of the check-in in the member's own zone.
      localDate: sql<string>`to_char(${s.checkInAt} at time zone ${members.timeZone}, 'YYYY-MM-DD')`,
    })
    .from(s)
    .innerJoin(members, eq(members.id, s.memberId))
    .where(
      and(
        eq(s.teamId, range.teamId),
        gte(s.checkInAt, range.from),
        lt(s.checkInAt, range.to),
        after
          ? sql`(${s.checkInAt}, ${s.id}) > (${after.checkInAt.toISOString()}::timestamptz, ${after.id})`
          : undefined,
      ),
    )
    .orderBy(asc(s.checkInAt), asc(s.id))
    .limit(limit);
}
