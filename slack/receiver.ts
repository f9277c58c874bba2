import crypto from 'node:crypto';
import type { App, Receiver, ReceiverEvent } from '@slack/bolt';
import type pino from 'pino';

export const MAX_BODY_BYTES = 1024 * 1024;
const SIGNATURE_WINDOW_SECONDS = 5 * 60;

export interface ReceiverOptions {
  signingSecret: string;
  logger: pino.Logger;
  /** Records an Events API event_id; resolves false when it was seen before (a retry). */
  markEventSeen(eventId: string, teamId: string | undefined): Promise<boolean>;
  /** Forgets an event_id whose processing failed before the ack, so that Slack's retry is processed. */
  forgetEvent(eventId: string): Promise<void>;
  /** Keeps work alive after the response is sent (Next's `after()` in the route). */
  defer?(work: Promise<unknown>): void;
  /** Answer Slack by this many ms even when no listener has acked (Slack gives up at 3 s). */
  ackTimeoutMs?: number;
  /** How many listeners may run their after-ack work at once; the rest wait their turn. */
  postAckConcurrency?: number;
  now?(): number;
}

type Body = Record<string, unknown>;

/** Logs the request line and builds the response; `retryable` leaves out X-Slack-No-Retry. */
type Done = (
  status: number,
  outcome: string,
  parsed?: Omit<Parsed, 'body'>,
  body?: unknown,
  retryable?: boolean,
) => Response;

interface Parsed {
  body: Body;
  kind: string;
  id: string | undefined;
}

/** Verifies a v0 signature over the raw body: 5-minute window, constant-time compare. */
export function verifySlackSignature(
  secret: string,
  rawBody: string,
  timestampHeader: string | null,
  signatureHeader: string | null,
  nowSeconds: number,
): 'ok' | 'missing' | 'stale' | 'mismatch' {
  if (!timestampHeader || !signatureHeader) return 'missing';
  const ts = Number(timestampHeader);
  if (!Number.isInteger(ts)) return 'missing';
  if (Math.abs(nowSeconds - ts) > SIGNATURE_WINDOW_SECONDS) return 'stale';
  const expected = `v0=${crypto.createHmac('sha256', secret).update(`v0:${ts}:${rawBody}`).digest('hex')}`;
  const a = Buffer.from(expected);
  const b = Buffer.from(signatureHeader);
  return a.length === b.length && crypto.timingSafeEqual(a, b) ? 'ok' : 'mismatch';
}

class BodyTooLargeError extends Error {}

/**
 * A bounded lane for the work listeners do after `ack()`. Acks share one event loop with that work;
 * under a burst, unbounded after-ack work would delay every new ack past Slack's 3 seconds. Work
 * waits its turn instead (nothing is dropped) and drains once the burst is over.
 */
class Lane {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly limit: number) {}

  get queued(): number {
    return this.waiting.length;
  }

  enter(): Promise<void> {
    if (this.active < this.limit) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  leave(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active--;
  }
}

