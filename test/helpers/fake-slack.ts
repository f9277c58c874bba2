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

/** A file the fake serves: files.info describes it, /files-pri/… serves its bytes to the bot token. */
export interface FakeFile {
  id: string;
  name: string;
  mimetype?: string;
  body: Buffer;
  /** `tombstone` when deleted; files.info then answers file_deleted. */
  mode?: string;
  /** Where it was shared: channel → message ts (and thread_ts when shared in a thread). */
  shares?: Record<string, { ts: string; thread_ts?: string }>;
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
  readonly files = new Map<string, FakeFile>();
  /** The token file downloads require, like Slack's `Authorization: Bearer xoxb-…`. */
  botToken = 'xoxb-test';
  /** Every file download request: the path and whether it carried the bot token. */
  readonly downloads: { path: string; authorized: boolean }[] = [];

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      if (req.method === 'GET' && req.url?.startsWith('/files-pri/')) {
        this.serveFile(req, res);
        return;
      }
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

  /** Adds a file; its private download URL points at this server. */
  addFile(file: FakeFile): this {
    this.files.set(file.id, file);
    return this;
  }

  downloadUrl(file: Pick<FakeFile, 'id' | 'name'>): string {
    return `${this.url}/files-pri/T1-${file.id}/download/${encodeURIComponent(file.name)}`;
  }

  /** The file object Slack puts in events and files.info. */
  fileObject(id: string): Record<string, unknown> {
    const file = this.files.get(id);
    if (!file) return { id };
    const shares: Record<string, { ts: string; thread_ts?: string }[]> = {};
    for (const [channel, share] of Object.entries(file.shares ?? {})) shares[channel] = [share];
    return {
      id: file.id,
      name: file.name,
      title: file.name,
      mimetype: file.mimetype ?? 'image/png',
      size: file.body.length,
      mode: file.mode ?? 'hosted',
      url_private: this.downloadUrl(file),
      url_private_download: this.downloadUrl(file),
      shares: {
        public: Object.fromEntries(Object.entries(shares).filter(([c]) => c.startsWith('C'))),
        private: Object.fromEntries(Object.entries(shares).filter(([c]) => !c.startsWith('C'))),
      },
    };
  }

  /** Like Slack: the bytes with the bot token, a redirect to the sign-in page without it. */
  private serveFile(req: http.IncomingMessage, res: http.ServerResponse): void {
    const path = req.url ?? '';
    const authorized = req.headers.authorization === `Bearer ${this.botToken}`;
    this.downloads.push({ path, authorized });
    const id = /^\/files-pri\/[^/]+-([^/]+)\//.exec(path)?.[1];
    const file = id ? this.files.get(id) : undefined;
    if (!authorized) {
      res.writeHead(302, {
        location: `${this.url}/?redir=${encodeURIComponent(path)}`,
        'content-type': 'text/html',
      });
      res.end('<html><body>Sign in to Slack</body></html>');
      return;
    }
    if (!file || file.mode === 'tombstone') {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': file.mimetype ?? 'application/octet-stream',
      'content-length': String(file.body.length),
    });
    res.end(file.body);
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
    this.downloads.length = 0;
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
      case 'files.info': {
        const file = this.files.get(String(args.file));
        if (!file) return { ok: false, error: 'file_not_found' };
        if (file.mode === 'tombstone') return { ok: false, error: 'file_deleted' };
        return { ok: true, file: this.fileObject(file.id) };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}
