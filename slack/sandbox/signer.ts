import crypto from 'node:crypto';
import { appendLog, bumpVersion, insertTrigger } from '@/db/queries/sandbox';
import type { SandboxChannel, SandboxUser } from '@/db/schema';
import type { SandboxContext } from '@/slack/sandbox/context';
import { slackId, triggerId } from '@/slack/sandbox/ids';
import { notifyChange } from '@/slack/sandbox/notify';

type Json = Record<string, unknown>;

/** What the app answered: the HTTP status and the parsed body (the ack's `response_action` etc.). */
export interface AppReply {
  status: number;
  body: unknown;
}

/** Sends a signed request to the app; tests swap the transport for the route handler itself. */
export type Deliver = (req: Request) => Promise<Response>;

export const fetchDeliver: Deliver = (req) => fetch(req);

/** Slack's v0 signature over `v0:<timestamp>:<raw body>`. */
export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${crypto.createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export function signedRequest(ctx: SandboxContext, body: string, contentType: string): Request {
  const timestamp = Math.floor(ctx.now().getTime() / 1000);
  return new Request(`${ctx.origin}/api/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature(ctx.signingSecret, timestamp, body),
      'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
    },
    body,
  });
}

/** Signs, sends, logs both sides and tells clients; a network failure becomes status 0. */
export async function sendToApp(
  ctx: SandboxContext,
  deliver: Deliver,
  name: string,
  payload: Json,
  encoding: 'json' | 'payload' | 'form',
): Promise<AppReply> {
  const body =
    encoding === 'json'
      ? JSON.stringify(payload)
      : encoding === 'payload'
        ? new URLSearchParams({ payload: JSON.stringify(payload) }).toString()
        : new URLSearchParams(payload as Record<string, string>).toString();
  const contentType = encoding === 'json' ? 'application/json' : 'application/x-www-form-urlencoded';
  let reply: AppReply;
  try {
    const res = await deliver(signedRequest(ctx, body, contentType));
    const text = await res.text();
    let parsed: unknown = text;
    if ((res.headers.get('content-type') ?? '').includes('json') && text) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
    }
    reply = { status: res.status, body: parsed };
  } catch (error) {
    reply = { status: 0, body: `could not reach the app: ${(error as Error).message}` };
  }
  await appendLog(ctx.db, {
    teamId: ctx.teamId,
    direction: 'to_app',
    name,
    status: reply.status,
    ok: reply.status >= 200 && reply.status < 300,
    request: payload,
    response: reply.body === '' ? null : reply.body,
  });
  await bumpVersion(ctx.db, ctx.teamId);
  notifyChange(ctx.teamId);
  return reply;
}

/** A trigger_id the emulator will accept for 3 seconds, for this person. */
export async function issueTrigger(ctx: SandboxContext, userId: string): Promise<string> {
  const id = triggerId(ctx.now().getTime());
  await insertTrigger(ctx.db, ctx.teamId, id, userId, ctx.now());
  return id;
}

// ——— response_url

interface ResponseTarget {
  /** channel */
  c: string;
  /** the person who acted */
  u: string;
  /** the original message's ts (absent for slash commands) */
  t?: string;
  /** thread of the original */
  th?: string;
}

function mac(ctx: SandboxContext, data: string): string {
  return crypto.createHmac('sha256', ctx.signingSecret).update(data).digest('base64url').slice(0, 22);
}

export function responseUrl(ctx: SandboxContext, target: ResponseTarget): string {
  const data = Buffer.from(JSON.stringify(target)).toString('base64url');
  return `${ctx.origin}/api/sandbox/response/${data}.${mac(ctx, data)}`;
}

export function readResponseToken(ctx: SandboxContext, token: string): ResponseTarget | undefined {
  const [data, sig] = token.split('.');
  if (!data || !sig || mac(ctx, data) !== sig) return undefined;
  try {
    return JSON.parse(Buffer.from(data, 'base64url').toString('utf8')) as ResponseTarget;
  } catch {
    return undefined;
  }
}

// ——— envelopes

export function teamOf(ctx: SandboxContext) {
  return { id: ctx.teamId, domain: ctx.ws.domain };
}

export function userOf(ctx: SandboxContext, user: SandboxUser) {
  return { id: user.id, username: user.name, name: user.name, team_id: ctx.teamId };
}

export function channelType(channel: SandboxChannel): 'im' | 'channel' | 'group' | 'mpim' {
  return channel.kind === 'private' ? 'group' : channel.kind;
}

/** The Events API wrapper Slack puts around every event. */
export function eventEnvelope(ctx: SandboxContext, event: Json): Json {
  const now = ctx.now().getTime();
  return {
    token: 'sandbox-verification-token',
    team_id: ctx.teamId,
    context_team_id: ctx.teamId,
    api_app_id: ctx.ws.appId,
    event,
    type: 'event_callback',
    event_id: slackId('Ev'),
    event_time: Math.floor(now / 1000),
    authorizations: [
      {
        enterprise_id: null,
        team_id: ctx.teamId,
        user_id: ctx.ws.botUserId,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
  };
}

/** A person's message as the `rich_text` block Slack's client attaches to it. */
export function richTextOf(text: string): Json[] {
  const elements: Json[] = [];
  const pattern = /<@([UW][A-Z0-9]+)>/g;
  let last = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match.index > last) elements.push({ type: 'text', text: text.slice(last, match.index) });
    elements.push({ type: 'user', user_id: match[1] });
    last = match.index + match[0].length;
  }
  if (last < text.length) elements.push({ type: 'text', text: text.slice(last) });
  return [
    {
      type: 'rich_text',
      block_id: slackId('', 5).toLowerCase(),
      elements: [{ type: 'rich_text_section', elements }],
    },
  ];
}
