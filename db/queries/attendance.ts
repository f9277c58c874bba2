import { and, asc, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import type { Conn } from '@/db/client';
import { localDayBounds, localWeekDays, overlapMs } from '@/db/local-time';
import {
  type AttendanceSession,
  type AttendanceSource,
  attendanceSessions,
  members,
  type WorkLocation,
} from '@/db/schema';

export type CheckInResult =
  | { status: 'checked_in'; session: AttendanceSession }
  | { status: 'already_checked_in'; session: AttendanceSession };

export type CheckOutResult =
  | { status: 'checked_out'; session: AttendanceSession }
  | { status: 'not_checked_in' };

export async function openSession(db: Conn, memberId: number): Promise<AttendanceSession | undefined> {
  const [row] = await db
    .select()
    .from(attendanceSessions)
    .where(and(eq(attendanceSessions.memberId, memberId), isNull(attendanceSessions.checkOutAt)))
    .limit(1);
  return row;
}

/**
 * Opens a session unless one is open. The partial unique index decides races: a double click,
 * two tabs or a retried request all end with exactly one open session.
 */
export async function checkIn(
  db: Conn,
  input: {
    teamId: string;
    memberId: number;
    at: Date;
    source: AttendanceSource;
    location: WorkLocation;
    note?: string | null;
  },
): Promise<CheckInResult> {
  const [created] = await db
    .insert(attendanceSessions)
    .values({
      teamId: input.teamId,
      memberId: input.memberId,
      checkInAt: input.at,
      checkInSource: input.source,
      location: input.location,
      note: input.note ?? null,
    })
    .onConflictDoNothing()
    .returning();
  if (created) return { status: 'checked_in', session: created };
  const existing = await openSession(db, input.memberId);
  if (!existing)
    throw new Error(`check-in for member ${input.memberId} conflicted but no open session exists`);
  return { status: 'already_checked_in', session: existing };
}

/** Closes the open session, if any; `sessionId` restricts it to one session (the auto-close job). */
export async function checkOut(
  db: Conn,
  input: { memberId: number; at: Date; source: AttendanceSource; sessionId?: number },
): Promise<CheckOutResult> {
  const conditions = [eq(attendanceSessions.memberId, input.memberId), isNull(attendanceSessions.checkOutAt)];
  if (input.sessionId !== undefined) conditions.push(eq(attendanceSessions.id, input.sessionId));
  const [closed] = await db
    .update(attendanceSessions)
    .set({
      // A clock that went backwards must not produce a negative session.
      checkOutAt: sql`greatest(${attendanceSessions.checkInAt}, ${input.at.toISOString()}::timestamptz)`,
      checkOutSource: input.source,
    })
    .where(and(...conditions))
    .returning();
  return closed ? { status: 'checked_out', session: closed } : { status: 'not_checked_in' };
}

export async function updateOpenSessionNote(
  db: Conn,
  memberId: number,
  note: string | null,
  location?: WorkLocation,
): Promise<AttendanceSession | undefined> {
  const [row] = await db
    .update(attendanceSessions)
    .set(location ? { note, location } : { note })
    .where(and(eq(attendanceSessions.memberId, memberId), isNull(attendanceSessions.checkOutAt)))
    .returning();
  return row;
}

/** A session longer than this is not looked for further back (the auto-close job ends every day's). */
const LONGEST_SESSION_MS = 3 * 24 * 60 * 60 * 1000;

/** Sessions that overlap [from, to), oldest first. */
export async function sessionsOverlapping(
  db: Conn,
  memberId: number,
  from: Date,
  to: Date,
): Promise<AttendanceSession[]> {
  return db
    .select()
    .from(attendanceSessions)
    .where(
      and(
        eq(attendanceSessions.memberId, memberId),
        gt(attendanceSessions.checkInAt, new Date(from.getTime() - LONGEST_SESSION_MS)),
        lt(attendanceSessions.checkInAt, to),
        or(isNull(attendanceSessions.checkOutAt), gt(attendanceSessions.checkOutAt, from)),
      ),
    )
    .orderBy(asc(attendanceSessions.checkInAt));
}

export interface DaySummary {
  date: string;
  minutes: number;
}

export interface AttendanceSummary {
  open: AttendanceSession | undefined;
  /** Today's sessions in the member's zone, oldest first. */
  today: AttendanceSession[];
  todayMinutes: number;
  week: DaySummary[];
  weekMinutes: number;
  /** The most recent session the auto-close job ended, if it was today or yesterday. */
  recentAutoClose: AttendanceSession | undefined;
}

const minutes = (ms: number) => Math.floor(ms / 60_000);

/** Today's card and this week's hours for a member, in their own time zone. */
export async function attendanceSummary(
  db: Conn,
  memberId: number,
  timeZone: string,
  now: Date,
): Promise<AttendanceSummary> {
  const days = localWeekDays(now, timeZone);
  const today = localDayBounds(now, timeZone);
  const yesterdayStart = localDayBounds(new Date(today.start.getTime() - 1), timeZone).start;
  const from = new Date(Math.min(days[0]!.start.getTime(), yesterdayStart.getTime()));
  const sessions = await sessionsOverlapping(db, memberId, from, days[6]!.end);
  // A session the auto-close never ended can be older than the window: look for it on its own then.
  const open = sessions.find((s) => s.checkOutAt === null) ?? (await openSession(db, memberId));
  const endOf = (s: AttendanceSession) => s.checkOutAt ?? now;

  const week = days.map((d) => ({
    date: d.date,
    minutes: minutes(sessions.reduce((sum, s) => sum + overlapMs(s.checkInAt, endOf(s), d.start, d.end), 0)),
  }));
  const todays = sessions.filter((s) => overlapMs(s.checkInAt, endOf(s), today.start, today.end) > 0);
  const recentAutoClose = sessions
    .filter((s) => s.checkOutSource === 'auto_close' && s.checkOutAt && s.checkOutAt >= yesterdayStart)
    .at(-1);
  return {
    open,
    today: todays,
    todayMinutes: minutes(
      todays.reduce((sum, s) => sum + overlapMs(s.checkInAt, endOf(s), today.start, today.end), 0),
    ),
    week,
    weekMinutes: week.reduce((sum, d) => sum + d.minutes, 0),
    recentAutoClose,
  };
}

export interface PresenceRow {
  userId: string;
  name: string;
  since: Date;
  location: WorkLocation;
}

/**
 * Who has an open session in the team right now, earliest first. The member is looked up per open
 * session (a lateral join by primary key; `limit 1` keeps the planner from turning it into a hash
 * join that reads every member), which stays under a millisecond with 10,000 members.
 */
export async function whoIsIn(db: Conn, teamId: string): Promise<PresenceRow[]> {
  const who = db
    .select({ userId: members.userId, displayName: members.displayName, realName: members.realName })
    .from(members)
    .where(eq(members.id, attendanceSessions.memberId))
    .limit(1)
    .as('who');
  const rows = await db
    .select({
      userId: who.userId,
      displayName: who.displayName,
      realName: who.realName,
      since: attendanceSessions.checkInAt,
      location: attendanceSessions.location,
    })
    .from(attendanceSessions)
    .innerJoinLateral(who, sql`true`)
    .where(and(eq(attendanceSessions.teamId, teamId), isNull(attendanceSessions.checkOutAt)))
    .orderBy(asc(attendanceSessions.checkInAt));
  return rows.map((r) => ({
    userId: r.userId,
    name: r.displayName || r.realName || r.userId,
    since: r.since,
    location: r.location,
  }));
}