/** Reads the body as text, stopping as soon as it passes the cap (a chunked body has no length up front). */
async function readBody(req: Request): Promise<string> {
  const declared = Number(req.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) throw new BodyTooLargeError();
  if (!req.body) return '';
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw new BodyTooLargeError();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function mediaType(req: Request): string {
  return (req.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

function summarize(body: Body): Omit<Parsed, 'body'> {
  const type = typeof body.type === 'string' ? body.type : undefined;
  if (type === 'event_callback') {
    const event = (body.event ?? {}) as Body;
    return { kind: `event:${String(event.type)}`, id: body.event_id as string | undefined };
  }
  if (typeof body.command === 'string')
    return { kind: `command:${body.command}`, id: body.trigger_id as string };
  if (type === 'block_actions') {
    const action = ((body.actions as Body[] | undefined) ?? [])[0];
    return { kind: `block_actions:${String(action?.action_id)}`, id: body.trigger_id as string | undefined };
  }
  if (type === 'view_submission' || type === 'view_closed') {
    const view = (body.view ?? {}) as Body;
    return { kind: `${type}:${String(view.callback_id)}`, id: view.id as string | undefined };
  }
  if (type === 'shortcut' || type === 'message_action') {
    return { kind: `${type}:${String(body.callback_id)}`, id: body.trigger_id as string | undefined };
  }
  return { kind: type ?? 'unknown', id: undefined };
}

class BadRequestError extends Error {}

function parse(media: string, raw: string): Body {
  if (media === 'application/json') {
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw new BadRequestError('body is not valid JSON');
    }
    if (!value || typeof value !== 'object' || Array.isArray(value))
      throw new BadRequestError('body is not an object');
    return value as Body;
  }
  if (media === 'application/x-www-form-urlencoded') {
    const form = new URLSearchParams(raw);
    const payload = form.get('payload');
    if (payload !== null) {
      let value: unknown;
      try {
        value = JSON.parse(payload);
      } catch {
        throw new BadRequestError('payload field is not valid JSON');
      }
      if (!value || typeof value !== 'object') throw new BadRequestError('payload field is not an object');
      return value as Body;
    }
    if (form.has('command')) return Object.fromEntries(form);
    throw new BadRequestError('form body has neither payload nor command');
  }
  throw new BadRequestError(`unsupported content type "${media || '(none)'}"`);
}

function reply(status: number, body?: unknown, retryable = false): Response {
  const headers = new Headers();
  if (status >= 400 && !retryable) headers.set('X-Slack-No-Retry', '1');
  if (body === undefined || body === '') return new Response(null, { status, headers });
  if (typeof body === 'string') {
    headers.set('Content-Type', 'text/plain; charset=utf-8');
    return new Response(body, { status, headers });
  }
  headers.set('Content-Type', 'application/json; charset=utf-8');
  return new Response(JSON.stringify(body), { status, headers });
}

/**
 * Slack's HTTP side for Bolt inside a Next route handler: verify, de-duplicate, hand Bolt the event,
 * answer with whatever `ack()` says (so `response_action` bodies reach Slack), and let the listener
 * finish after the response.
 */
export class NextReceiver implements Receiver {
  private app: App | undefined;
  private readonly pending = new Set<Promise<unknown>>();
  private readonly ackTimeoutMs: number;
  private readonly now: () => number;
  private readonly lane: Lane;

  constructor(private readonly options: ReceiverOptions) {
    this.ackTimeoutMs = options.ackTimeoutMs ?? 2500;
    this.lane = new Lane(options.postAckConcurrency ?? 8);
    this.now = options.now ?? (() => Date.now());
  }

  init(app: App): void {
    this.app = app;
  }

  start(): Promise<unknown> {
    return Promise.resolve();
  }

  stop(): Promise<unknown> {
    return this.idle();
  }

  /** Resolves when every listener started so far has finished (tests and shutdown wait on it). */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  handle = async (req: Request): Promise<Response> => {
    const started = performance.now();
    const log = this.options.logger;
    const done: Done = (status, outcome, parsed, body, retryable = false) => {
      const line = {
        type: parsed?.kind ?? 'unknown',
        id: parsed?.id,
        status,
        outcome,
        ackMs: Math.round((performance.now() - started) * 10) / 10,
      };
      if (status >= 500) log.error(line, 'slack request');
      else if (status >= 400) log.warn(line, 'slack request');
      else log.info(line, 'slack request');
      return reply(status, body, retryable);
    };

    let raw: string;
    try {
      raw = await readBody(req);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return done(413, `body over ${MAX_BODY_BYTES} bytes`);
      return done(400, 'body could not be read');
    }
    const media = mediaType(req);

    // Slack's certificate check is unsigned and carries no work.
    if (media === 'application/x-www-form-urlencoded' && new URLSearchParams(raw).get('ssl_check') === '1') {
      return done(200, 'ssl_check', { kind: 'ssl_check', id: undefined });
    }

    const verdict = verifySlackSignature(
      this.options.signingSecret,
      raw,
      req.headers.get('x-slack-request-timestamp'),
      req.headers.get('x-slack-signature'),
      Math.floor(this.now() / 1000),
    );
    if (verdict !== 'ok') return done(401, `signature ${verdict}`, undefined, 'invalid signature');

    let body: Body;
    try {
      body = parse(media, raw);
    } catch (error) {
      if (error instanceof BadRequestError) return done(400, error.message, undefined, error.message);
      throw error;
    }
    const meta = summarize(body);

    if (body.type === 'url_verification') {
      return done(200, 'url_verification', meta, { challenge: body.challenge });
    }

    if (body.type === 'event_callback' && typeof body.event_id === 'string') {
      try {
        const fresh = await this.options.markEventSeen(body.event_id, body.team_id as string | undefined);
        if (!fresh) return done(200, 'duplicate event ignored', meta);
      } catch (error) {
        log.error({ err: error, id: body.event_id }, 'could not record event id');
        return done(500, 'event store unavailable', meta);
      }
    }

    if (!this.app) return done(503, 'receiver not initialised', meta);
    return this.dispatch(this.app, body, req, meta, done);
  };

  private dispatch(
    app: App,
    body: Body,
    req: Request,
    meta: Omit<Parsed, 'body'>,
    done: Done,
  ): Promise<Response> {
    return new Promise<Response>((resolve) => {
      let answered = false;
      const answer = (status: number, outcome: string, responseBody?: unknown, retryable = false) => {
        if (answered) return false;
        answered = true;
        clearTimeout(timer);
        resolve(done(status, outcome, meta, responseBody, retryable));
        return true;
      };
      const timer = setTimeout(() => answer(200, 'no ack in time: answered empty'), this.ackTimeoutMs);

      let inLane = false;
      const retryNum = req.headers.get('x-slack-retry-num');
      const event: ReceiverEvent = {
        body,
        retryNum: retryNum === null ? undefined : Number(retryNum),
        retryReason: req.headers.get('x-slack-retry-reason') ?? undefined,
        ack: async (response?: unknown) => {
          if (!answer(200, 'acked', response)) {
            this.options.logger.warn({ type: meta.kind, id: meta.id }, 'ack() after the response was sent');
          }
          if (inLane) return;
          inLane = true;
          if (this.lane.queued > 0 && this.lane.queued % 500 === 0) {
            this.options.logger.warn({ queued: this.lane.queued }, 'after-ack work is queueing up');
          }
          await this.lane.enter();
        },
      };

      const work = app
        .processEvent(event)
        .then(() => answer(200, 'no listener acked: answered empty'))
        .catch(async (error: unknown) => {
          this.options.logger.error({ err: error, type: meta.kind, id: meta.id }, 'listener failed');
          const eventId = body.type === 'event_callback' ? body.event_id : undefined;
          if (answered || typeof eventId !== 'string') {
            answer(500, 'listener failed', 'internal error');
            return;
          }
          // Nothing was acknowledged: let Slack deliver the event again instead of losing it.
          try {
            await this.options.forgetEvent(eventId);
            answer(500, 'failed before ack: Slack may retry', 'internal error', true);
          } catch (forgetError) {
            this.options.logger.error({ err: forgetError, id: eventId }, 'could not forget the event id');
            answer(500, 'listener failed', 'internal error');
          }
        })
        .finally(() => {
          if (inLane) this.lane.leave();
          this.pending.delete(work);
        });
      this.pending.add(work);
      this.options.defer?.(work);
    });
  }
}
