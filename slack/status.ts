import { ConfigError } from '@/db/parse-env';
import { getSlackEnv } from '@/slack/env';

/** What the front page says about this server's Slack connection; never throws. */
export function slackStatus(): {
  mode: 'sandbox' | 'slack' | 'misconfigured';
  problems: string[];
  requestPath: string;
} {
  const requestPath = '/api/slack/events';
  try {
    return { mode: getSlackEnv().sandbox ? 'sandbox' : 'slack', problems: [], requestPath };
  } catch (error) {
    if (error instanceof ConfigError) return { mode: 'misconfigured', problems: error.problems, requestPath };
    throw error;
  }
}
