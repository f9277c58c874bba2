import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDbEnv, getStorageEnv } from '@/db/env';
import { ConfigError } from '@/db/parse-env';
import { getSlackEnv } from '@/slack/env';

const SECRET = 'a-signing-secret';
const BOT = 'xoxb-1-2-abc';

function configError(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

let tmp: string;
let cwd: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'homeroom-env-'));
  cwd = process.cwd();
});
afterEach(() => {
  process.chdir(cwd);
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('getSlackEnv without credentials', () => {
  it('turns the sandbox on and points the Web API at the built-in emulator', () => {
    // The sandbox secret is written under the default DATA_DIR (./.data): keep it out of the repo.
    process.chdir(tmp);
    const env = getSlackEnv({ DATA_DIR: tmp });
    expect(env).toMatchObject({
      sandbox: true,
      botToken: 'xoxb-sandbox',
      apiUrl: 'http://127.0.0.1:3000/api/sandbox/api/',
      checkoutReminderHour: 18,
      autoCloseHour: 23,
      apiRetries: 3,
      admins: [],
      logLevel: 'info',
    });
    expect(getSlackEnv({ DATA_DIR: tmp, PORT: '4100' }).apiUrl).toBe(
      'http://127.0.0.1:4100/api/sandbox/api/',
    );
  });

  it('treats empty variables as unset', () => {
    process.chdir(tmp);
    expect(getSlackEnv({ DATA_DIR: tmp, SLACK_BOT_TOKEN: '', SLACK_SIGNING_SECRET: '  ' }).sandbox).toBe(
      true,
    );
  });

  it('generates a signing secret once and returns the same one on every call', () => {
    process.chdir(tmp);
    const first = getSlackEnv({ DATA_DIR: tmp }).signingSecret;
    const second = getSlackEnv({ DATA_DIR: tmp }).signingSecret;
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(second).toBe(first);
    const file = path.join(tmp, 'sandbox-secret');
    expect(fs.readFileSync(file, 'utf8')).toBe(first);
  });

  // Bug: slack/env.ts sandboxSecret() calls getDbEnv() with no argument, so it reads DATA_DIR from
  // process.env instead of the env object passed to getSlackEnv(env); the secret lands in ./.data.
  it('keeps the generated secret in the DATA_DIR of the env it is given', () => {
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'homeroom-cwd-'));
    process.chdir(elsewhere);
    try {
      const secret = getSlackEnv({ DATA_DIR: tmp }).signingSecret;
      expect(fs.readFileSync(path.join(tmp, 'sandbox-secret'), 'utf8')).toBe(secret);
    } finally {
      process.chdir(cwd);
      fs.rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});

describe('getSlackEnv with credentials', () => {
  it('uses real Slack when both the signing secret and the bot token are set', () => {
    expect(getSlackEnv({ SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: BOT })).toMatchObject({
      sandbox: false,
      signingSecret: SECRET,
      botToken: BOT,
      apiUrl: 'https://slack.com/api/',
    });
  });

  it('names SLACK_SIGNING_SECRET in one ConfigError when only SLACK_BOT_TOKEN is set', () => {
    const error = configError(() => getSlackEnv({ SLACK_BOT_TOKEN: BOT }));
    expect(error.area).toBe('Slack');
    expect(error.problems).toEqual([
      'SLACK_SIGNING_SECRET: required unless the sandbox is on (HOMEROOM_SANDBOX=1 in a production build)',
    ]);
    expect(error.message).toContain('SLACK_SIGNING_SECRET');
  });

  it('names SLACK_BOT_TOKEN when only the signing secret is set', () => {
    const error = configError(() => getSlackEnv({ SLACK_SIGNING_SECRET: SECRET }));
    expect(error.problems).toEqual([
      'SLACK_BOT_TOKEN: required unless the sandbox is on (HOMEROOM_SANDBOX=1 in a production build)',
    ]);
  });

  it('reports a malformed bot token and an hour out of range together in one error', () => {
    const error = configError(() =>
      getSlackEnv({
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_BOT_TOKEN: 'not-a-token',
        HOMEROOM_AUTO_CLOSE_HOUR: '24',
      }),
    );
    expect(error.problems).toHaveLength(2);
    expect(error.problems).toContain('SLACK_BOT_TOKEN: must be a bot token starting with xoxb-');
    expect(error.problems.find((p) => p.startsWith('HOMEROOM_AUTO_CLOSE_HOUR: '))).toBeDefined();
    expect(error.message).toMatch(/SLACK_BOT_TOKEN[\s\S]*HOMEROOM_AUTO_CLOSE_HOUR/);
  });

  it('rejects a negative or fractional reminder hour', () => {
    for (const hour of ['-1', '17.5', 'six']) {
      const error = configError(() =>
        getSlackEnv({
          SLACK_SIGNING_SECRET: SECRET,
          SLACK_BOT_TOKEN: BOT,
          HOMEROOM_CHECKOUT_REMINDER_HOUR: hour,
        }),
      );
      expect(error.problems).toHaveLength(1);
      expect(error.problems[0]).toMatch(/^HOMEROOM_CHECKOUT_REMINDER_HOUR: /);
    }
  });

  it('accepts hours 0 and 23', () => {
    const env = getSlackEnv({
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: BOT,
      HOMEROOM_CHECKOUT_REMINDER_HOUR: '0',
      HOMEROOM_AUTO_CLOSE_HOUR: '23',
    });
    expect([env.checkoutReminderHour, env.autoCloseHour]).toEqual([0, 23]);
  });

  it('names both credentials when the sandbox is turned off without them', () => {
    const error = configError(() => getSlackEnv({ HOMEROOM_SANDBOX: 'off' }));
    expect(error.problems).toEqual([
      'SLACK_SIGNING_SECRET: required unless the sandbox is on (HOMEROOM_SANDBOX=1 in a production build)',
      'SLACK_BOT_TOKEN: required unless the sandbox is on (HOMEROOM_SANDBOX=1 in a production build)',
    ]);
  });

  it('sends requests to the sandbox #approvers only when there are no real credentials', () => {
    expect(getSlackEnv({ DATA_DIR: tmp }).approversChannel).toBe('C0APPROVERS');
    const real = { SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: BOT, HOMEROOM_SANDBOX: '1' };
    expect(getSlackEnv(real)).toMatchObject({ sandbox: true, approversChannel: undefined });
  });

  it('keeps a production build without credentials out of sandbox mode unless HOMEROOM_SANDBOX=1', () => {
    const error = configError(() => getSlackEnv({ NODE_ENV: 'production', DATA_DIR: tmp }));
    expect(error.problems).toEqual([
      'SLACK_SIGNING_SECRET: required unless the sandbox is on (HOMEROOM_SANDBOX=1 in a production build)',
      'SLACK_BOT_TOKEN: required unless the sandbox is on (HOMEROOM_SANDBOX=1 in a production build)',
    ]);
    expect(getSlackEnv({ NODE_ENV: 'production', HOMEROOM_SANDBOX: '1', DATA_DIR: tmp }).sandbox).toBe(true);
    expect(getSlackEnv({ NODE_ENV: 'development', DATA_DIR: tmp }).sandbox).toBe(true);
  });

  it('adds a trailing slash to SLACK_API_URL', () => {
    const base = { SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: BOT };
    expect(getSlackEnv({ ...base, SLACK_API_URL: 'http://127.0.0.1:9000/api' }).apiUrl).toBe(
      'http://127.0.0.1:9000/api/',
    );
    expect(getSlackEnv({ ...base, SLACK_API_URL: 'http://127.0.0.1:9000/api/' }).apiUrl).toBe(
      'http://127.0.0.1:9000/api/',
    );
  });

  it('splits HOMEROOM_ADMINS on commas and spaces', () => {
    const env = getSlackEnv({
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: BOT,
      HOMEROOM_ADMINS: 'U1, U2  U3,',
    });
    expect(env.admins).toEqual(['U1', 'U2', 'U3']);
  });
});

describe('getDbEnv', () => {
  it('rejects a DATABASE_URL that is not PostgreSQL', () => {
    const error = configError(() => getDbEnv({ DATABASE_URL: 'mysql://root@localhost/homeroom' }));
    expect(error.area).toBe('database');
    expect(error.problems).toEqual(['DATABASE_URL: must be a postgres:// or postgresql:// URL']);
  });

  it('accepts postgres:// and postgresql:// URLs', () => {
    expect(getDbEnv({ DATABASE_URL: 'postgres://u@h/db' }).databaseUrl).toBe('postgres://u@h/db');
    expect(getDbEnv({ DATABASE_URL: 'postgresql://u@h/db' }).databaseUrl).toBe('postgresql://u@h/db');
  });

  it('uses embedded storage in an absolute DATA_DIR when DATABASE_URL is unset', () => {
    expect(getDbEnv({ DATA_DIR: tmp })).toEqual({ databaseUrl: undefined, dataDir: tmp });
    expect(getDbEnv({ DATA_DIR: 'some/dir' }).dataDir).toBe(path.resolve('some/dir'));
    expect(getDbEnv({}).dataDir).toBe(path.resolve('.data'));
  });
});

describe('getStorageEnv', () => {
  it('keeps images on local disk when no bucket is set, served by the app', () => {
    const env = getStorageEnv({ DATA_DIR: tmp });
    expect(env).toEqual({
      s3: undefined,
      maxUploadBytes: 20 * 1024 * 1024,
      appPublicUrl: 'http://localhost:3000',
      dataDir: tmp,
    });
  });

  it('derives the public URL of an AWS bucket and of a path-style endpoint', () => {
    expect(getStorageEnv({ S3_BUCKET: 'pics', S3_REGION: 'eu-west-1' }).s3?.publicUrl).toBe(
      'https://pics.s3.eu-west-1.amazonaws.com',
    );
    const minio = getStorageEnv({
      S3_BUCKET: 'pics',
      S3_REGION: 'us-east-1',
      S3_ENDPOINT: 'http://minio:9000/',
      S3_FORCE_PATH_STYLE: '1',
      HOMEROOM_MAX_UPLOAD_MB: '5',
    });
    expect(minio).toMatchObject({
      s3: { endpoint: 'http://minio:9000/', forcePathStyle: true, publicUrl: 'http://minio:9000/pics' },
      maxUploadBytes: 5 * 1024 * 1024,
    });
  });

  it('names every problem at once', () => {
    const error = configError(() =>
      getStorageEnv({ S3_BUCKET: 'pics', S3_ENDPOINT: 'https://acct.r2.cloudflarestorage.com' }),
    );
    expect(error.problems).toEqual([
      'S3_REGION: required with S3_BUCKET (use "auto" for Cloudflare R2)',
      'S3_PUBLIC_URL: required with S3_ENDPOINT unless S3_FORCE_PATH_STYLE=1',
    ]);
    expect(configError(() => getStorageEnv({ S3_REGION: 'auto' })).problems).toEqual([
      'S3_BUCKET: required when S3_REGION is set',
    ]);
    expect(configError(() => getStorageEnv({ HOMEROOM_MAX_UPLOAD_MB: 'lots' })).problems).toEqual([
      'HOMEROOM_MAX_UPLOAD_MB: Invalid input: expected number, received NaN',
    ]);
  });
});

describe('reminder, digest and cron settings', () => {
  const base = { SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: BOT };

  it('defaults to a 9 AM reminder, no digest, the in-process worker and no cron secret', () => {
    expect(getSlackEnv(base)).toMatchObject({
      morningReminderHour: 9,
      digestChannel: undefined,
      digestHour: 9,
      digestTimeZone: 'UTC',
      jobWorker: true,
      cronSecret: undefined,
    });
  });

  it('turns the morning reminder off with "off" and reads the digest settings', () => {
    expect(
      getSlackEnv({
        ...base,
        HOMEROOM_MORNING_REMINDER_HOUR: 'off',
        HOMEROOM_DIGEST_CHANNEL: 'C0DIGEST',
        HOMEROOM_DIGEST_HOUR: '8',
        HOMEROOM_DIGEST_TIME_ZONE: 'Asia/Seoul',
        HOMEROOM_JOB_WORKER: 'off',
        CRON_SECRET: 'a-long-enough-cron-secret',
      }),
    ).toMatchObject({
      morningReminderHour: null,
      digestChannel: 'C0DIGEST',
      digestHour: 8,
      digestTimeZone: 'Asia/Seoul',
      jobWorker: false,
      cronSecret: 'a-long-enough-cron-secret',
    });
  });

  it('names every malformed setting at once', () => {
    const error = configError(() =>
      getSlackEnv({
        ...base,
        HOMEROOM_MORNING_REMINDER_HOUR: '25',
        HOMEROOM_DIGEST_TIME_ZONE: 'Mars/Olympus',
        CRON_SECRET: 'short',
      }),
    );
    expect(error.problems).toEqual([
      'HOMEROOM_MORNING_REMINDER_HOUR: must be an hour from 0 to 23, or off',
      'HOMEROOM_DIGEST_TIME_ZONE: must be an IANA time zone such as Asia/Seoul',
      'CRON_SECRET: must be at least 16 characters',
    ]);
  });
});
