import type { Json, Surface } from '../types';
import type { StateValues } from './state';

/** What a payload needs to know about where the interaction happened; all plain JSON. */
export interface PayloadContext {
  surface: Surface;
  user: { id: string; username: string; name: string; team_id: string };
  apiAppId: string;
  /** modal and home: the view as Slack would echo it back, without `state`. */
  view?: Json;
  /** message surfaces */
  message?: {
    ts: string;
    channelId: string;
    channelName: string;
    ephemeral: boolean;
    text: string;
    blocks: Json[];
  };
}

/** The verification token a real payload carries; previews have none, so a fixed marker stands in. */
export const PREVIEW_TOKEN = 'preview-verification-token';

function randomHex(length: number): string {
  let out = '';
  while (out.length < length) out += Math.floor(Math.random() * 0x100000000).toString(16);
  return out.slice(0, length);
}

/** Shaped like Slack's `1234567890.1234567890.abcdef…` trigger ids. */
export function triggerId(now: number): string {
  return `${Math.floor(now / 1000)}.${String(Math.floor(Math.random() * 1e10)).padStart(10, '0')}.${randomHex(32)}`;
}

export function actionTs(now: number): string {
  return (now / 1000).toFixed(6);
}

function team(ctx: PayloadContext) {
  return { id: ctx.user.team_id, domain: 'homeroom' };
}

function viewWithState(ctx: PayloadContext, values: StateValues): Json | undefined {
  return ctx.view ? { ...ctx.view, state: { values } } : undefined;
}

/** The `block_actions` payload a Slack client sends when an element is used. */
export function blockActionsPayload(
  ctx: PayloadContext,
  action: Json,
  values: StateValues,
  now = Date.now(),
): Json {
  const base: Json = {
    type: 'block_actions',
    user: ctx.user,
    api_app_id: ctx.apiAppId,
    token: PREVIEW_TOKEN,
  };
  if (ctx.message) {
    const { message } = ctx;
    return {
      ...base,
      container: {
        type: 'message',
        message_ts: message.ts,
        channel_id: message.channelId,
        is_ephemeral: message.ephemeral,
      },
      trigger_id: triggerId(now),
      team: team(ctx),
      enterprise: null,
      is_enterprise_install: false,
      channel: { id: message.channelId, name: message.channelName },
      ...(message.ephemeral
        ? {}
        : {
            message: {
              type: 'message',
              subtype: 'bot_message',
              text: message.text,
              ts: message.ts,
              app_id: ctx.apiAppId,
              blocks: message.blocks,
            },
          }),
      state: { values },
      response_url: `https://hooks.slack.com/actions/${ctx.user.team_id}/${randomHex(12)}`,
      actions: [{ ...action, action_ts: actionTs(now) }],
    };
  }
  return {
    ...base,
    container: { type: 'view', view_id: ctx.view?.id },
    trigger_id: triggerId(now),
    team: team(ctx),
    enterprise: null,
    is_enterprise_install: false,
    view: viewWithState(ctx, values),
    actions: [{ ...action, action_ts: actionTs(now) }],
  };
}

/** The `view_submission` payload of a modal's Submit button. */
export function viewSubmissionPayload(ctx: PayloadContext, values: StateValues, now = Date.now()): Json {
  return {
    type: 'view_submission',
    team: team(ctx),
    user: ctx.user,
    api_app_id: ctx.apiAppId,
    token: PREVIEW_TOKEN,
    trigger_id: triggerId(now),
    view: viewWithState(ctx, values),
    response_urls: [],
    enterprise: null,
    is_enterprise_install: false,
  };
}

/** The `view_closed` payload Slack sends on Close when the view asks for `notify_on_close`. */
export function viewClosedPayload(ctx: PayloadContext, values: StateValues, isCleared = false): Json {
  return {
    type: 'view_closed',
    team: team(ctx),
    user: ctx.user,
    api_app_id: ctx.apiAppId,
    token: PREVIEW_TOKEN,
    view: viewWithState(ctx, values),
    is_cleared: isCleared,
    enterprise: null,
    is_enterprise_install: false,
  };
}
