import {
  and,
  asc,
  desc,
  eq,
  getTableColumns,
  gt,
  gte,
  inArray,
  is,
  isNull,
  lt,
  lte,
  or,
  sql,
} from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import type { Conn, Db } from '@/db/client';
import * as schema from '@/db/schema';
import {
  type SandboxChannel,
  type SandboxFile,
  type SandboxLogEntry,
  type SandboxMessage,
  type SandboxUser,
  type SandboxView,
  type SandboxWorkspace,
  sandboxChannels,
  sandboxFiles,
  sandboxLog,
  sandboxMessages,
  sandboxTriggers,
  sandboxUsers,
  sandboxViews,
  sandboxWorkspaces,
} from '@/db/schema';

export type NewSandboxMessage = typeof sandboxMessages.$inferInsert;
export type NewSandboxFile = typeof sandboxFiles.$inferInsert;

// ——— workspace, users, channels

export async function findWorkspace(db: Conn, teamId: string): Promise<SandboxWorkspace | undefined> {
  const [row] = await db.select().from(sandboxWorkspaces).where(eq(sandboxWorkspaces.teamId, teamId));
  return row;
}

/** Marks a change; clients compare versions to know they must refetch. */
export async function bumpVersion(db: Conn, teamId: string): Promise<number> {
  const [row] = await db
    .update(sandboxWorkspaces)
    .set({ version: sql`${sandboxWorkspaces.version} + 1` })
    .where(eq(sandboxWorkspaces.teamId, teamId))
    .returning({ version: sandboxWorkspaces.version });
  return row?.version ?? 0;
}

export interface SandboxSeed {
  workspace: typeof sandboxWorkspaces.$inferInsert;
  users: (typeof sandboxUsers.$inferInsert)[];
  channels: (typeof sandboxChannels.$inferInsert)[];
  messages: NewSandboxMessage[];
}

/** Writes a whole workspace at once; does nothing when it already exists (two first loads racing). */
export async function insertSeed(db: Db, seed: SandboxSeed): Promise<boolean> {
  return db.transaction(async (tx) => {
    const created = await tx
      .insert(sandboxWorkspaces)
      .values(seed.workspace)
      .onConflictDoNothing()
      .returning();
    if (created.length === 0) return false;
    await tx.insert(sandboxUsers).values(seed.users);
    await tx.insert(sandboxChannels).values(seed.channels);
    if (seed.messages.length > 0) await tx.insert(sandboxMessages).values(seed.messages);
    return true;
  });
}

export function listUsers(db: Conn, teamId: string): Promise<SandboxUser[]> {
  return db
    .select()
    .from(sandboxUsers)
    .where(eq(sandboxUsers.teamId, teamId))
    .orderBy(asc(sandboxUsers.position), asc(sandboxUsers.id));
}

export async function findUser(db: Conn, teamId: string, id: string): Promise<SandboxUser | undefined> {
  const [row] = await db
    .select()
    .from(sandboxUsers)
    .where(and(eq(sandboxUsers.teamId, teamId), eq(sandboxUsers.id, id)));
  return row;
}

export function listChannels(db: Conn, teamId: string): Promise<SandboxChannel[]> {
  return db
    .select()
    .from(sandboxChannels)
    .where(eq(sandboxChannels.teamId, teamId))
    .orderBy(asc(sandboxChannels.name), asc(sandboxChannels.id));
}

export async function findChannel(db: Conn, teamId: string, id: string): Promise<SandboxChannel | undefined> {
  const [row] = await db
    .select()
    .from(sandboxChannels)
    .where(and(eq(sandboxChannels.teamId, teamId), eq(sandboxChannels.id, id)));
  return row;
}

/** The bot's DM with one person. */
export async function findIm(db: Conn, teamId: string, userId: string): Promise<SandboxChannel | undefined> {
  const [row] = await db
    .select()
    .from(sandboxChannels)
    .where(
      and(
        eq(sandboxChannels.teamId, teamId),
        eq(sandboxChannels.kind, 'im'),
        eq(sandboxChannels.userId, userId),
      ),
    );
  return row;
}

