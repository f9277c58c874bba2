/** The plain JSON the sandbox API gives the client (built in slack/sandbox/snapshot.ts). */

export interface SandboxMemberJson {
  id: string;
  name: string;
  realName: string;
  title: string;
  tz: string;
  locale: string;
  color: string;
  role: 'member' | 'approver' | 'admin';
  isBot: boolean;
}

export interface SandboxChannelJson {
  id: string;
  /** '#general', or the other side's name for a DM */
  label: string;
  kind: 'channel' | 'private' | 'im' | 'mpim';
  /** true for the DM with the Homeroom app */
  isApp: boolean;
  topic: string;
}

export interface SandboxFileJson {
  id: string;
  name: string;
  title: string;
  mimetype: string;
  size: number;
  /** same-origin URL the browser can load */
  url: string;
}

export interface SandboxMessageJson {
  ts: string;
  userId: string;
  isBot: boolean;
  text: string;
  blocks: unknown[] | null;
  files: SandboxFileJson[];
  threadTs: string | null;
  replyCount: number;
  replyUsers: string[];
  ephemeral: boolean;
  edited: boolean;
  reactions: { name: string; count: number }[];
}

export interface SandboxViewJson {
  id: string;
  hash: string;
  /** the view object as Slack echoes it */
  view: Record<string, unknown>;
  /** `response_action: errors` of the last submit, by block_id */
  errors: Record<string, string> | null;
}

export interface SandboxConversationJson {
  channel: SandboxChannelJson;
  messages: SandboxMessageJson[];
  thread: { parentTs: string; messages: SandboxMessageJson[] } | null;
}

export interface SandboxSnapshot {
  version: number;
  workspace: { teamId: string; name: string; appId: string; botUserId: string; appName: string };
  me: SandboxMemberJson;
  members: SandboxMemberJson[];
  channels: SandboxChannelJson[];
  home: SandboxViewJson | null;
  /** the open modal stack, root first (at most 3) */
  modal: SandboxViewJson[];
  conversation: SandboxConversationJson | null;
}

export interface SandboxLogJson {
  id: number;
  at: string;
  direction: 'to_app' | 'web_api';
  name: string;
  status: number | null;
  ok: boolean;
  request: unknown;
  response: unknown;
}

/** What the client posts to /api/sandbox/action. */
export type SandboxAction =
  | { type: 'open_home'; user: string }
  | { type: 'open_channel'; user: string; channel: string }
  | { type: 'block_actions'; user: string; payload: Record<string, unknown> }
  | { type: 'view_submission'; user: string; payload: Record<string, unknown> }
  | { type: 'view_closed'; user: string; payload: Record<string, unknown> }
  | { type: 'view_back'; user: string }
  | { type: 'message'; user: string; channel: string; text: string; threadTs?: string }
  | { type: 'reset' };

export interface SandboxActionResult {
  ok: boolean;
  error?: string;
}
