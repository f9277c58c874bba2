import { imageSize } from 'image-size';
import {
  closeModalViews,
  deleteMessage,
  exchangeTrigger,
  findChannel,
  findFile,
  findFiles,
  findHomeView,
  findIm,
  findMessage,
  findUser,
  findView,
  findViewByExternalId,
  insertChannel,
  insertFile,
  insertMessage,
  insertView,
  listMessages,
  listUsers,
  modalStack,
  replaceView,
  threadStats,
  updateFile,
  updateMessage,
} from '@/db/queries/sandbox';
import type { SandboxChannel, SandboxFile, SandboxMessage, SandboxView } from '@/db/schema';
import { MAX_VIEW_STACK, TRIGGER_TTL_MS } from '@/slack/sandbox/constants';
import type { SandboxContext } from '@/slack/sandbox/context';
import { messageTs, slackId, viewHash } from '@/slack/sandbox/ids';
import { imIdFor } from '@/slack/sandbox/seed';
import { channelObject, fileObject, messageObject, userObject, viewObject } from '@/slack/sandbox/shapes';

type Json = Record<string, unknown>;
export type Args = Record<string, unknown>;

/** A Web API error: `{ ok: false, error: code, ...extra }`, as Slack answers (HTTP 200). */
export class SlackApiError extends Error {
  constructor(
    readonly code: string,
    readonly extra: Json = {},
  ) {
    super(code);
  }
}

const fail = (code: string, detail?: string): never => {
  throw new SlackApiError(code, detail ? { response_metadata: { messages: [`[ERROR] ${detail}`] } } : {});
};

function str(args: Args, key: string): string | undefined {
  const v = args[key];
  if (typeof v === 'number') return String(v);
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function required(args: Args, key: string): string {
  return str(args, key) ?? fail('invalid_arguments', `missing required field: ${key}`);
}

function truthy(args: Args, key: string): boolean {
  const v = args[key];
  return v === true || v === 'true' || v === '1' || v === 1;
}

/** Arguments that carry JSON arrive as strings from form-encoded clients. */
function jsonArg(args: Args, key: string): unknown {
  const v = args[key];
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v);
  } catch {
    return fail('invalid_arguments', `${key} is not valid JSON`);
  }
}

// ——— conversations

/** A channel id, or a user id (Slack posts to the app's DM with that person). */
async function resolveChannel(ctx: SandboxContext, id: string): Promise<SandboxChannel> {
  if (/^[UW]/.test(id)) return openIm(ctx, id);
  return (await findChannel(ctx.db, ctx.teamId, id)) ?? fail('channel_not_found');
}

export async function openIm(ctx: SandboxContext, userId: string): Promise<SandboxChannel> {
  const existing = await findIm(ctx.db, ctx.teamId, userId);
  if (existing) return existing;
  const user = await findUser(ctx.db, ctx.teamId, userId);
  if (!user || user.isBot) return fail('user_not_found');
  return insertChannel(ctx.db, {
    teamId: ctx.teamId,
    id: imIdFor(userId),
    kind: 'im',
    userId,
    members: [userId, ctx.ws.botUserId],
  });
}

function requireBotIn(ctx: SandboxContext, channel: SandboxChannel): void {
  if (!channel.members.includes(ctx.ws.botUserId)) fail('not_in_channel');
}

async function withExtras(ctx: SandboxContext, messages: SandboxMessage[], channel: string) {
  const stats = await threadStats(ctx.db, ctx.teamId, channel);
  const fileIds = [...new Set(messages.flatMap((m) => m.files ?? []))];
  const files = new Map((await findFiles(ctx.db, ctx.teamId, fileIds)).map((f) => [f.id, f]));
  return messages.map((m) =>
    messageObject(m, ctx.ws, {
      thread: stats.get(m.ts),
      files: m.files
        ?.map((id) => files.get(id))
        .filter((f): f is SandboxFile => Boolean(f))
        .map((f) => fileJson(ctx, f)),
    }),
  );
}

/** A stored file as Slack's file object, with pixel dimensions for images. */
export function fileJson(ctx: SandboxContext, f: SandboxFile): Json {
  let dims: { w: number; h: number } | undefined;
  if (f.content && f.mimetype.startsWith('image/')) {
    try {
      const size = imageSize(f.content);
      if (size.width && size.height) dims = { w: size.width, h: size.height };
    } catch {
      // Not an image after all: no dimensions, as Slack.
    }
  }
  return fileObject(f, ctx.ws, ctx.origin, dims);
}

// ——— messages

const MAX_TEXT = 40_000;

