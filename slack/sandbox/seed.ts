import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { insertSeed, type SandboxSeed, wipeTeam } from '@/db/queries/sandbox';
import { members } from '@/db/schema';
import {
  SANDBOX_APP_ID,
  SANDBOX_APPROVERS_CHANNEL,
  SANDBOX_BOT_ID,
  SANDBOX_BOT_USER_ID,
  SANDBOX_GENERAL_CHANNEL,
  SANDBOX_TEAM_DOMAIN,
  SANDBOX_TEAM_ID,
  SANDBOX_TEAM_NAME,
} from '@/slack/sandbox/constants';
import { messageTs } from '@/slack/sandbox/ids';

interface SeedPerson {
  id: string;
  realName: string;
  displayName: string;
  title: string;
  tz: string;
  locale: string;
  color: string;
  role: 'member' | 'approver' | 'admin';
}

/** Six people in six zones and four languages: one approver, one workspace admin. */
export const seedPeople: readonly SeedPerson[] = [
  {
    id: 'U0SAM',
    realName: 'Sam Rivera',
    displayName: 'Sam',
    title: 'Product designer',
    tz: 'America/Los_Angeles',
    locale: 'en-US',
    color: '#2b7bb9',
    role: 'member',
  },
  {
    id: 'U0MINJI',
    realName: 'Minji Park',
    displayName: 'Minji',
    title: 'Engineering manager',
    tz: 'Asia/Seoul',
    locale: 'ko-KR',
    color: '#e01e5a',
    role: 'approver',
  },
  {
    id: 'U0HARUTO',
    realName: 'Haruto Sato',
    displayName: 'Haruto',
    title: 'Backend engineer',
    tz: 'Asia/Tokyo',
    locale: 'ja-JP',
    color: '#2eb67d',
    role: 'member',
  },
  {
    id: 'U0OLIVIA',
    realName: 'Olivia Bennett',
    displayName: 'Olivia',
    title: 'Operations lead',
    tz: 'Europe/London',
    locale: 'en-GB',
    color: '#ecb22e',
    role: 'admin',
  },
  {
    id: 'U0PRIYA',
    realName: 'Priya Sharma',
    displayName: 'Priya',
    title: 'Data analyst',
    tz: 'Asia/Kolkata',
    locale: 'en-IN',
    color: '#9b59b6',
    role: 'member',
  },
  {
    id: 'U0LUCAS',
    realName: 'Lucas Silva',
    displayName: 'Lucas',
    title: 'Support engineer',
    tz: 'America/Sao_Paulo',
    locale: 'pt-BR',
    color: '#e8912d',
    role: 'member',
  },
];

export const DEFAULT_MEMBER = 'U0SAM';

/** The bot's DM channel with one person (the seed gives everyone one up front). */
export function imIdFor(userId: string): string {
  return `D${userId.slice(1)}`;
}

export function buildSeed(now = new Date()): SandboxSeed {
  const everyone = seedPeople.map((p) => p.id);
  const approvers = seedPeople.filter((p) => p.role !== 'member').map((p) => p.id);
  return {
    workspace: {
      teamId: SANDBOX_TEAM_ID,
      name: SANDBOX_TEAM_NAME,
      domain: SANDBOX_TEAM_DOMAIN,
      botUserId: SANDBOX_BOT_USER_ID,
      botId: SANDBOX_BOT_ID,
      appId: SANDBOX_APP_ID,
    },
    users: [
      ...seedPeople.map((p, position) => ({
        teamId: SANDBOX_TEAM_ID,
        id: p.id,
        name: p.displayName.toLowerCase(),
        realName: p.realName,
        displayName: p.displayName,
        title: p.title,
        tz: p.tz,
        locale: p.locale,
        isAdmin: p.role === 'admin',
        color: p.color,
        position,
      })),
      {
        teamId: SANDBOX_TEAM_ID,
        id: SANDBOX_BOT_USER_ID,
        name: 'homeroom',
        realName: 'Homeroom',
        displayName: 'Homeroom',
        tz: 'UTC',
        locale: 'en-US',
        isBot: true,
        color: '#4a154b',
        position: 100,
      },
    ],
    channels: [
      {
        teamId: SANDBOX_TEAM_ID,
        id: SANDBOX_GENERAL_CHANNEL,
        name: 'general',
        kind: 'channel',
        members: [...everyone, SANDBOX_BOT_USER_ID],
        topic: 'Company-wide announcements and work-based matters',
      },
      {
        teamId: SANDBOX_TEAM_ID,
        id: SANDBOX_APPROVERS_CHANNEL,
        name: 'approvers',
        kind: 'private',
        members: [...approvers, SANDBOX_BOT_USER_ID],
        topic: 'Requests waiting for a decision',
      },
      ...seedPeople.map((p) => ({
        teamId: SANDBOX_TEAM_ID,
        id: imIdFor(p.id),
        kind: 'im' as const,
        userId: p.id,
        members: [p.id, SANDBOX_BOT_USER_ID],
      })),
    ],
    messages: [
      {
        teamId: SANDBOX_TEAM_ID,
        channel: SANDBOX_GENERAL_CHANNEL,
        ts: messageTs(now.getTime() - 60_000),
        userId: 'U0OLIVIA',
        text: 'Welcome to the Homeroom sandbox :wave: Open *Home* to check in, or type `/homeroom help` here.',
      },
    ],
  };
}

/**
 * The app's own member rows for the seeded people, with their Homeroom roles (users.info fills in
 * the profile on the first request, as it would in Slack).
 */
async function seedAppMembers(db: Db): Promise<void> {
  await db
    .insert(members)
    .values(
      seedPeople.map((p) => ({
        teamId: SANDBOX_TEAM_ID,
        userId: p.id,
        displayName: p.displayName,
        realName: p.realName,
        timeZone: p.tz,
        locale: p.locale,
        role: p.role,
        isWorkspaceAdmin: p.role === 'admin',
      })),
    )
    // A row the app made before the seed keeps its profile but takes the seeded role.
    .onConflictDoUpdate({ target: [members.teamId, members.userId], set: { role: sql`excluded.role` } });
}

/** Creates the workspace on first use; true when it was created now. */
export async function ensureSeeded(db: Db): Promise<boolean> {
  const created = await insertSeed(db, buildSeed());
  if (created) await seedAppMembers(db);
  return created;
}

/** Reset: the emulated workspace and the app's data for the sandbox team are wiped, then seeded again. */
export async function resetSandbox(db: Db): Promise<void> {
  await wipeTeam(db, SANDBOX_TEAM_ID);
  await ensureSeeded(db);
}
