import crypto from 'node:crypto';

export const TEST_SECRET = 'test-signing-secret-0123456789';
export const TEAM = 'T1';
const URL_ = 'http://localhost:3000/api/slack/events';

export interface SignOptions {
  secret?: string;
  timestamp?: number;
  contentType?: string;
  headers?: Record<string, string>;
  /** Replace the signature entirely (null leaves it out). */
  signature?: string | null;
}

export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${crypto.createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** A request exactly as Slack sends it: raw body, v0 signature, timestamp header. */
export function slackRequest(body: string, options: SignOptions = {}): Request {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': options.contentType ?? 'application/json',
    'x-slack-request-timestamp': String(timestamp),
    ...options.headers,
  };
  const signature =
    options.signature === undefined
      ? sign(options.secret ?? TEST_SECRET, timestamp, body)
      : options.signature;
  if (signature !== null) headers['x-slack-signature'] = signature;
  return new Request(URL_, { method: 'POST', headers, body });
}

let eventCounter = 0;

export function eventRequest(
  event: Record<string, unknown>,
  options: SignOptions & { eventId?: string } = {},
) {
  const body = JSON.stringify({
    token: 'legacy',
    team_id: TEAM,
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: options.eventId ?? `Ev${++eventCounter}${Date.now()}`,
    event_time: Math.floor(Date.now() / 1000),
    event,
  });
  return slackRequest(body, options);
}

export function appHomeOpened(
  user: string,
  tab: 'home' | 'messages' = 'home',
  options: SignOptions & { eventId?: string } = {},
) {
  return eventRequest({ type: 'app_home_opened', user, channel: `D${user}`, tab, event_ts: '1.0' }, options);
}

function formRequest(fields: Record<string, string>, options: SignOptions = {}): Request {
  return slackRequest(new URLSearchParams(fields).toString(), {
    contentType: 'application/x-www-form-urlencoded',
    ...options,
  });
}

export function interactionRequest(payload: Record<string, unknown>, options: SignOptions = {}) {
  return formRequest({ payload: JSON.stringify(payload) }, options);
}

let triggerCounter = 0;

export function buttonClick(
  user: string,
  actionId: string,
  value: string,
  options: SignOptions & { container?: Record<string, unknown>; responseUrl?: string } = {},
) {
  return interactionRequest(
    {
      type: 'block_actions',
      team: { id: TEAM, domain: 'acme' },
      user: { id: user, username: user.toLowerCase(), team_id: TEAM },
      api_app_id: 'A1',
      trigger_id: `trig.${++triggerCounter}`,
      container: options.container ?? { type: 'view', view_id: 'VHOME' },
      ...(options.responseUrl ? { response_url: options.responseUrl } : {}),
      actions: [
        { type: 'button', action_id: actionId, block_id: 'b', value, action_ts: String(Date.now() / 1000) },
      ],
    },
    options,
  );
}

export function viewSubmission(
  user: string,
  callbackId: string,
  values: Record<string, Record<string, unknown>>,
  options: SignOptions & { privateMetadata?: string } = {},
) {
  return interactionRequest(
    {
      type: 'view_submission',
      team: { id: TEAM, domain: 'acme' },
      user: { id: user, username: user.toLowerCase(), team_id: TEAM },
      api_app_id: 'A1',
      trigger_id: `trig.${++triggerCounter}`,
      view: {
        id: 'VMODAL',
        type: 'modal',
        callback_id: callbackId,
        private_metadata: options.privateMetadata ?? '',
        hash: 'h1',
        state: { values },
      },
    },
    options,
  );
}

export function slashCommand(user: string, text: string, responseUrl: string, options: SignOptions = {}) {
  return formRequest(
    {
      token: 'legacy',
      team_id: TEAM,
      team_domain: 'acme',
      channel_id: 'C1',
      channel_name: 'general',
      user_id: user,
      user_name: user.toLowerCase(),
      command: '/homeroom',
      text,
      api_app_id: 'A1',
      response_url: responseUrl,
      trigger_id: `trig.${++triggerCounter}`,
    },
    options,
  );
}

let tsCounter = 0;

/** A `message` event a person sends in the app's DM (`thread_ts` when it is a thread reply). */
export function directMessage(
  user: string,
  text: string,
  extra: Record<string, unknown> = {},
  options: SignOptions & { eventId?: string } = {},
) {
  const ts = `1700000100.${String(++tsCounter).padStart(6, '0')}`;
  return eventRequest(
    {
      type: 'message',
      channel: `D${user}`,
      channel_type: 'im',
      user,
      text,
      ts,
      event_ts: ts,
      team: TEAM,
      ...extra,
    },
    options,
  );
}

/** An `app_mention` event: `<@UBOT> text` in a channel. */
export function appMention(
  user: string,
  text: string,
  extra: Record<string, unknown> = {},
  options: SignOptions & { eventId?: string } = {},
) {
  const ts = `1700000200.${String(++tsCounter).padStart(6, '0')}`;
  return eventRequest(
    {
      type: 'app_mention',
      channel: 'C0GENERAL',
      user,
      text: `<@UBOT> ${text}`,
      ts,
      event_ts: ts,
      team: TEAM,
      ...extra,
    },
    options,
  );
}
