import {
  bigint,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

/** Raw bytes (PGlite returns Uint8Array, node-postgres a Buffer). */
const bytes = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

/**
 * The sandbox's emulated Slack workspace. Nothing here is the app's data: these tables stand in
 * for Slack itself when no workspace is connected (see slack/sandbox/).
 */
export const sandboxWorkspaces = pgTable('sandbox_workspaces', {
  teamId: text().primaryKey(),
  name: text().notNull(),
  domain: text().notNull(),
  botUserId: text().notNull(),
  botId: text().notNull(),
  appId: text().notNull(),
  /** Bumped on every change, so a client can tell whether it is up to date. */
  version: integer().notNull().default(0),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const sandboxUsers = pgTable(
  'sandbox_users',
  {
    teamId: text().notNull(),
    id: text().notNull(),
    name: text().notNull(),
    realName: text().notNull(),
    displayName: text().notNull().default(''),
    title: text().notNull().default(''),
    tz: text().notNull(),
    locale: text().notNull(),
    isAdmin: boolean().notNull().default(false),
    isOwner: boolean().notNull().default(false),
    isBot: boolean().notNull().default(false),
    /** Avatar colour in the client. */
    color: text().notNull().default('#4a154b'),
    position: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.id] })],
);

export const sandboxChannels = pgTable(
  'sandbox_channels',
  {
    teamId: text().notNull(),
    id: text().notNull(),
    /** Channel name without '#'; empty for DMs. */
    name: text().notNull().default(''),
    kind: text().$type<'channel' | 'private' | 'im' | 'mpim'>().notNull(),
    /** For an im: the person the bot talks to. */
    userId: text(),
    members: jsonb().$type<string[]>().notNull().default([]),
    topic: text().notNull().default(''),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.id] })],
);

export const sandboxMessages = pgTable(
  'sandbox_messages',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    teamId: text().notNull(),
    channel: text().notNull(),
    ts: text().notNull(),
    threadTs: text(),
    userId: text().notNull(),
    botId: text(),
    subtype: text(),
    text: text().notNull().default(''),
    blocks: jsonb().$type<unknown[]>(),
    files: jsonb().$type<string[]>(),
    /** Set for an ephemeral message: the only person who sees it. */
    ephemeralFor: text(),
    editedTs: text(),
    reactions: jsonb().$type<{ name: string; users: string[] }[]>().notNull().default([]),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sandbox_messages_channel_ts_idx').on(t.teamId, t.channel, t.ts)],
);

export const sandboxViews = pgTable(
  'sandbox_views',
  {
    teamId: text().notNull(),
    id: text().notNull(),
    userId: text().notNull(),
    type: text().$type<'home' | 'modal'>().notNull(),
    /** The view as the app sent it (blocks, title, callback_id…). */
    view: jsonb().$type<Record<string, unknown>>().notNull(),
    hash: text().notNull(),
    /** Modals: the stack this view belongs to and its depth (0 = root). */
    rootViewId: text(),
    depth: integer().notNull().default(0),
    previousViewId: text(),
    /** `response_action: errors` of the last submission, by block_id. */
    errors: jsonb().$type<Record<string, string>>(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.id] }), index('sandbox_views_user_idx').on(t.teamId, t.userId)],
);

export const sandboxTriggers = pgTable(
  'sandbox_triggers',
  {
    teamId: text().notNull(),
    id: text().notNull(),
    userId: text().notNull(),
    issuedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.id] })],
);

export const sandboxFiles = pgTable(
  'sandbox_files',
  {
    teamId: text().notNull(),
    id: text().notNull(),
    userId: text().notNull(),
    name: text().notNull(),
    title: text().notNull().default(''),
    mimetype: text().notNull().default('application/octet-stream'),
    size: integer().notNull().default(0),
    content: bytes(),
    /** Upload URL given but completeUploadExternal not called yet. */
    complete: boolean().notNull().default(false),
    channels: jsonb().$type<string[]>().notNull().default([]),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.id] })],
);

export const sandboxLog = pgTable(
  'sandbox_log',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    teamId: text().notNull(),
    /** 'to_app': a request the sandbox sent to the app; 'web_api': a call the app made to the emulator. */
    direction: text().$type<'to_app' | 'web_api'>().notNull(),
    /** Payload kind (block_actions, event:message, command:/homeroom) or Web API method. */
    name: text().notNull(),
    status: integer(),
    ok: boolean().notNull().default(true),
    request: jsonb().$type<unknown>(),
    response: jsonb().$type<unknown>(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sandbox_log_team_idx').on(t.teamId, t.id)],
);

export type SandboxWorkspace = typeof sandboxWorkspaces.$inferSelect;
export type SandboxUser = typeof sandboxUsers.$inferSelect;
export type SandboxChannel = typeof sandboxChannels.$inferSelect;
export type SandboxMessage = typeof sandboxMessages.$inferSelect;
export type SandboxView = typeof sandboxViews.$inferSelect;
export type SandboxFile = typeof sandboxFiles.$inferSelect;
export type SandboxLogEntry = typeof sandboxLog.$inferSelect;
