import { pathToFileURL } from 'node:url';
import { type App, SocketModeReceiver } from '@slack/bolt';
import { ConfigError } from '@/db/parse-env';
import { botClient, buildBoltApp } from '@/slack/app';
import { boot } from '@/slack/boot';
import { getSlackEnv, type SlackEnv } from '@/slack/env';
import { boltLogger, getLogger } from '@/slack/logger';

/**
 * The same Bolt app over Socket Mode, for networks with no public URL: Slack's WebSocket carries
 * events and interactions, and every envelope is acknowledged on it.
 */
export async function startSocketMode(
  env: SlackEnv = getSlackEnv(),
  options: { boot?: boolean } = {},
): Promise<{ app: App; stop: () => Promise<void> }> {
  if (!env.appToken) {
    throw new ConfigError('Socket Mode', [
      'SLACK_APP_TOKEN: required for Socket Mode. Create an app-level token with the connections:write scope ' +
        '(Slack app settings → Basic Information → App-Level Tokens) and set it.',
    ]);
  }
  const log = getLogger(env.logLevel);
  const receiver = new SocketModeReceiver({
    appToken: env.appToken,
    logger: boltLogger(log),
    // apps.connections.open goes to the same Web API as everything else (the tests' fake included).
    installerOptions: { clientOptions: { slackApiUrl: env.apiUrl } },
  });
  const app = buildBoltApp(env, receiver);
  if (options.boot !== false) await boot(botClient(env));
  await app.start();
  log.info('Homeroom is connected over Socket Mode');
  return { app, stop: () => app.stop() as Promise<void> };
}

/** `npm run socket`. */
async function main() {
  await startSocketMode();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    if (error instanceof ConfigError) {
      console.error(error.message);
    } else {
      console.error('Homeroom could not start over Socket Mode:', error);
    }
    process.exit(1);
  });
}
