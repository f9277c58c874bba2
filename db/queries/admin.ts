import { and, asc, desc, eq, inArray, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Conn, Db } from '@/db/client';
import { type Member, type MemberRole, members, type Request, requestEvents, requests } from '@/db/schema';

/** Admin by Slack's word: named in HOMEROOM_ADMINS when it is set, otherwise a workspace admin or owner. */
function adminBySlack(configuredAdmins: readonly string[]) {
  return configuredAdmins.length > 0
    ? inArray(members.userId, [...configuredAdmins])
    : eq(members.isWorkspaceAdmin, true);
}

export interface MemberSettings {
  role: MemberRole;
  /** Days a year, a multiple of 0.5. */
  allowanceDays: number;
}

export type SettingsChange =
  | { status: 'saved'; member: Member; changed: ('role' | 'allowance')[] }
  | { status: 'not_found' };

/**
 * Admins other than `exceptMemberId` in a team, by the same rule as effectiveRole: the configured
 * admins when HOMEROOM_ADMINS is set, otherwise Slack's workspace admins, plus anyone given the admin
 * role in Homeroom.
 */
export async function countOtherAdmins(
  db: Conn,
  teamId: string,
  exceptMemberId: number,
  configuredAdmins: readonly string[],
): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(members)
    .where(
      and(
        eq(members.teamId, teamId),
        ne(members.id, exceptMemberId),
        or(eq(members.role, 'admin'), adminBySlack(configuredAdmins)),
      ),
    );
  return row?.n ?? 0;
}

/**
 * Sets a member's role and yearly allowance and writes one audit row per changed field, in one
 * transaction. The row is locked first so two admins saving at once each see the other's value as
 * "from". `role` undefined leaves it alone (configured admins).
 */
export async function updateMemberSettings(
  db: Db,
  input: {
    teamId: string;
    memberId: number;
    actorId: number;
    role: MemberRole | undefined;
    allowanceDays: number;
    note: string | null;
  },
): Promise<SettingsChange> {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(members)
      .where(and(eq(members.id, input.memberId), eq(members.teamId, input.teamId)))
      .for('update');
    if (!current) return { status: 'not_found' as const };
    const changed: ('role' | 'allowance')[] = [];
    const audit: (typeof requestEvents.$inferInsert)[] = [];
    const base = {
      teamId: input.teamId,
      subjectMemberId: current.id,
      actorId: input.actorId,
      note: input.note,
    };
    if (input.role !== undefined && input.role !== current.role) {
      changed.push('role');
      audit.push({ ...base, action: 'role_changed', data: { from: current.role, to: input.role } });
    }
    const fromDays = Number(current.leaveAllowanceDays);
    if (fromDays !== input.allowanceDays) {
      changed.push('allowance');
      audit.push({
        ...base,
        action: 'allowance_changed',
        data: { from: fromDays, to: input.allowanceDays },
      });
    }
    if (changed.length === 0) return { status: 'saved' as const, member: current, changed };
    const [updated] = await tx
      .update(members)
      .set({
        role: input.role ?? current.role,
        leaveAllowanceDays: input.allowanceDays.toFixed(1),
        updatedAt: sql`now()`,
      })
      .where(eq(members.id, current.id))
      .returning();
    await tx.insert(requestEvents).values(audit);
    return { status: 'saved' as const, member: updated!, changed };
  });
}

/** The audit rows about a member (admin changes), newest first. */
export async function memberAudit(db: Conn, memberId: number) {
  return db
    .select()
    .from(requestEvents)
    .where(eq(requestEvents.subjectMemberId, memberId))
    .orderBy(desc(requestEvents.createdAt), desc(requestEvents.id));
}

export interface ReminderRow {
  request: Request;
  member: Pick<Member, 'userId' | 'displayName' | 'realName' | 'timeZone' | 'locale'>;
}

/**
 * Marks the pending requests that are due a reminder: older than `olderThan`, and not reminded
 * since `notSince`. `stamp` is the reminder run's own time (stable across retries of one run), so a
 * retried run finds again what it marked and sends the same list instead of nothing. One audit row
 * per newly marked request, in the same transaction.
 */
export async function markRequestsForReminder(
  db: Db,
  input: { stamp: Date; olderThan: Date; notSince: Date },
): Promise<ReminderRow[]> {
  return db.transaction(async (tx) => {
    const marked = await tx
      .update(requests)
      .set({ remindedAt: input.stamp })
      .where(
        and(
          eq(requests.status, 'pending'),
          lt(requests.createdAt, input.olderThan),
          or(isNull(requests.remindedAt), lt(requests.remindedAt, input.notSince)),
        ),
      )
      .returning({ id: requests.id, teamId: requests.teamId });
    if (marked.length > 0) {
      await tx.insert(requestEvents).values(
        marked.map((r) => ({
          teamId: r.teamId,
          requestId: r.id,
          actorId: null,
          action: 'reminded',
          data: { at: input.stamp.toISOString() },
        })),
      );
    }
    const rows = await tx
      .select({
        request: requests,
        member: {
          userId: members.userId,
          displayName: members.displayName,
          realName: members.realName,
          timeZone: members.timeZone,
          locale: members.locale,
        },
      })
      .from(requests)
      .innerJoin(members, eq(members.id, requests.memberId))
      .where(and(eq(requests.status, 'pending'), eq(requests.remindedAt, input.stamp)))
      .orderBy(asc(requests.createdAt), asc(requests.id));
    return rows;
  });
}

/** The team's admins Homeroom knows (members rows); configured admins who never used it have none. */
export async function teamAdmins(db: Conn, teamId: string, configuredAdmins: readonly string[]) {
  return db
    .select()
    .from(members)
    .where(and(eq(members.teamId, teamId), or(eq(members.role, 'admin'), adminBySlack(configuredAdmins))))
    .orderBy(asc(members.id));
}

/**
 * Who gets approval DMs when no approvers channel is set: the team's admins, each with their locale,
 * plus configured admins Homeroom has not seen yet (in English until their first visit).
 */
export async function adminRecipients(
  db: Conn,
  teamId: string,
  configuredAdmins: readonly string[],
): Promise<{ userId: string; locale: string }[]> {
  const known = (await teamAdmins(db, teamId, configuredAdmins)).map(({ userId, locale }) => ({
    userId,
    locale,
  }));
  const seen = new Set(known.map((m) => m.userId));
  const unknown = configuredAdmins
    .filter((id) => !seen.has(id))
    .map((userId) => ({ userId, locale: 'en-US' }));
  return [...known, ...unknown];
}