function messageContent(args: Args): { text: string; blocks: unknown[] | null } {
  const text = str(args, 'text') ?? '';
  const rawBlocks = args.blocks === undefined ? undefined : jsonArg(args, 'blocks');
  if (rawBlocks !== undefined && rawBlocks !== null && !Array.isArray(rawBlocks))
    fail('invalid_blocks_format');
  const blocks = (rawBlocks as unknown[] | undefined) ?? null;
  if (blocks && blocks.length > 50)
    fail('invalid_blocks', 'no more than 50 items allowed [json-pointer:/blocks]');
  if (blocks?.some((b) => !b || typeof b !== 'object' || typeof (b as Json).type !== 'string')) {
    fail('invalid_blocks', 'every block needs a type [json-pointer:/blocks]');
  }
  if (!text && !(blocks && blocks.length > 0) && !args.attachments) fail('no_text');
  if (text.length > MAX_TEXT) fail('msg_too_long');
  return { text, blocks: blocks && blocks.length > 0 ? blocks : null };
}

export async function postBotMessage(
  ctx: SandboxContext,
  channel: SandboxChannel,
  content: {
    text: string;
    blocks: unknown[] | null;
    threadTs?: string;
    files?: string[];
    ephemeralFor?: string;
  },
): Promise<SandboxMessage> {
  return insertMessage(ctx.db, {
    teamId: ctx.teamId,
    channel: channel.id,
    ts: messageTs(ctx.now().getTime()),
    threadTs: content.threadTs ?? null,
    userId: ctx.ws.botUserId,
    botId: ctx.ws.botId,
    text: content.text,
    blocks: content.blocks,
    files: content.files ?? null,
    ephemeralFor: content.ephemeralFor ?? null,
  });
}

async function chatPostMessage(ctx: SandboxContext, args: Args): Promise<Json> {
  const channel = await resolveChannel(ctx, required(args, 'channel'));
  requireBotIn(ctx, channel);
  const content = messageContent(args);
  const threadTs = str(args, 'thread_ts');
  if (threadTs && !(await findMessage(ctx.db, ctx.teamId, channel.id, threadTs))) fail('thread_not_found');
  const m = await postBotMessage(ctx, channel, { ...content, threadTs });
  return { channel: channel.id, ts: m.ts, message: messageObject(m, ctx.ws) };
}

async function chatPostEphemeral(ctx: SandboxContext, args: Args): Promise<Json> {
  const channel = await resolveChannel(ctx, required(args, 'channel'));
  const user = required(args, 'user');
  requireBotIn(ctx, channel);
  if (!(await findUser(ctx.db, ctx.teamId, user))) fail('user_not_found');
  if (!channel.members.includes(user)) fail('user_not_in_channel');
  const content = messageContent(args);
  const m = await postBotMessage(ctx, channel, {
    ...content,
    threadTs: str(args, 'thread_ts'),
    ephemeralFor: user,
  });
  return { message_ts: m.ts };
}

async function ownMessage(ctx: SandboxContext, args: Args, denied: string): Promise<SandboxMessage> {
  const channel = await resolveChannel(ctx, required(args, 'channel'));
  const m =
    (await findMessage(ctx.db, ctx.teamId, channel.id, required(args, 'ts'))) ?? fail('message_not_found');
  if (m.userId !== ctx.ws.botUserId) fail(denied);
  return m;
}

async function chatUpdate(ctx: SandboxContext, args: Args): Promise<Json> {
  const m = await ownMessage(ctx, args, 'cant_update_message');
  const text = str(args, 'text');
  const rawBlocks = args.blocks === undefined ? undefined : jsonArg(args, 'blocks');
  if (rawBlocks !== undefined && rawBlocks !== null && !Array.isArray(rawBlocks))
    fail('invalid_blocks_format');
  if (text === undefined && rawBlocks === undefined) fail('no_text');
  if (text && text.length > MAX_TEXT) fail('msg_too_long');
  const blocks =
    rawBlocks === undefined
      ? m.blocks
      : (rawBlocks as unknown[] | null)?.length
        ? (rawBlocks as unknown[])
        : null;
  const updated = (await updateMessage(ctx.db, m.id, {
    text: text ?? m.text,
    blocks,
    editedTs: messageTs(ctx.now().getTime()),
  }))!;
  return { channel: m.channel, ts: m.ts, text: updated.text, message: messageObject(updated, ctx.ws) };
}

async function chatDelete(ctx: SandboxContext, args: Args): Promise<Json> {
  const m = await ownMessage(ctx, args, 'cant_delete_message');
  await deleteMessage(ctx.db, m.id);
  return { channel: m.channel, ts: m.ts };
}

