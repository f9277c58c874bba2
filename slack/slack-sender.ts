import { ErrorCode, type WebAPICallResult, WebClient } from '@slack/web-api';
import type pino from 'pino';

/**
 * Errors that will not go away by trying again: the job logs one clear line, skips that member or
 * channel and completes, instead of retrying into a loop.
 */
const SKIPPED: Record<string, string> = {
  not_in_channel: 'Homeroom is not a member of the channel; invite it with /invite @Homeroom',
  channel_not_found: 'the channel does not exist or Homeroom cannot see it; check the channel id',
  is_archived: 'the channel is archived',
  account_inactive: 'the account is deactivated',
  user_not_found: 'no such user in this workspace',
  user_disabled: 'the account is disabled',
  cannot_dm_bot: 'the recipient is a bot',
};

export type SendOutcome = { ok: true; result: WebAPICallResult } | { ok: false; skipped: string };

export interface SenderOptions {
  /** Times one call is tried again after a 429 before the job gives up (and is retried later). */
  maxRateLimitRetries?: number;
  /** A Retry-After longer than this is not waited for in-process: the job fails and retries later. */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Posts for fan-out work (reminders, the digest) and honours Slack's rate limits explicitly: on a
 * 429 it waits `Retry-After` seconds, pausing every later call of the same method in this process
 * too, then tries again. Its own client rejects rate-limited calls instead of retrying silently, so
 * the waiting is here, visible in the log and in tests.
 */
export class SlackSender {
  private readonly client: WebClient;
  private readonly pausedUntil = new Map<string, number>();
  private readonly maxRetries: number;
  private readonly maxWaitMs: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    from: WebClient,
    private readonly log: pino.Logger,
    options: SenderOptions = {},
  ) {
    this.client = new WebClient(from.token, {
      slackApiUrl: from.slackApiUrl,
      rejectRateLimitedCalls: true,
      retryConfig: { retries: 0 },
    });
    this.maxRetries = options.maxRateLimitRetries ?? 5;
    this.maxWaitMs = options.maxWaitMs ?? 60_000;
    this.sleep = options.sleep ?? realSleep;
  }

  async call(method: string, args: Record<string, unknown>, what: string): Promise<SendOutcome> {
    for (let attempt = 0; ; attempt++) {
      const wait = (this.pausedUntil.get(method) ?? 0) - Date.now();
      if (wait > 0) await this.sleep(wait);
      try {
        return { ok: true, result: await this.client.apiCall(method, args) };
      } catch (error) {
        const e = error as { code?: string; retryAfter?: number; data?: { error?: string } };
        if (e.code === ErrorCode.RateLimitedError) {
          const ms = Math.max(1, e.retryAfter ?? 1) * 1000;
          if (attempt >= this.maxRetries || ms > this.maxWaitMs) throw error;
          this.pausedUntil.set(method, Date.now() + ms);
          this.log.warn({ method, retryAfterSeconds: ms / 1000, what }, `${method} rate limited; waiting`);
          continue;
        }
        const code = e.code === ErrorCode.PlatformError ? e.data?.error : undefined;
        if (code && code in SKIPPED) {
          this.log.warn({ method, error: code, what }, `skipped ${what}: ${code} (${SKIPPED[code]})`);
          return { ok: false, skipped: code };
        }
        throw error;
      }
    }
  }

  /** A DM from the bot: conversations.open gives the channel, then chat.postMessage. */
  async dm(userId: string, text: string, blocks: unknown[]): Promise<SendOutcome> {
    const opened = await this.call('conversations.open', { users: userId }, `DM to ${userId}`);
    if (!opened.ok) return opened;
    const channel = (opened.result as { channel?: { id?: string } }).channel?.id;
    if (!channel) throw new Error(`conversations.open gave no channel for ${userId}`);
    return this.call('chat.postMessage', { channel, text, blocks }, `DM to ${userId}`);
  }

  post(channel: string, text: string, blocks: unknown[]): Promise<SendOutcome> {
    return this.call('chat.postMessage', { channel, text, blocks }, `post to ${channel}`);
  }
}
