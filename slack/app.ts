import { App, type Authorize, type Receiver } from '@slack/bolt';
import { WebClient } from '@slack/web-api';
import { after } from 'next/server';
import { getDb } from '@/db/client';
import { ConfigError } from '@/db/parse-env';
import { forgetSlackEvent, markEventSeen } from '@/db/queries/slack-events';
import { getSlackEnv, type SlackEnv } from '@/slack/env';
import { registerListeners } from '@/slack/listeners';
import { boltLogger, getLogger } from '@/slack/logger';
import { ignoreBotMessages, loadMember } from '@/slack/middleware';
import { NextReceiver } from '@/slack/receiver';

export interface SlackRuntime {
  app: App;
  receiver: NextReceiver;
  env: SlackEnv;
}

/** A Web API client with the bot token, for work outside a request (jobs). */
export function botClient(env: SlackEnv): WebClient {
  return new WebClient(env.botToken, { slackApiUrl: env.apiUrl, retryConfig: { retries: env.apiRetries } });
}

/**
 * Bolt's own single-token authorize calls auth.test when the app is built and caches the promise: a
 * failure then is an unhandled rejection, and every later request fails until a restart. This one
 * asks on first use, keeps a success, and asks again after a failure.
 */
function cachedAuthorize(client: WebClient, botToken: string): Authorize<boolean> {
  let cached: Promise<{ botId?: string; botUserId?: string }> | undefined;
  return async () => {
    cached ??= client.auth.test().then((r) => ({ botId: r.bot_id, botUserId: r.user_id }));
    try {
      return { botToken, ...(await cached) };
    } catch (error) {
      cached = undefined;
      throw error;
    }
  };
}

/** Keeps listener work alive after the response: Next's after() inside a request, plain tracking elsewhere. */
function deferAfterResponse(work: Promise<unknown>): void {
  try {
    after(work);
  } catch {
    // Outside a Next request scope (tests, scripts) the receiver's own tracking keeps it.
  }
}

/** Builds a Bolt app with every listener on the given receiver (HTTP in Next, or Socket Mode). */
export function buildBoltApp(
  env: SlackEnv,
  receiver: Receiver | undefined,
  extra: Partial<ConstructorParameters<typeof App>[0]> = {},
): App {
  const log = getLogger(env.logLevel);
  const app = new App({
    authorize: cachedAuthorize(botClient(env), env.botToken),
    receiver,
    logger: boltLogger(log),
    clientOptions: { slackApiUrl: env.apiUrl, retryConfig: { retries: env.apiRetries } },
    ignoreSelf: true,
    ...extra,
  });
  app.use(ignoreBotMessages);
  app.use(loadMember(env.admins, log.child({ component: 'members' })));
  registerListeners(app, env);
  app.error(async (error) => {
    log.error({ err: error, code: (error as { code?: string }).code }, 'listener error');
    throw error;
  });
  return app;
}

export function createSlackRuntime(env: SlackEnv = getSlackEnv()): SlackRuntime {
  const log = getLogger(env.logLevel);
  const receiver = new NextReceiver({
    signingSecret: env.signingSecret,
    logger: log.child({ component: 'receiver' }),
    markEventSeen: async (eventId, teamId) => markEventSeen(await getDb(), eventId, teamId),
    forgetEvent: async (eventId) => forgetSlackEvent(await getDb(), eventId),
    defer: deferAfterResponse,
  });
  const app = buildBoltApp(env, receiver);
  return { app, receiver, env };
}

interface RuntimeGlobal {
  __homeroomSlack?: SlackRuntime;
}
const store = globalThis as RuntimeGlobal;

export function getSlackRuntime(): SlackRuntime {
  store.__homeroomSlack ??= createSlackRuntime();
  return store.__homeroomSlack;
}

/**
 * The runtime's configuration for a route other than the Request URL (cron, export links), or
 * undefined after logging every problem once when the environment is misconfigured: such routes
 * answer 500 with a plain message instead of a stack trace.
 */
export function runtimeEnvOrLog(): SlackEnv | undefined {
  try {
    return getSlackRuntime().env;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    getLogger().error({ problems: error.problems }, error.message);
    return undefined;
  }
}

/** Replaces the process-wide runtime (tests build one per file against their fake Web API). */
export function setSlackRuntime(runtime: SlackRuntime | undefined): void {
  store.__homeroomSlack = runtime;
}

/** The Request URL's handler: POST /api/slack/events. */
export async function handleSlackRequest(req: Request): Promise<Response> {
  let runtime: SlackRuntime;
  try {
    runtime = getSlackRuntime();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    getLogger().error({ problems: error.problems }, error.message);
    return new Response('Homeroom is not configured; see the server log.', {
      status: 500,
      headers: { 'X-Slack-No-Retry': '1' },
    });
  }
  return runtime.receiver.handle(req);
}
