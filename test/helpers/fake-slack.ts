import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  at: number;
}

export interface FakeUser {
  id: string;
  name?: string;
  tz?: string;
  locale?: string;
  is_admin?: boolean;
}

/** A raw HTTP answer for `script()`: e.g. `{ status: 429, headers: { 'retry-after': '1' } }`. */
export interface ScriptedResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: Record<string, unknown>;
}

const HTTP = Symbol('http');

type Responder = (
  args: Record<string, unknown>,
) => Record<string, unknown> | Promise<Record<string, unknown>>;

function parseArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json'))
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    // The Web API client sends nested arguments (view, blocks) as JSON strings.
    out[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return out;
}

/**
 * A Slack Web API over real HTTP that records every call. Methods answer like Slack; tests can
 * override one (`on`) or delay it (`delay`). `/response/<id>` stands in for response_url.
 */
export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  readonly users = new Map<string, FakeUser>();
  private readonly overrides = new Map<string, Responder>();
  private readonly delays = new Map<string, number>();
  private readonly scripted = new Map<string, ScriptedResponse[]>();
  private server: http.Server | undefined;
  private viewCounter = 0;
  private inFlight = 0;
  /** The most Web API calls that were waiting on this server at one moment. */
  maxInFlight = 0;
  private tsCounter = 0;
  url = '';

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      let raw = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => {
        raw += chunk;
      });
      req.on('end', () => {
        void this.answer(req, raw).then((body) => {
          const http = (body as { [HTTP]?: ScriptedResponse })[HTTP];
          res.writeHead(http?.status ?? 200, { 'content-type': 'application/json', ...http?.headers });
          res.end(JSON.stringify(body));
        });
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  responseUrl(id = 'r1'): string {
    return `${this.url}/response/${id}`;
  }

  addUser(user: FakeUser): this {
    this.users.set(user.id, user);
    return this;
  }

  on(method: string, responder: Responder): this {
    this.overrides.set(method, responder);
    return this;
  }

  /** Answers the next calls of `method` with these raw HTTP responses, in order, then as usual. */
  script(method: string, ...responses: ScriptedResponse[]): this {
    this.scripted.set(method, [...(this.scripted.get(method) ?? []), ...responses]);
    return this;
  }

  delay(method: string, ms: number): this {
    this.delays.set(method, ms);
    return this;
  }

  reset(): void {
    this.calls.length = 0;
    this.overrides.clear();
    this.delays.clear();
    this.scripted.clear();
    this.maxInFlight = 0;
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  private async answer(req: http.IncomingMessage, raw: string): Promise<Record<string, unknown>> {
    const path = req.url ?? '';
    const method = path.startsWith('/response/')
      ? 'response_url'
      : path.replace(/^\/api\//, '').split('?')[0]!;
    const args = parseArgs(raw, req.headers['content-type']);
    this.calls.push({ method, args, at: Date.now() });
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      const wait = this.delays.get(method);
      if (wait) await new Promise((r) => setTimeout(r, wait));
    } finally {
      this.inFlight--;
    }
    const next = this.scripted.get(method)?.shift();
    if (next) {
      const status = next.status ?? 200;
      return {
        ...(next.body ?? (status === 429 ? { ok: false, error: 'ratelimited' } : { ok: true })),
        [HTTP]: next,
      };
    }
    const override = this.overrides.get(method);
    if (override) return override(args);
    return this.defaultAnswer(method, args);
  }

  private defaultAnswer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', team: 'Acme', user: 'homeroom' };
      case 'users.info': {
        const user = this.users.get(String(args.user));
        if (!user) return { ok: false, error: 'user_not_found' };
        return {
          ok: true,
          user: {
            id: user.id,
            name: user.name ?? user.id.toLowerCase(),
            real_name: user.name ?? user.id,
            tz: user.tz ?? 'UTC',
            locale: user.locale ?? 'en-US',
            is_admin: user.is_admin ?? false,
            profile: { display_name: user.name ?? '', real_name: user.name ?? user.id },
          },
        };
      }
      case 'views.publish':
      case 'views.open':
      case 'views.update':
      case 'views.push': {
        this.viewCounter += 1;
        const id = (args.view_id as string | undefined) ?? `V${this.viewCounter}`;
        return { ok: true, view: { ...(args.view as object), id, hash: `hash${this.viewCounter}` } };
      }
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(args.users)}` } };
      case 'chat.postMessage':
      case 'chat.update':
      case 'chat.postEphemeral':
        this.tsCounter += 1;
        return {
          ok: true,
          channel: args.channel,
          ts: `1700000000.${String(this.tsCounter).padStart(6, '0')}`,
        };
      case 'response_url':
        return { ok: true };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}
