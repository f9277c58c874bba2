import { and, eq, sql } from 'drizzle-orm';
import type { Conn } from '@/db/client';
import { type Member, type MemberRole, members } from '@/db/schema';

export interface MemberProfile {
  teamId: string;
  userId: string;
  displayName: string;
  realName: string;
  timeZone: string;
  locale: string;
  isWorkspaceAdmin: boolean;
}

export async function findMember(db: Conn, teamId: string, userId: string): Promise<Member | undefined> {
  const [row] = await db
    .select()
    .from(members)
    .where(and(eq(members.teamId, teamId), eq(members.userId, userId)))
    .limit(1);
  return row;
}

/** Creates the member or refreshes their Slack profile; the Homeroom role is never touched here. */
export async function upsertMemberProfile(
  db: Conn,
  profile: MemberProfile,
  now = new Date(),
): Promise<Member> {
  const [row] = await db
    .insert(members)
    .values({ ...profile, profileSyncedAt: now })
    .onConflictDoUpdate({
      target: [members.teamId, members.userId],
      set: {
        displayName: profile.displayName,
        realName: profile.realName,
        timeZone: profile.timeZone,
        locale: profile.locale,
        isWorkspaceAdmin: profile.isWorkspaceAdmin,
        profileSyncedAt: now,
        updatedAt: sql`now()`,
      },
    })
    .returning();
  return row!;
}

/**
 * Makes sure a member row exists when Slack could not tell us who they are (users.info failed):
 * defaults (UTC, en-US) and no sync time, so the next request asks users.info again.
 */
export async function ensureMember(db: Conn, teamId: string, userId: string): Promise<Member> {
  const [created] = await db.insert(members).values({ teamId, userId }).onConflictDoNothing().returning();
  return created ?? (await findMember(db, teamId, userId))!;
}

/**
 * The role that counts: HOMEROOM_ADMINS names the admins when set; otherwise Slack's workspace
 * admins and owners are Homeroom admins. An approver role given in Homeroom is kept either way.
 */
export function effectiveRole(member: Member, configuredAdmins: readonly string[]): MemberRole {
  const slackSaysAdmin =
    configuredAdmins.length > 0 ? configuredAdmins.includes(member.userId) : member.isWorkspaceAdmin;
  return slackSaysAdmin ? 'admin' : member.role;
}

export function memberName(member: Pick<Member, 'displayName' | 'realName' | 'userId'>): string {
  return member.displayName || member.realName || member.userId;
}
