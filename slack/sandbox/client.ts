import { z } from 'zod';
import {
  closeModalViews,
  deleteMessage,
  findChannel,
  findHomeView,
  findMessage,
  findUser,
  findView,
  insertFile,
  insertMessage,
  insertView,
  listUsers,
  modalStack,
  replaceView,
  setViewErrors,
  updateMessage,
} from '@/db/queries/sandbox';
import type { SandboxChannel, SandboxUser, SandboxView } from '@/db/schema';
import { slashCommand } from '@/slack/ids';
import { MAX_VIEW_STACK } from '@/slack/sandbox/constants';
import type { SandboxContext } from '@/slack/sandbox/context';
import { messageTs, slackId, viewHash } from '@/slack/sandbox/ids';
import { fileJson, openIm, SlackApiError } from '@/slack/sandbox/methods';
import { notifyChange } from '@/slack/sandbox/notify';
import { resetSandbox } from '@/slack/sandbox/seed';
import { messageObject, viewObject } from '@/slack/sandbox/shapes';
import {
  type AppReply,
  channelType,
  type Deliver,
  eventEnvelope,
  issueTrigger,
  readResponseToken,
  responseUrl,
  richTextOf,
  sendToApp,
  teamOf,
  userOf,
} from '@/slack/sandbox/signer';
import { sniffType } from '@/slack/sandbox/web-api';

type Json = Record<string, unknown>;

/** A problem to show the person in the client (not a Slack API error). */
export class SandboxClientError extends Error {}

const payloadSchema = z.record(z.string(), z.unknown());
export const actionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('open_home'), user: z.string() }),
  z.object({ type: z.literal('open_channel'), user: z.string(), channel: z.string() }),
  z.object({ type: z.literal('block_actions'), user: z.string(), payload: payloadSchema }),
  z.object({ type: z.literal('view_submission'), user: z.string(), payload: payloadSchema }),
  z.object({ type: z.literal('view_closed'), user: z.string(), payload: payloadSchema }),
  z.object({ type: z.literal('view_back'), user: z.string() }),
  z.object({
    type: z.literal('message'),
    user: z.string(),
    channel: z.string(),
    text: z.string().max(40_000),
    threadTs: z.string().optional(),
  }),
  z.object({ type: z.literal('reset') }),
]);
export type ClientAction = z.infer<typeof actionSchema>;

async function person(ctx: SandboxContext, id: string): Promise<SandboxUser> {
  const user = await findUser(ctx.db, ctx.teamId, id);
  if (!user || user.isBot) throw new SandboxClientError(`no member ${id} in the sandbox`);
  return user;
}

async function channelFor(ctx: SandboxContext, user: SandboxUser, id: string): Promise<SandboxChannel> {
  const channel = await findChannel(ctx.db, ctx.teamId, id);
  if (!channel?.members.includes(user.id)) throw new SandboxClientError('channel_not_found');
  return channel;
}

function obj(value: unknown): Json {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
}

async function changed(ctx: SandboxContext) {
  notifyChange(ctx.teamId);
}

// ——— Home and channels

async function openHome(ctx: SandboxContext, deliver: Deliver, user: SandboxUser): Promise<AppReply> {
  const home = await findHomeView(ctx.db, ctx.teamId, user.id);
  const im = await openIm(ctx, user.id);
  return sendToApp(
    ctx,
    deliver,
    'event:app_home_opened',
    eventEnvelope(ctx, {
      type: 'app_home_opened',
      user: user.id,
      channel: im.id,
      tab: 'home',
      ...(home ? { view: viewObject(home, ctx.ws) } : {}),
      event_ts: messageTs(ctx.now().getTime()),
    }),
    'json',
  );
}

async function openChannel(ctx: SandboxContext, deliver: Deliver, user: SandboxUser, channelId: string) {
  const channel = await channelFor(ctx, user, channelId);
  if (channel.kind !== 'im') return;
  await sendToApp(
    ctx,
    deliver,
    'event:app_home_opened',
    eventEnvelope(ctx, {
      type: 'app_home_opened',
      user: user.id,
      channel: channel.id,
      tab: 'messages',
      event_ts: messageTs(ctx.now().getTime()),
    }),
    'json',
  );
}