async function conversationsOpen(ctx: SandboxContext, args: Args): Promise<Json> {
  const channelArg = str(args, 'channel');
  if (channelArg) {
    const channel = await resolveChannel(ctx, channelArg);
    return { channel: { id: channel.id } };
  }
  const users = required(args, 'users')
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  if (users.length === 0) fail('users_list_not_supplied');
  if (users.length > 8) fail('too_many_users');
  for (const u of users) if (!(await findUser(ctx.db, ctx.teamId, u))) fail('user_not_found');
  if (users.length === 1) {
    const existing = await findIm(ctx.db, ctx.teamId, users[0]!);
    const im = existing ?? (await openIm(ctx, users[0]!));
    const channel = truthy(args, 'return_im') ? channelObject(im, ctx.ws.botUserId) : { id: im.id };
    return existing ? { no_op: true, already_open: true, channel } : { channel };
  }
  const mpim = await insertChannel(ctx.db, {
    teamId: ctx.teamId,
    id: slackId('G'),
    name: `mpdm-${users.join('--').toLowerCase()}-1`,
    kind: 'mpim',
    members: [...users, ctx.ws.botUserId],
  });
  return { channel: { id: mpim.id } };
}

async function conversationsInfo(ctx: SandboxContext, args: Args): Promise<Json> {
  const channel =
    (await findChannel(ctx.db, ctx.teamId, required(args, 'channel'))) ?? fail('channel_not_found');
  if (channel.kind !== 'channel' && !channel.members.includes(ctx.ws.botUserId)) fail('channel_not_found');
  return { channel: channelObject(channel, ctx.ws.botUserId) };
}

function readableChannel(ctx: SandboxContext, channel: SandboxChannel): void {
  if (!channel.members.includes(ctx.ws.botUserId)) {
    fail(channel.kind === 'channel' ? 'not_in_channel' : 'channel_not_found');
  }
}

async function conversationsHistory(ctx: SandboxContext, args: Args): Promise<Json> {
  const channel =
    (await findChannel(ctx.db, ctx.teamId, required(args, 'channel'))) ?? fail('channel_not_found');
  readableChannel(ctx, channel);
  const limit = Math.min(Math.max(Number(str(args, 'limit') ?? 100) || 100, 1), 999);
  const rows = await listMessages(ctx.db, ctx.teamId, channel.id, {
    latest: str(args, 'latest'),
    oldest: str(args, 'oldest'),
    inclusive: truthy(args, 'inclusive'),
    limit: limit + 1,
  });
  const hasMore = rows.length > limit;
  const page = rows.slice(-limit);
  return {
    messages: (await withExtras(ctx, page, channel.id)).reverse(),
    has_more: hasMore,
    pin_count: 0,
    channel_actions_count: 0,
    response_metadata: { next_cursor: '' },
  };
}

async function conversationsReplies(ctx: SandboxContext, args: Args): Promise<Json> {
  const channel =
    (await findChannel(ctx.db, ctx.teamId, required(args, 'channel'))) ?? fail('channel_not_found');
  readableChannel(ctx, channel);
  const ts = required(args, 'ts');
  const parent = await findMessage(ctx.db, ctx.teamId, channel.id, ts);
  if (!parent) fail('thread_not_found');
  const rows = await listMessages(ctx.db, ctx.teamId, channel.id, { threadTs: parent!.threadTs ?? ts });
  return {
    messages: await withExtras(ctx, rows, channel.id),
    has_more: false,
    response_metadata: { next_cursor: '' },
  };
}

async function reactionsAdd(ctx: SandboxContext, args: Args): Promise<Json> {
  const channel = await resolveChannel(ctx, required(args, 'channel'));
  const name = required(args, 'name').replace(/^:|:$/g, '');
  const m =
    (await findMessage(ctx.db, ctx.teamId, channel.id, required(args, 'timestamp'))) ??
    fail('message_not_found');
  const reactions = m.reactions.map((r) => ({ ...r, users: [...r.users] }));
  const existing = reactions.find((r) => r.name === name);
  if (existing?.users.includes(ctx.ws.botUserId)) fail('already_reacted');
  if (existing) existing.users.push(ctx.ws.botUserId);
  else reactions.push({ name, users: [ctx.ws.botUserId] });
  await updateMessage(ctx.db, m.id, { reactions });
  return {};
}

// ——— users

async function usersInfo(ctx: SandboxContext, args: Args): Promise<Json> {
  const user = (await findUser(ctx.db, ctx.teamId, required(args, 'user'))) ?? fail('user_not_found');
  return { user: userObject(user, ctx.ws, ctx.origin, truthy(args, 'include_locale')) };
}

