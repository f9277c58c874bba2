import { type Db, getDb } from '@/db/client';
import { ConfigError } from '@/db/parse-env';
import { findWorkspace } from '@/db/queries/sandbox';
import type { SandboxWorkspace } from '@/db/schema';
import { getSlackEnv, type SlackEnv } from '@/slack/env';
import { SANDBOX_TEAM_ID } from '@/slack/sandbox/constants';
import { ensureSeeded } from '@/slack/sandbox/seed';

/** Everything the emulator needs for one request. */
export interface SandboxContext {
  db: Db;
  teamId: string;
  ws: SandboxWorkspace;
  /** Where this server is reachable by the app and the emulator itself (file and response URLs). */
  origin: string;
  /** The token the app must present (Bearer xoxb-sandbox unless configured otherwise). */
  botToken: string;
  signingSecret: string;
  now(): Date;
}

const SANDBOX_API_PATH = '/api/sandbox/api/';

/** The sandbox answers only when getSlackEnv() says so; anything else is a 404. */
export function sandboxEnv(env?: SlackEnv): SlackEnv | undefined {
  try {
    const e = env ?? getSlackEnv();
    return e.sandbox ? e : undefined;
  } catch (error) {
    if (error instanceof ConfigError) return undefined;
    throw error;
  }
}

/** The app's own origin: from SLACK_API_URL when it points at the emulator, else the request's. */
export function appOrigin(env: SlackEnv, requestUrl?: string): string {
  if (env.apiUrl.endsWith(SANDBOX_API_PATH)) return env.apiUrl.slice(0, -SANDBOX_API_PATH.length);
  return requestUrl ? new URL(requestUrl).origin : 'http://127.0.0.1:3000';
}

export async function sandboxContext(
  env: SlackEnv,
  options: { db?: Db; requestUrl?: string; now?: () => Date } = {},
): Promise<SandboxContext> {
  const db = options.db ?? (await getDb());
  let ws = await findWorkspace(db, SANDBOX_TEAM_ID);
  if (!ws) {
    await ensureSeeded(db);
    ws = (await findWorkspace(db, SANDBOX_TEAM_ID))!;
  }
  return {
    db,
    teamId: SANDBOX_TEAM_ID,
    ws,
    origin: appOrigin(env, options.requestUrl),
    botToken: env.botToken,
    signingSecret: env.signingSecret,
    now: options.now ?? (() => new Date()),
  };
}

export const notFound = () =>
  new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