// ——— interactivity

async function ownView(ctx: SandboxContext, user: SandboxUser, id: unknown): Promise<SandboxView> {
  const view = typeof id === 'string' ? await findView(ctx.db, ctx.teamId, id) : undefined;
  if (!view || view.userId !== user.id) throw new SandboxClientError('This view is no longer open.');
  return view;
}

function viewWithState(ctx: SandboxContext, view: SandboxView, state: Json): Json {
  return { ...viewObject(view, ctx.ws), state: { values: obj(state.values) } };
}

async function blockActions(ctx: SandboxContext, deliver: Deliver, user: SandboxUser, payload: Json) {
  const container = obj(payload.container);
  const actions = Array.isArray(payload.actions) ? payload.actions : [];
  const base: Json = {
    type: 'block_actions',
    user: userOf(ctx, user),
    api_app_id: ctx.ws.appId,
    token: 'sandbox-verification-token',
    trigger_id: await issueTrigger(ctx, user.id),
    team: teamOf(ctx),
    enterprise: null,
    is_enterprise_install: false,
  };
  if (container.type === 'message') {
    const channel = await channelFor(ctx, user, String(container.channel_id));
    const message = await findMessage(ctx.db, ctx.teamId, channel.id, String(container.message_ts), user.id);
    if (!message) throw new SandboxClientError('That message is gone.');
    const ephemeral = message.ephemeralFor !== null;
    await sendToApp(
      ctx,
      deliver,
      `block_actions:${String(obj(actions[0]).action_id)}`,
      {
        ...base,
        container: {
          type: 'message',
          message_ts: message.ts,
          channel_id: channel.id,
          is_ephemeral: ephemeral,
          ...(message.threadTs ? { thread_ts: message.threadTs } : {}),
        },
        channel: { id: channel.id, name: channel.kind === 'im' ? 'directmessage' : channel.name },
        ...(ephemeral ? {} : { message: messageObject(message, ctx.ws) }),
        state: { values: obj(obj(payload.state).values) },
        response_url: responseUrl(ctx, {
          c: channel.id,
          u: user.id,
          t: message.ts,
          ...(message.threadTs ? { th: message.threadTs } : {}),
        }),
        actions,
      },
      'payload',
    );
    return;
  }
  const view = await ownView(ctx, user, container.view_id ?? obj(payload.view).id);
  await sendToApp(
    ctx,
    deliver,
    `block_actions:${String(obj(actions[0]).action_id)}`,
    {
      ...base,
      container: { type: 'view', view_id: view.id },
      view: viewWithState(ctx, view, obj(obj(payload.view).state)),
      actions,
    },
    'payload',
  );
}

/** Applies a view_submission answer to the stack, as Slack's client does. */
async function applySubmissionReply(
  ctx: SandboxContext,
  user: SandboxUser,
  top: SandboxView,
  reply: AppReply,
) {
  if (reply.status !== 200) {
    throw new SandboxClientError(
      `We had some trouble connecting: the app answered ${reply.status || 'nothing'}. Try again?`,
    );
  }
  const body = obj(reply.body);
  switch (body.response_action) {
    case 'errors':
      await setViewErrors(ctx.db, ctx.teamId, top.id, obj(body.errors) as Record<string, string>);
      return;
    case 'update':
      await replaceView(ctx.db, ctx.teamId, top.id, null, { view: obj(body.view), hash: viewHash() });
      return;
    case 'push': {
      const stack = await modalStack(ctx.db, ctx.teamId, user.id);
      if (stack.length >= MAX_VIEW_STACK) throw new SandboxClientError('push_limit_reached');
      await setViewErrors(ctx.db, ctx.teamId, top.id, null);
      await insertView(ctx.db, {
        teamId: ctx.teamId,
        id: slackId('V'),
        userId: user.id,
        type: 'modal',
        view: obj(body.view),
        hash: viewHash(),
        rootViewId: top.rootViewId ?? top.id,
        depth: top.depth + 1,
        previousViewId: top.id,
      });
      return;
    }
    case 'clear':
      await closeModalViews(ctx.db, ctx.teamId, user.id);
      return;
    default:
      // An empty acknowledgement closes the submitted view; the one under it shows again.
      await closeModalViews(ctx.db, ctx.teamId, user.id, top.depth);
  }
}

