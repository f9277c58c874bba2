import { SocketModeReceiver } from '@slack/bolt';
import { ConfigError } from '@/db/parse-env';
import { botClient, buildBoltApp } from '@/slack/app';
import { boot } from '@/slack/boot';
import { getSlackEnv } from '@/slack/env';
import { getLogger } from '@/slack/logger';

/** `npm run socket`: the same Bolt app over Socket Mode, for networks with no public URL. */
async function main() {
  const env = getSlackEnv();
  if (!env.appToken) {
    throw new ConfigError('Socket Mode', [
      'SLACK_APP_TOKEN: required for Socket Mode. Create an app-level token with the connections:write scope ' +
        '(Slack app settings → Basic Information → App-Level Tokens) and set it.',
    ]);
  }
  const receiver = new SocketModeReceiver({ appToken: env.appToken });
  const app = buildBoltApp(env, receiver);
  await boot(botClient(env));
  await app.start();
  getLogger(env.logLevel).info('Homeroom is connected over Socket Mode');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('Homeroom could not start over Socket Mode:', error);
  }
  process.exit(1);
});