export async function insertChannel(
  db: Conn,
  channel: typeof sandboxChannels.$inferInsert,
): Promise<SandboxChannel> {
  const [row] = await db.insert(sandboxChannels).values(channel).onConflictDoNothing().returning();
  return row ?? (await findChannel(db, channel.teamId, channel.id))!;
}

// ——— messages

export async function insertMessage(db: Conn, message: NewSandboxMessage): Promise<SandboxMessage> {
  const [row] = await db.insert(sandboxMessages).values(message).returning();
  return row!;
}

/** A message as everyone sees it, or (with `viewer`) also one of that viewer's ephemeral messages. */
export async function findMessage(
  db: Conn,
  teamId: string,
  channel: string,
  ts: string,
  viewer?: string,
): Promise<SandboxMessage | undefined> {
  const [row] = await db
    .select()
    .from(sandboxMessages)
    .where(
      and(
        eq(sandboxMessages.teamId, teamId),
        eq(sandboxMessages.channel, channel),
        eq(sandboxMessages.ts, ts),
        viewer
          ? or(isNull(sandboxMessages.ephemeralFor), eq(sandboxMessages.ephemeralFor, viewer))
          : isNull(sandboxMessages.ephemeralFor),
      ),
    )
    .limit(1);
  return row;
}

export async function updateMessage(
  db: Conn,
  id: number,
  set: Partial<Pick<SandboxMessage, 'text' | 'blocks' | 'editedTs' | 'reactions' | 'files'>>,
): Promise<SandboxMessage | undefined> {
  const [row] = await db.update(sandboxMessages).set(set).where(eq(sandboxMessages.id, id)).returning();
  return row;
}

export async function deleteMessage(db: Conn, id: number): Promise<void> {
  await db.delete(sandboxMessages).where(eq(sandboxMessages.id, id));
}

export interface MessageQuery {
  /** Replies of one thread (parent included) instead of the channel's top level. */
  threadTs?: string;
  /** Ephemeral messages of this person are included. */
  viewer?: string;
  latest?: string;
  oldest?: string;
  /** Include messages whose ts equals latest or oldest (Slack's `inclusive`). */
  inclusive?: boolean;
  limit?: number;
}

/** Messages oldest first (top level, or one thread). */
export async function listMessages(
  db: Conn,
  teamId: string,
  channel: string,
  q: MessageQuery = {},
): Promise<SandboxMessage[]> {
  const m = sandboxMessages;
  const rows = await db
    .select()
    .from(m)
    .where(
      and(
        eq(m.teamId, teamId),
        eq(m.channel, channel),
        q.threadTs
          ? or(eq(m.threadTs, q.threadTs), eq(m.ts, q.threadTs))
          : or(isNull(m.threadTs), sql`${m.threadTs} = ${m.ts}`),
        q.viewer ? or(isNull(m.ephemeralFor), eq(m.ephemeralFor, q.viewer)) : isNull(m.ephemeralFor),
        q.latest ? (q.inclusive ? lte(m.ts, q.latest) : lt(m.ts, q.latest)) : undefined,
        q.oldest ? (q.inclusive ? gte(m.ts, q.oldest) : gt(m.ts, q.oldest)) : undefined,
      ),
    )
    .orderBy(desc(m.ts), desc(m.id))
    .limit(q.limit ?? 200);
  return rows.reverse();
}

export interface ThreadStats {
  threadTs: string;
  replyCount: number;
  latestReply: string;
  replyUsers: string[];
}

/** Reply counts for the threads of a channel (ephemeral replies left out). */
export async function threadStats(
  db: Conn,
  teamId: string,
  channel: string,
): Promise<Map<string, ThreadStats>> {
  const m = sandboxMessages;
  const rows = await db
    .select({
      threadTs: m.threadTs,
      replyCount: sql<number>`count(*)::int`,
      latestReply: sql<string>`max(${m.ts})`,
      replyUsers: sql<string[]>`array_agg(distinct ${m.userId})`,
    })
    .from(m)
    .where(
      and(
        eq(m.teamId, teamId),
        eq(m.channel, channel),
        isNull(m.ephemeralFor),
        sql`${m.threadTs} is not null and ${m.threadTs} <> ${m.ts}`,
      ),
    )
    .groupBy(m.threadTs);
  return new Map(
    rows.map((r) => [r.threadTs!, { ...r, threadTs: r.threadTs!, replyUsers: r.replyUsers ?? [] }]),
  );
}