async function viewSubmission(ctx: SandboxContext, deliver: Deliver, user: SandboxUser, payload: Json) {
  const stack = await modalStack(ctx.db, ctx.teamId, user.id);
  const top = stack.at(-1);
  const view = await ownView(ctx, user, obj(payload.view).id);
  if (!top || top.id !== view.id) throw new SandboxClientError('This view is no longer open.');
  const reply = await sendToApp(
    ctx,
    deliver,
    `view_submission:${String(view.view.callback_id ?? '')}`,
    {
      type: 'view_submission',
      team: teamOf(ctx),
      user: userOf(ctx, user),
      api_app_id: ctx.ws.appId,
      token: 'sandbox-verification-token',
      trigger_id: await issueTrigger(ctx, user.id),
      view: viewWithState(ctx, view, obj(obj(payload.view).state)),
      response_urls: [],
      enterprise: null,
      is_enterprise_install: false,
    },
    'payload',
  );
  await applySubmissionReply(ctx, user, top, reply);
}

async function viewClosed(ctx: SandboxContext, deliver: Deliver, user: SandboxUser, payload: Json) {
  const stack = await modalStack(ctx.db, ctx.teamId, user.id);
  const top = stack.at(-1);
  await closeModalViews(ctx.db, ctx.teamId, user.id);
  if (top?.view.notify_on_close !== true) return;
  await sendToApp(
    ctx,
    deliver,
    `view_closed:${String(top.view.callback_id ?? '')}`,
    {
      type: 'view_closed',
      team: teamOf(ctx),
      user: userOf(ctx, user),
      api_app_id: ctx.ws.appId,
      token: 'sandbox-verification-token',
      view: viewWithState(ctx, top, obj(obj(payload.view).state)),
      is_cleared: stack.length > 1,
      enterprise: null,
      is_enterprise_install: false,
    },
    'payload',
  );
}

async function viewBack(ctx: SandboxContext, user: SandboxUser) {
  const stack = await modalStack(ctx.db, ctx.teamId, user.id);
  const top = stack.at(-1);
  if (top && top.depth > 0) await closeModalViews(ctx.db, ctx.teamId, user.id, top.depth);
}

// ——— messages, commands, files

/** `@Homeroom` and `@Name` become Slack mentions, as the client's autocomplete would make them. */
export async function withMentions(ctx: SandboxContext, text: string): Promise<string> {
  const users = await listUsers(ctx.db, ctx.teamId);
  return text.replace(/@([\p{L}\p{N}._-]+)/gu, (whole, name: string) => {
    const found = users.find(
      (u) =>
        u.name.toLowerCase() === name.toLowerCase() || u.displayName.toLowerCase() === name.toLowerCase(),
    );
    return found ? `<@${found.id}>` : whole;
  });
}

/** Sends the events Slack would for a new message: `message` (with channel_type), and `app_mention`. */
async function messageEvents(ctx: SandboxContext, deliver: Deliver, channel: SandboxChannel, event: Json) {
  if (!channel.members.includes(ctx.ws.botUserId)) return;
  await sendToApp(
    ctx,
    deliver,
    'event:message',
    eventEnvelope(ctx, { ...event, channel_type: channelType(channel) }),
    'json',
  );
  const text = String(event.text ?? '');
  if (channel.kind !== 'im' && text.includes(`<@${ctx.ws.botUserId}>`)) {
    const { subtype: _subtype, ...rest } = event;
    await sendToApp(
      ctx,
      deliver,
      'event:app_mention',
      eventEnvelope(ctx, { ...rest, type: 'app_mention' }),
      'json',
    );
  }
}

