import type { AnyMiddlewareArgs, Context, Middleware } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type pino from 'pino';
import { getDb } from '@/db/client';
import { isValidTimeZone } from '@/db/local-time';
import { effectiveRole, ensureMember, findMember, upsertMemberProfile } from '@/db/queries/members';
import type { Member, MemberRole } from '@/db/schema';

/** What `loadMember` puts on Bolt's context for every request that comes from a person. */
export interface MemberContext {
  teamId: string;
  member: Member;
  role: MemberRole;
}

const PROFILE_TTL_MS = 24 * 60 * 60 * 1000;

type Body = Record<string, unknown>;

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** The acting user and team of any Slack payload shape (event, action, view, command, shortcut). */
export function actorOf(body: Body): { userId?: string; teamId?: string } {
  const user = body.user as Body | string | undefined;
  const event = body.event as Body | undefined;
  const team = body.team as Body | undefined;
  const userId =
    (typeof user === 'object' ? str(user?.id) : str(user)) ??
    str(body.user_id) ??
    str(event?.user) ??
    // file_shared names the sharer as user_id.
    str(event?.user_id);
  const teamId =
    str(team?.id) ??
    str(body.team_id) ??
    (typeof user === 'object' ? str(user?.team_id) : undefined) ??
    str(event?.team);
  return { userId, teamId };
}

/** Messages from bots, including ours, never reach the listeners. */
export const ignoreBotMessages: Middleware<AnyMiddlewareArgs> = async ({ body, next }) => {
  const event = (body as Body).event as Body | undefined;
  if (event && (event.type === 'message' || event.type === 'app_mention')) {
    if (event.bot_id || event.subtype === 'bot_message' || event.bot_profile) return;
  }
  await next();
};

async function fetchProfile(client: WebClient, userId: string, teamId: string, log: pino.Logger) {
  try {
    const res = await client.users.info({ user: userId, include_locale: true });
    const u = res.user;
    if (!u) return undefined;
    const tz = u.tz && isValidTimeZone(u.tz) ? u.tz : 'UTC';
    return {
      teamId,
      userId,
      displayName: u.profile?.display_name || '',
      realName: u.profile?.real_name || u.real_name || u.name || '',
      timeZone: tz,
      locale: u.locale || 'en-US',
      isWorkspaceAdmin: Boolean(u.is_admin || u.is_owner || u.is_primary_owner),
    };
  } catch (error) {
    log.warn({ err: error, userId }, 'users.info failed; using the stored or default profile');
    return undefined;
  }
}

/**
 * An ordinary message in a channel the bot is in: nothing of Homeroom's answers it (only file shares
 * there are ours), so its author is neither looked up nor made a member (who would then get reminders).
 */
function isPassingChannelMessage(body: Body): boolean {
  const event = body.event as Body | undefined;
  return event?.type === 'message' && event.channel_type !== 'im' && event.subtype !== 'file_share';
}

/** Loads (or creates, from users.info) the member behind a request and their effective role. */
export function loadMember(admins: readonly string[], log: pino.Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, client, context, next }) => {
    const { userId, teamId } = actorOf(body as Body);
    if (!userId || !teamId || isPassingChannelMessage(body as Body)) {
      await next();
      return;
    }
    const db = await getDb();
    let member = await findMember(db, teamId, userId);
    const stale = !member?.profileSyncedAt || Date.now() - member.profileSyncedAt.getTime() > PROFILE_TTL_MS;
    if (stale) {
      const profile = await fetchProfile(client, userId, teamId, log);
      if (profile) member = await upsertMemberProfile(db, profile);
      else member ??= await ensureMember(db, teamId, userId);
    }
    const ctx: MemberContext = { teamId, member: member!, role: effectiveRole(member!, admins) };
    Object.assign(context, ctx);
    await next();
  };
}

/** The member context, or undefined for a request with no person behind it. */
export function memberContext(context: Context): MemberContext | undefined {
  return context.member ? (context as unknown as MemberContext) : undefined;
}