// ——— views

export async function findView(db: Conn, teamId: string, id: string): Promise<SandboxView | undefined> {
  const [row] = await db
    .select()
    .from(sandboxViews)
    .where(and(eq(sandboxViews.teamId, teamId), eq(sandboxViews.id, id)));
  return row;
}

export async function findViewByExternalId(
  db: Conn,
  teamId: string,
  externalId: string,
): Promise<SandboxView | undefined> {
  const [row] = await db
    .select()
    .from(sandboxViews)
    .where(and(eq(sandboxViews.teamId, teamId), sql`${sandboxViews.view}->>'external_id' = ${externalId}`))
    .limit(1);
  return row;
}

export async function findHomeView(
  db: Conn,
  teamId: string,
  userId: string,
): Promise<SandboxView | undefined> {
  const [row] = await db
    .select()
    .from(sandboxViews)
    .where(
      and(eq(sandboxViews.teamId, teamId), eq(sandboxViews.userId, userId), eq(sandboxViews.type, 'home')),
    );
  return row;
}

/** The person's open modal views, root first. */
export function modalStack(db: Conn, teamId: string, userId: string): Promise<SandboxView[]> {
  return db
    .select()
    .from(sandboxViews)
    .where(
      and(eq(sandboxViews.teamId, teamId), eq(sandboxViews.userId, userId), eq(sandboxViews.type, 'modal')),
    )
    .orderBy(asc(sandboxViews.depth));
}

export async function insertView(db: Conn, view: typeof sandboxViews.$inferInsert): Promise<SandboxView> {
  const [row] = await db.insert(sandboxViews).values(view).returning();
  return row!;
}

/** Replaces a view's content when its hash still matches (null = any); undefined means the hash was stale. */
export async function replaceView(
  db: Conn,
  teamId: string,
  id: string,
  expectedHash: string | null,
  set: { view: Record<string, unknown>; hash: string },
): Promise<SandboxView | undefined> {
  const [row] = await db
    .update(sandboxViews)
    .set({ ...set, errors: null, updatedAt: new Date() })
    .where(
      and(
        eq(sandboxViews.teamId, teamId),
        eq(sandboxViews.id, id),
        expectedHash === null ? undefined : eq(sandboxViews.hash, expectedHash),
      ),
    )
    .returning();
  return row;
}

export async function setViewErrors(
  db: Conn,
  teamId: string,
  id: string,
  errors: Record<string, string> | null,
): Promise<void> {
  await db
    .update(sandboxViews)
    .set({ errors })
    .where(and(eq(sandboxViews.teamId, teamId), eq(sandboxViews.id, id)));
}

/** Closes views of a person's modal stack from `fromDepth` up (0 closes the whole stack). */
export async function closeModalViews(
  db: Conn,
  teamId: string,
  userId: string,
  fromDepth = 0,
): Promise<void> {
  await db
    .delete(sandboxViews)
    .where(
      and(
        eq(sandboxViews.teamId, teamId),
        eq(sandboxViews.userId, userId),
        eq(sandboxViews.type, 'modal'),
        sql`${sandboxViews.depth} >= ${fromDepth}`,
      ),
    );
}

// ——— triggers

export async function insertTrigger(db: Conn, teamId: string, id: string, userId: string, at: Date) {
  await db.insert(sandboxTriggers).values({ teamId, id, userId, issuedAt: at });
}

