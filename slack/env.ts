import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { getDbEnv } from '@/db/env';
import { isValidTimeZone } from '@/db/local-time';
import { appPublicUrl, ConfigError, type EnvSource, flag, parseEnv } from '@/db/parse-env';
import { SANDBOX_APPROVERS_CHANNEL } from '@/slack/sandbox/constants';

const hour = z.coerce.number().int().min(0).max(23);
/** An hour, or `off` / empty to turn the feature off. */
const optionalHour = z
  .string()
  .trim()
  .transform((v, ctx) => {
    if (v === '' || v.toLowerCase() === 'off') return null;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > 23) {
      ctx.addIssue({ code: 'custom', message: 'must be an hour from 0 to 23, or off' });
      return z.NEVER;
    }
    return n;
  });
const timeZone = z.string().refine(isValidTimeZone, 'must be an IANA time zone such as Asia/Seoul');

const schema = z.object({
  SLACK_SIGNING_SECRET: z.string().min(8).optional(),
  SLACK_BOT_TOKEN: z
    .string()
    .regex(/^xox[bp]-/, 'must be a bot token starting with xoxb-')
    .optional(),
  SLACK_APP_TOKEN: z
    .string()
    .regex(/^xapp-/, 'must be an app-level token starting with xapp-')
    .optional(),
  SLACK_API_URL: z.url().optional(),
  SLACK_API_RETRIES: z.coerce.number().int().min(0).max(10).default(3),
  HOMEROOM_SANDBOX: flag.optional(),
  NODE_ENV: z.string().optional(),
  HOMEROOM_APPROVERS_CHANNEL: z.string().optional(),
  HOMEROOM_ADMINS: z.string().optional(),
  HOMEROOM_CHECKOUT_REMINDER_HOUR: hour.default(18),
  HOMEROOM_AUTO_CLOSE_HOUR: hour.default(23),
  HOMEROOM_APPROVAL_REMINDER_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(24),
  HOMEROOM_PUBLIC_URL: z.url().optional(),
  HOMEROOM_MORNING_REMINDER_HOUR: optionalHour.default(9),
  HOMEROOM_DIGEST_CHANNEL: z.string().trim().optional(),
  HOMEROOM_DIGEST_HOUR: hour.default(9),
  HOMEROOM_DIGEST_TIME_ZONE: timeZone.default('UTC'),
  HOMEROOM_JOB_WORKER: flag.default(true),
  CRON_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  PORT: z.coerce.number().int().positive().default(3000),
  LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),
});

export interface SlackEnv {
  signingSecret: string;
  botToken: string;
  appToken: string | undefined;
  /** Web API base URL, always ending in a slash. */
  apiUrl: string;
  apiRetries: number;
  /** True when the built-in Web API emulator stands in for Slack. */
  sandbox: boolean;
  approversChannel: string | undefined;
  admins: string[];
  checkoutReminderHour: number;
  autoCloseHour: number;
  /** Local hour of the weekday check-in reminder; null when off. */
  morningReminderHour: number | null;
  /** Channel for the morning who's-in digest; undefined when off. */
  digestChannel: string | undefined;
  digestHour: number;
  /** A channel has no zone of its own: the digest goes out at digestHour in this one. */
  digestTimeZone: string;
  /** Run due jobs inside the server process (off on serverless hosts, which call POST /api/cron). */
  jobWorker: boolean;
  cronSecret: string | undefined;
  logLevel: string;
  /** Pending requests older than this many hours remind the approvers, once a day. */
  approvalReminderHours: number;
  /** Base URL people's browsers reach the app at (export links), without a trailing slash. */
  publicUrl: string;
}

/** The sandbox signs its own requests: keep one secret per data folder so restarts keep working. */
function sandboxSecret(dataDir: string): string {
  const file = path.join(dataDir, 'sandbox-secret');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    const secret = crypto.randomBytes(32).toString('hex');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}

const withSlash = (url: string) => (url.endsWith('/') ? url : `${url}/`);

export function getSlackEnv(env: EnvSource = process.env): SlackEnv {
  const e = parseEnv('Slack', schema, env);
  const hasCredentials = Boolean(e.SLACK_SIGNING_SECRET || e.SLACK_BOT_TOKEN);
  // A production build (next start) never turns into a sandbox by accident: there it takes
  // HOMEROOM_SANDBOX=1. In development it is on whenever Slack credentials are missing.
  const sandbox = e.HOMEROOM_SANDBOX ?? (!hasCredentials && e.NODE_ENV !== 'production');
  if (!sandbox) {
    const missing = [
      !e.SLACK_SIGNING_SECRET &&
        'SLACK_SIGNING_SECRET: required unless the sandbox is on (HOMEROOM_SANDBOX=1 in a production build)',
      !e.SLACK_BOT_TOKEN &&
        'SLACK_BOT_TOKEN: required unless the sandbox is on (HOMEROOM_SANDBOX=1 in a production build)',
    ].filter((m): m is string => Boolean(m));
    if (missing.length > 0) throw new ConfigError('Slack', missing);
  }
  const sandboxApi = `http://127.0.0.1:${e.PORT}/api/sandbox/api/`;
  return {
    signingSecret: e.SLACK_SIGNING_SECRET ?? sandboxSecret(getDbEnv(env).dataDir),
    botToken: e.SLACK_BOT_TOKEN ?? 'xoxb-sandbox',
    appToken: e.SLACK_APP_TOKEN,
    apiUrl: withSlash(
      e.SLACK_API_URL ?? (sandbox && !e.SLACK_BOT_TOKEN ? sandboxApi : 'https://slack.com/api/'),
    ),
    apiRetries: e.SLACK_API_RETRIES,
    sandbox,
    // The sandbox's seeded #approvers channel, so requests have somewhere to go out of the box; never
    // with real credentials, where the sandbox is only a side door and requests must reach real people.
    approversChannel:
      e.HOMEROOM_APPROVERS_CHANNEL ?? (sandbox && !hasCredentials ? SANDBOX_APPROVERS_CHANNEL : undefined),
    admins: (e.HOMEROOM_ADMINS ?? '')
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter(Boolean),
    checkoutReminderHour: e.HOMEROOM_CHECKOUT_REMINDER_HOUR,
    autoCloseHour: e.HOMEROOM_AUTO_CLOSE_HOUR,
    morningReminderHour: e.HOMEROOM_MORNING_REMINDER_HOUR,
    digestChannel: e.HOMEROOM_DIGEST_CHANNEL || undefined,
    digestHour: e.HOMEROOM_DIGEST_HOUR,
    digestTimeZone: e.HOMEROOM_DIGEST_TIME_ZONE,
    jobWorker: e.HOMEROOM_JOB_WORKER,
    cronSecret: e.CRON_SECRET,
    logLevel: e.LOG_LEVEL,
    approvalReminderHours: e.HOMEROOM_APPROVAL_REMINDER_HOURS,
    publicUrl: appPublicUrl(e.HOMEROOM_PUBLIC_URL, e.PORT),
  };
}