async function usersList(ctx: SandboxContext, args: Args): Promise<Json> {
  const users = await listUsers(ctx.db, ctx.teamId);
  const withLocale = truthy(args, 'include_locale');
  return {
    members: users.map((u) => userObject(u, ctx.ws, ctx.origin, withLocale)),
    cache_ts: Math.floor(ctx.now().getTime() / 1000),
    response_metadata: { next_cursor: '' },
  };
}

async function authTest(ctx: SandboxContext): Promise<Json> {
  return {
    url: `https://${ctx.ws.domain}.slack.com/`,
    team: ctx.ws.name,
    user: 'homeroom',
    team_id: ctx.teamId,
    user_id: ctx.ws.botUserId,
    bot_id: ctx.ws.botId,
    is_enterprise_install: false,
  };
}

// ——— views

const MAX_VIEW_BLOCKS = 100;

function viewArg(args: Args, type: 'home' | 'modal'): Json {
  const view = jsonArg(args, 'view');
  if (!view || typeof view !== 'object' || Array.isArray(view))
    return fail('invalid_arguments', 'missing required field: view');
  const v = view as Json;
  if (v.type !== type) fail('invalid_arguments', `view.type must be ${type} [json-pointer:/view/type]`);
  if (!Array.isArray(v.blocks))
    fail('invalid_arguments', 'missing required field: blocks [json-pointer:/view/blocks]');
  if ((v.blocks as unknown[]).length > MAX_VIEW_BLOCKS) {
    fail('invalid_arguments', `no more than ${MAX_VIEW_BLOCKS} items allowed [json-pointer:/view/blocks]`);
  }
  if (type === 'modal' && !v.title)
    fail('invalid_arguments', 'missing required field: title [json-pointer:/view/title]');
  return v;
}

async function viewsPublish(ctx: SandboxContext, args: Args): Promise<Json> {
  const userId = required(args, 'user_id');
  const user = await findUser(ctx.db, ctx.teamId, userId);
  if (!user || user.isBot) fail('user_not_found');
  const view = viewArg(args, 'home');
  const hash = str(args, 'hash');
  const existing = await findHomeView(ctx.db, ctx.teamId, userId);
  let row: SandboxView | undefined;
  if (existing) {
    row = await replaceView(ctx.db, ctx.teamId, existing.id, hash ?? null, { view, hash: viewHash() });
    if (!row) fail('hash_conflict');
  } else {
    row = await insertView(ctx.db, {
      teamId: ctx.teamId,
      id: slackId('V'),
      userId,
      type: 'home',
      view,
      hash: viewHash(),
    });
  }
  return { view: viewObject(row!, ctx.ws) };
}

async function exchange(ctx: SandboxContext, args: Args): Promise<string> {
  const id =
    str(args, 'trigger_id') ??
    str(args, 'interactivity_pointer') ??
    fail('invalid_arguments', 'missing required field: trigger_id');
  const result = await exchangeTrigger(ctx.db, ctx.teamId, id, ctx.now(), TRIGGER_TTL_MS);
  if (result === 'invalid') fail('invalid_trigger_id');
  if (result === 'expired') fail('expired_trigger_id');
  if (result === 'exchanged') fail('exchanged_trigger_id');
  return (result as { userId: string }).userId;
}

async function viewsOpen(ctx: SandboxContext, args: Args): Promise<Json> {
  const view = viewArg(args, 'modal');
  const userId = await exchange(ctx, args);
  await closeModalViews(ctx.db, ctx.teamId, userId);
  const id = slackId('V');
  const row = await insertView(ctx.db, {
    teamId: ctx.teamId,
    id,
    userId,
    type: 'modal',
    view,
    hash: viewHash(),
    rootViewId: id,
    depth: 0,
  });
  return { view: viewObject(row, ctx.ws) };
}

async function viewsPush(ctx: SandboxContext, args: Args): Promise<Json> {
  const view = viewArg(args, 'modal');
  const userId = await exchange(ctx, args);
  const stack = await modalStack(ctx.db, ctx.teamId, userId);
  const top = stack.at(-1);
  if (!top) return fail('invalid_arguments', 'no modal is open to push onto');
  if (stack.length >= MAX_VIEW_STACK) fail('push_limit_reached');
  const row = await insertView(ctx.db, {
    teamId: ctx.teamId,
    id: slackId('V'),
    userId,
    type: 'modal',
    view,
    hash: viewHash(),
    rootViewId: top!.rootViewId ?? top!.id,
    depth: top!.depth + 1,
    previousViewId: top!.id,
  });
  return { view: viewObject(row, ctx.ws) };
}