/** Exchanges a trigger once: the row when it was fresh and unused, or why not. */
export async function exchangeTrigger(
  db: Conn,
  teamId: string,
  id: string,
  now: Date,
  ttlMs: number,
): Promise<{ userId: string } | 'invalid' | 'expired' | 'exchanged'> {
  const [row] = await db
    .select()
    .from(sandboxTriggers)
    .where(and(eq(sandboxTriggers.teamId, teamId), eq(sandboxTriggers.id, id)));
  if (!row) return 'invalid';
  if (now.getTime() - row.issuedAt.getTime() > ttlMs) return 'expired';
  const [used] = await db
    .update(sandboxTriggers)
    .set({ usedAt: now })
    .where(
      and(eq(sandboxTriggers.teamId, teamId), eq(sandboxTriggers.id, id), isNull(sandboxTriggers.usedAt)),
    )
    .returning();
  return used ? { userId: row.userId } : 'exchanged';
}

// ——— files

export async function insertFile(db: Conn, file: NewSandboxFile): Promise<SandboxFile> {
  const [row] = await db.insert(sandboxFiles).values(file).returning();
  return row!;
}

export async function findFile(db: Conn, teamId: string, id: string): Promise<SandboxFile | undefined> {
  const [row] = await db
    .select()
    .from(sandboxFiles)
    .where(and(eq(sandboxFiles.teamId, teamId), eq(sandboxFiles.id, id)));
  return row;
}

export async function findFiles(db: Conn, teamId: string, ids: string[]): Promise<SandboxFile[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(sandboxFiles)
    .where(and(eq(sandboxFiles.teamId, teamId), inArray(sandboxFiles.id, ids)));
}

export async function updateFile(
  db: Conn,
  teamId: string,
  id: string,
  set: Partial<Pick<SandboxFile, 'content' | 'size' | 'mimetype' | 'complete' | 'channels' | 'title'>>,
): Promise<SandboxFile | undefined> {
  const [row] = await db
    .update(sandboxFiles)
    .set(set)
    .where(and(eq(sandboxFiles.teamId, teamId), eq(sandboxFiles.id, id)))
    .returning();
  return row;
}

// ——— log

const LOG_KEEP = 500;

export async function appendLog(db: Conn, entry: typeof sandboxLog.$inferInsert): Promise<SandboxLogEntry> {
  const [row] = await db.insert(sandboxLog).values(entry).returning();
  // Keep the newest entries only; cheap because the id index orders them.
  if (row!.id % 50 === 0) {
    await db
      .delete(sandboxLog)
      .where(and(eq(sandboxLog.teamId, entry.teamId), lt(sandboxLog.id, row!.id - LOG_KEEP)));
  }
  return row!;
}

/** Newest first. */
export function listLog(db: Conn, teamId: string, limit = 100): Promise<SandboxLogEntry[]> {
  return db
    .select()
    .from(sandboxLog)
    .where(eq(sandboxLog.teamId, teamId))
    .orderBy(desc(sandboxLog.id))
    .limit(limit);
}

// ——— reset

/** Every table with a team_id column, children before the tables they reference. */
function teamTablesInDeleteOrder(): PgTable[] {
  const tables = (Object.values(schema) as unknown[]).filter(
    (value): value is PgTable => is(value, PgTable) && 'teamId' in getTableColumns(value),
  );
  const parentsOf = new Map<PgTable, PgTable[]>(
    tables.map((t) => [t, getTableConfig(t).foreignKeys.map((fk) => fk.reference().foreignTable)]),
  );
  const ordered: PgTable[] = [];
  const visit = (t: PgTable, seen: Set<PgTable>) => {
    if (ordered.includes(t) || seen.has(t)) return;
    seen.add(t);
    // Tables that reference t must go first.
    for (const child of tables) if (parentsOf.get(child)?.includes(t)) visit(child, seen);
    ordered.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return ordered;
}

/**
 * Wipes one team everywhere: the emulated workspace and the app's own rows (members, attendance and
 * whatever team-scoped tables other features add), found from the schema so none is forgotten.
 */
export async function wipeTeam(db: Db, teamId: string): Promise<string[]> {
  const tables = teamTablesInDeleteOrder();
  await db.transaction(async (tx) => {
    for (const table of tables) {
      const column = getTableColumns(table).teamId!;
      await tx.delete(table).where(eq(column, teamId));
    }
  });
  return tables.map((t) => getTableConfig(t).name);
}