async function postMessage(
  ctx: SandboxContext,
  deliver: Deliver,
  user: SandboxUser,
  channelId: string,
  rawText: string,
  threadTs: string | undefined,
) {
  const channel = await channelFor(ctx, user, channelId);
  const trimmed = rawText.trim();
  if (trimmed.startsWith('/')) return command(ctx, deliver, user, channel, trimmed, threadTs);
  if (!trimmed) return;
  const text = await withMentions(ctx, trimmed);
  const m = await insertMessage(ctx.db, {
    teamId: ctx.teamId,
    channel: channel.id,
    ts: messageTs(ctx.now().getTime()),
    threadTs: threadTs ?? null,
    userId: user.id,
    text,
    blocks: richTextOf(text),
  });
  await changed(ctx);
  const parent = threadTs ? await findMessage(ctx.db, ctx.teamId, channel.id, threadTs) : undefined;
  await messageEvents(ctx, deliver, channel, {
    type: 'message',
    user: user.id,
    text,
    blocks: m.blocks,
    team: ctx.teamId,
    channel: channel.id,
    ts: m.ts,
    event_ts: m.ts,
    client_msg_id: crypto.randomUUID(),
    ...(threadTs ? { thread_ts: threadTs, parent_user_id: parent?.userId } : {}),
  });
}

async function command(
  ctx: SandboxContext,
  deliver: Deliver,
  user: SandboxUser,
  channel: SandboxChannel,
  line: string,
  threadTs: string | undefined,
) {
  const [name = '', ...rest] = line.split(/\s+/);
  if (name !== slashCommand) {
    await insertMessage(ctx.db, {
      teamId: ctx.teamId,
      channel: channel.id,
      ts: messageTs(ctx.now().getTime()),
      userId: 'USLACKBOT',
      text: `\`${name}\` is not a valid command. In the sandbox only \`${slashCommand}\` is installed.`,
      ephemeralFor: user.id,
    });
    await changed(ctx);
    return;
  }
  const target = { c: channel.id, u: user.id, ...(threadTs ? { th: threadTs } : {}) };
  const reply = await sendToApp(
    ctx,
    deliver,
    `command:${name}`,
    {
      token: 'sandbox-verification-token',
      team_id: ctx.teamId,
      team_domain: ctx.ws.domain,
      channel_id: channel.id,
      channel_name: channel.kind === 'im' ? 'directmessage' : channel.name,
      user_id: user.id,
      user_name: user.name,
      command: name,
      text: rest.join(' '),
      api_app_id: ctx.ws.appId,
      is_enterprise_install: 'false',
      response_url: responseUrl(ctx, target),
      trigger_id: await issueTrigger(ctx, user.id),
    },
    'form',
  );
  if (reply.status !== 200) {
    throw new SandboxClientError(
      `${name} failed with the error "dispatch_failed" (the app answered ${reply.status}).`,
    );
  }
  // A body in the acknowledgement is shown like a response_url message.
  if (typeof reply.body === 'string' && reply.body.trim()) await respond(ctx, target, { text: reply.body });
  else if (reply.body && typeof reply.body === 'object') await respond(ctx, target, obj(reply.body));
}

/** A person shares an image (or any file) in a channel, with an optional comment. */
export async function shareFile(
  ctx: SandboxContext,
  deliver: Deliver,
  input: { user: string; channel: string; threadTs?: string; text: string; name: string; bytes: Uint8Array },
): Promise<void> {
  const user = await person(ctx, input.user);
  const channel = await channelFor(ctx, user, input.channel);
  const file = await insertFile(ctx.db, {
    teamId: ctx.teamId,
    id: slackId('F'),
    userId: user.id,
    name: input.name,
    title: input.name,
    mimetype: await sniffType(input.bytes, input.name),
    size: input.bytes.byteLength,
    content: input.bytes,
    complete: true,
    channels: [channel.id],
  });
  const text = await withMentions(ctx, input.text.trim());
  const m = await insertMessage(ctx.db, {
    teamId: ctx.teamId,
    channel: channel.id,
    ts: messageTs(ctx.now().getTime()),
    threadTs: input.threadTs ?? null,
    userId: user.id,
    subtype: 'file_share',
    text,
    files: [file.id],
  });
  await changed(ctx);
  const fileObj = fileJson(ctx, file);
  await messageEvents(ctx, deliver, channel, {
    type: 'message',
    subtype: 'file_share',
    text,
    files: [fileObj],
    upload: true,
    user: user.id,
    display_as_bot: false,
    ts: m.ts,
    event_ts: m.ts,
    channel: channel.id,
    ...(input.threadTs ? { thread_ts: input.threadTs } : {}),
  });
  if (!channel.members.includes(ctx.ws.botUserId)) return;
  await sendToApp(
    ctx,
    deliver,
    'event:file_shared',
    eventEnvelope(ctx, {
      type: 'file_shared',
      channel_id: channel.id,
      file_id: file.id,
      user_id: user.id,
      file: { id: file.id },
      event_ts: m.ts,
    }),
    'json',
  );
}