async function viewsUpdate(ctx: SandboxContext, args: Args): Promise<Json> {
  const viewId = str(args, 'view_id');
  const externalId = str(args, 'external_id');
  if (!viewId && !externalId) fail('invalid_arguments', 'one of view_id or external_id is required');
  const existing = viewId
    ? await findView(ctx.db, ctx.teamId, viewId)
    : await findViewByExternalId(ctx.db, ctx.teamId, externalId!);
  if (!existing) return fail('not_found');
  const view = viewArg(args, existing!.type);
  const row = await replaceView(ctx.db, ctx.teamId, existing!.id, str(args, 'hash') ?? null, {
    view,
    hash: viewHash(),
  });
  if (!row) fail('hash_conflict');
  return { view: viewObject(row!, ctx.ws) };
}

// ——— files

async function filesInfo(ctx: SandboxContext, args: Args): Promise<Json> {
  const file = await findFile(ctx.db, ctx.teamId, required(args, 'file'));
  if (!file?.complete) return fail('file_not_found');
  return { file: fileJson(ctx, file), comments: [], response_metadata: { next_cursor: '' } };
}

async function filesGetUploadUrlExternal(ctx: SandboxContext, args: Args): Promise<Json> {
  const filename = required(args, 'filename');
  const length = Number(required(args, 'length'));
  if (!Number.isInteger(length) || length < 0)
    fail('invalid_arguments', 'length must be a whole number of bytes');
  const id = slackId('F');
  await insertFile(ctx.db, {
    teamId: ctx.teamId,
    id,
    userId: ctx.ws.botUserId,
    name: filename,
    size: length,
  });
  return { upload_url: `${ctx.origin}/api/sandbox/upload/${id}`, file_id: id };
}

async function filesCompleteUploadExternal(ctx: SandboxContext, args: Args): Promise<Json> {
  const list = jsonArg(args, 'files');
  if (!Array.isArray(list) || list.length === 0) fail('invalid_arguments', 'missing required field: files');
  const entries = (list as Json[]).map((f) => ({
    id: String(f?.id ?? ''),
    title: typeof f?.title === 'string' ? f.title : undefined,
  }));
  const files: SandboxFile[] = [];
  for (const entry of entries) {
    const file = await findFile(ctx.db, ctx.teamId, entry.id);
    if (!file || file.userId !== ctx.ws.botUserId) return fail('file_not_found');
    if (!file.content) fail('file_upload_not_found', `${entry.id} was never uploaded to its upload_url`);
    files.push(file);
  }
  const channelId = str(args, 'channel_id') ?? str(args, 'channels')?.split(',')[0];
  const channel = channelId ? await resolveChannel(ctx, channelId) : undefined;
  if (channel) requireBotIn(ctx, channel);
  const done: SandboxFile[] = [];
  for (const [i, file] of files.entries()) {
    done.push(
      (await updateFile(ctx.db, ctx.teamId, file.id, {
        complete: true,
        title: entries[i]!.title ?? file.name,
        channels: channel ? [channel.id] : [],
      }))!,
    );
  }
  if (channel) {
    await insertMessage(ctx.db, {
      teamId: ctx.teamId,
      channel: channel.id,
      ts: messageTs(ctx.now().getTime()),
      threadTs: str(args, 'thread_ts') ?? null,
      userId: ctx.ws.botUserId,
      botId: ctx.ws.botId,
      subtype: 'file_share',
      text: str(args, 'initial_comment') ?? '',
      files: done.map((f) => f.id),
    });
  }
  return { files: done.map((f) => ({ id: f.id, title: f.title })) };
}

export type Method = (ctx: SandboxContext, args: Args) => Promise<Json>;

/** Every Web API method Homeroom calls, with Slack's argument names, shapes and errors. */
export const methods: Record<string, Method> = {
  'auth.test': authTest,
  'users.info': usersInfo,
  'users.list': usersList,
  'conversations.open': conversationsOpen,
  'conversations.info': conversationsInfo,
  'conversations.history': conversationsHistory,
  'conversations.replies': conversationsReplies,
  'chat.postMessage': chatPostMessage,
  'chat.postEphemeral': chatPostEphemeral,
  'chat.update': chatUpdate,
  'chat.delete': chatDelete,
  'views.publish': viewsPublish,
  'views.open': viewsOpen,
  'views.push': viewsPush,
  'views.update': viewsUpdate,
  'files.info': filesInfo,
  'files.getUploadURLExternal': filesGetUploadUrlExternal,
  'files.completeUploadExternal': filesCompleteUploadExternal,
  'reactions.add': reactionsAdd,
};
