import type {
  SandboxChannelJson,
  SandboxLogJson,
  SandboxMemberJson,
  SandboxMessageJson,
  SandboxSnapshot,
  SandboxViewJson,
} from '@/components/sandbox/types';
import {
  findFiles,
  findHomeView,
  findWorkspace,
  listChannels,
  listLog,
  listMessages,
  listUsers,
  modalStack,
  type ThreadStats,
  threadStats,
} from '@/db/queries/sandbox';
import type { SandboxChannel, SandboxMessage, SandboxUser, SandboxView } from '@/db/schema';
import type { SandboxContext } from '@/slack/sandbox/context';
import { DEFAULT_MEMBER, seedPeople } from '@/slack/sandbox/seed';
import { viewObject } from '@/slack/sandbox/shapes';

/** Plain JSON for the client page: what one member sees right now. */

function memberJson(u: SandboxUser): SandboxMemberJson {
  const seeded = seedPeople.find((p) => p.id === u.id);
  return {
    id: u.id,
    name: u.displayName || u.realName,
    realName: u.realName,
    title: u.title,
    tz: u.tz,
    locale: u.locale,
    color: u.color,
    role: u.isAdmin ? 'admin' : (seeded?.role ?? 'member'),
    isBot: u.isBot,
  };
}

function channelJson(
  c: SandboxChannel,
  me: string,
  users: Map<string, SandboxUser>,
  botUserId: string,
): SandboxChannelJson {
  if (c.kind === 'im' || c.kind === 'mpim') {
    const others = c.members.filter((m) => m !== me);
    const isApp = c.kind === 'im' && c.members.includes(botUserId);
    return {
      id: c.id,
      label: isApp ? 'Homeroom' : others.map((o) => users.get(o)?.displayName ?? o).join(', '),
      kind: c.kind,
      isApp,
      topic: '',
    };
  }
  return { id: c.id, label: c.name, kind: c.kind, isApp: false, topic: c.topic };
}

function viewJson(ctx: SandboxContext, v: SandboxView): SandboxViewJson {
  return { id: v.id, hash: v.hash, view: viewObject(v, ctx.ws), errors: v.errors ?? null };
}

async function messagesJson(
  ctx: SandboxContext,
  rows: SandboxMessage[],
  stats: Map<string, ThreadStats>,
): Promise<SandboxMessageJson[]> {
  const files = new Map(
    (await findFiles(ctx.db, ctx.teamId, [...new Set(rows.flatMap((m) => m.files ?? []))])).map((f) => [
      f.id,
      f,
    ]),
  );
  return rows.map((m) => {
    const thread = m.threadTs && m.threadTs !== m.ts ? undefined : stats.get(m.ts);
    return {
      ts: m.ts,
      userId: m.userId,
      isBot: m.botId !== null,
      text: m.text,
      blocks: m.blocks ?? null,
      files: (m.files ?? [])
        .map((id) => files.get(id))
        .filter((f) => f !== undefined)
        .map((f) => ({
          id: f.id,
          name: f.name,
          title: f.title || f.name,
          mimetype: f.mimetype,
          size: f.size,
          url: `/api/sandbox/files/${f.id}/${encodeURIComponent(f.name)}`,
        })),
      threadTs: m.threadTs,
      replyCount: thread?.replyCount ?? 0,
      replyUsers: thread?.replyUsers ?? [],
      ephemeral: m.ephemeralFor !== null,
      edited: m.editedTs !== null,
      reactions: m.reactions.map((r) => ({ name: r.name, count: r.users.length })),
    };
  });
}

export interface SnapshotQuery {
  user?: string;
  channel?: string;
  thread?: string;
}

export async function buildSnapshot(ctx: SandboxContext, q: SnapshotQuery): Promise<SandboxSnapshot> {
  const users = await listUsers(ctx.db, ctx.teamId);
  const byId = new Map(users.map((u) => [u.id, u]));
  const people = users.filter((u) => !u.isBot);
  const me = byId.get(q.user ?? '') ?? byId.get(DEFAULT_MEMBER) ?? people[0]!;
  const ws = (await findWorkspace(ctx.db, ctx.teamId)) ?? ctx.ws;
  const channels = (await listChannels(ctx.db, ctx.teamId)).filter(
    (c) => c.members.includes(me.id) && (c.kind !== 'im' || c.members.includes(ctx.ws.botUserId)),
  );
  const [home, stack] = await Promise.all([
    findHomeView(ctx.db, ctx.teamId, me.id),
    modalStack(ctx.db, ctx.teamId, me.id),
  ]);
  let conversation: SandboxSnapshot['conversation'] = null;
  const open = channels.find((c) => c.id === q.channel);
  if (open) {
    const stats = await threadStats(ctx.db, ctx.teamId, open.id);
    const top = await listMessages(ctx.db, ctx.teamId, open.id, { viewer: me.id });
    const thread = q.thread
      ? await listMessages(ctx.db, ctx.teamId, open.id, { viewer: me.id, threadTs: q.thread })
      : undefined;
    conversation = {
      channel: channelJson(open, me.id, byId, ctx.ws.botUserId),
      messages: await messagesJson(ctx, top, stats),
      thread: thread?.length
        ? { parentTs: q.thread!, messages: await messagesJson(ctx, thread, new Map()) }
        : null,
    };
  }
  return {
    version: ws.version,
    workspace: {
      teamId: ws.teamId,
      name: ws.name,
      appId: ws.appId,
      botUserId: ws.botUserId,
      appName: 'Homeroom',
    },
    me: memberJson(me),
    members: users.map(memberJson),
    channels: channels.map((c) => channelJson(c, me.id, byId, ctx.ws.botUserId)),
    home: home ? viewJson(ctx, home) : null,
    modal: stack.map((v) => viewJson(ctx, v)),
    conversation,
  };
}

export async function buildLog(ctx: SandboxContext, limit = 150): Promise<SandboxLogJson[]> {
  const rows = await listLog(ctx.db, ctx.teamId, limit);
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    direction: r.direction,
    name: r.name,
    status: r.status,
    ok: r.ok,
    request: r.request,
    response: r.response,
  }));
}