/**
 * A message sent to a response_url: ephemeral by default, `in_channel` for everyone;
 * `replace_original` / `delete_original` act on the message the action came from.
 */
export async function respond(
  ctx: SandboxContext,
  target: { c: string; u: string; t?: string; th?: string },
  body: Json,
): Promise<void> {
  const channel = await findChannel(ctx.db, ctx.teamId, target.c);
  if (!channel) throw new SlackApiError('channel_not_found');
  const original = target.t
    ? await findMessage(ctx.db, ctx.teamId, channel.id, target.t, target.u)
    : undefined;
  const text = typeof body.text === 'string' ? body.text : '';
  const blocks = Array.isArray(body.blocks) && body.blocks.length > 0 ? (body.blocks as unknown[]) : null;
  const truthy = (v: unknown) => v === true || v === 'true';
  if (original && truthy(body.delete_original)) {
    await deleteMessage(ctx.db, original.id);
  } else if (original && truthy(body.replace_original)) {
    await updateMessage(ctx.db, original.id, { text, blocks });
  } else {
    if (!text && !blocks) throw new SlackApiError('no_text');
    const threadTs = typeof body.thread_ts === 'string' ? body.thread_ts : target.th;
    await insertMessage(ctx.db, {
      teamId: ctx.teamId,
      channel: channel.id,
      ts: messageTs(ctx.now().getTime()),
      threadTs: threadTs ?? null,
      userId: ctx.ws.botUserId,
      botId: ctx.ws.botId,
      text,
      blocks,
      ephemeralFor: body.response_type === 'in_channel' ? null : target.u,
    });
  }
  await changed(ctx);
}

/** POST <response_url>: what Bolt's respond() sends. */
export async function handleResponseUrl(ctx: SandboxContext, token: string, body: Json) {
  const target = readResponseToken(ctx, token);
  if (!target) return { status: 404, body: { ok: false, error: 'invalid_token' } };
  try {
    await respond(ctx, target, body);
    return { status: 200, body: { ok: true } };
  } catch (error) {
    if (error instanceof SlackApiError) return { status: 200, body: { ok: false, error: error.code } };
    throw error;
  }
}

/** Runs one thing the person did in the client. */
export async function runClientAction(
  ctx: SandboxContext,
  deliver: Deliver,
  action: ClientAction,
): Promise<void> {
  if (action.type === 'reset') {
    await resetSandbox(ctx.db);
    await changed(ctx);
    return;
  }
  const user = await person(ctx, action.user);
  switch (action.type) {
    case 'open_home':
      await openHome(ctx, deliver, user);
      return;
    case 'open_channel':
      await openChannel(ctx, deliver, user, action.channel);
      return;
    case 'block_actions':
      await blockActions(ctx, deliver, user, action.payload);
      return;
    case 'view_submission':
      await viewSubmission(ctx, deliver, user, action.payload);
      await changed(ctx);
      return;
    case 'view_closed':
      await viewClosed(ctx, deliver, user, action.payload);
      await changed(ctx);
      return;
    case 'view_back':
      await viewBack(ctx, user);
      await changed(ctx);
      return;
    case 'message':
      await postMessage(ctx, deliver, user, action.channel, action.text, action.threadTs);
      return;
  }
}
