import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import * as actionRoute from '@/app/api/sandbox/action/route';
import * as webApiRoute from '@/app/api/sandbox/api/[method]/route';
import * as fileRoute from '@/app/api/sandbox/files/[id]/[name]/route';
import * as logRoute from '@/app/api/sandbox/log/route';
import * as responseRoute from '@/app/api/sandbox/response/[token]/route';
import * as shareRoute from '@/app/api/sandbox/share/route';
import * as stateRoute from '@/app/api/sandbox/state/route';
import * as uploadRoute from '@/app/api/sandbox/upload/[id]/route';
import * as eventsRoute from '@/app/api/slack/events/route';
import { type Db, type OpenDb, setDb } from '@/db/client';
import { createSlackRuntime, type SlackRuntime, setSlackRuntime } from '@/slack/app';
import { getSlackEnv } from '@/slack/env';
import { createTestDb } from '@/test/helpers/db';

type Handler = (
  req: Request,
  ctx: { params: Promise<Record<string, string>> },
) => Response | Promise<Response>;

const routes: [RegExp, string[], Record<string, Handler | undefined>][] = [
  [/^\/api\/slack\/events$/, [], eventsRoute as never],
  [/^\/api\/sandbox\/api\/([^/]+)$/, ['method'], webApiRoute as never],
  [/^\/api\/sandbox\/response\/([^/]+)$/, ['token'], responseRoute as never],
  [/^\/api\/sandbox\/upload\/([^/]+)$/, ['id'], uploadRoute as never],
  [/^\/api\/sandbox\/files\/([^/]+)\/([^/]+)$/, ['id', 'name'], fileRoute as never],
  [/^\/api\/sandbox\/action$/, [], actionRoute as never],
  [/^\/api\/sandbox\/state$/, [], stateRoute as never],
  [/^\/api\/sandbox\/share$/, [], shareRoute as never],
  [/^\/api\/sandbox\/log$/, [], logRoute as never],
];

export interface SandboxServer {
  url: string;
  db: Db;
  runtime: SlackRuntime;
  /** Waits until the app's after-ack work has finished. */
  settle(): Promise<void>;
  api(
    method: string,
    args?: Record<string, unknown>,
    token?: string | null,
  ): Promise<Record<string, unknown>>;
  action(body: Record<string, unknown>): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

export const SANDBOX_TEST_SECRET = 'sandbox-test-secret-0123456789';

/**
 * The real route handlers (app and sandbox) behind one HTTP server, with the env a sandbox server
 * has: the app calls the emulator over HTTP and the sandbox calls the app over HTTP, as in `next start`.
 */
export async function startSandboxServer(): Promise<SandboxServer> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
        const route = routes.find(([re]) => re.test(url.pathname));
        const handler = route?.[2][req.method ?? 'GET'];
        if (!route || !handler) {
          res.writeHead(404).end();
          return;
        }
        const match = route[0].exec(url.pathname)!;
        const params = Object.fromEntries(
          route[1].map((name, i) => [name, decodeURIComponent(match[i + 1]!)]),
        );
        const headers = new Headers();
        for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
        const body = chunks.length ? Buffer.concat(chunks) : undefined;
        const response = await handler(
          new Request(url, { method: req.method, headers, body: req.method === 'GET' ? undefined : body }),
          { params: Promise.resolve(params) },
        );
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(Buffer.from(await response.arrayBuffer()));
      })().catch((error: unknown) => {
        res.writeHead(500).end(String(error));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'homeroom-sandbox-test-'));
  vi.stubEnv('HOMEROOM_SANDBOX', '1');
  vi.stubEnv('SLACK_SIGNING_SECRET', SANDBOX_TEST_SECRET);
  vi.stubEnv('SLACK_BOT_TOKEN', 'xoxb-sandbox');
  vi.stubEnv('SLACK_API_URL', `${url}/api/sandbox/api/`);
  vi.stubEnv('SLACK_API_RETRIES', '0');
  vi.stubEnv('LOG_LEVEL', 'silent');
  vi.stubEnv('DATA_DIR', dataDir);
  const open: OpenDb = await createTestDb();
  setDb(open);
  const runtime = createSlackRuntime(getSlackEnv());
  setSlackRuntime(runtime);
  const settle = () => runtime.receiver.idle();
  return {
    url,
    db: open.db,
    runtime,
    settle,
    api: async (method, args = {}, token = 'xoxb-sandbox') => {
      const res = await fetch(`${url}/api/sandbox/api/${method}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(args),
      });
      return (await res.json()) as Record<string, unknown>;
    },
    action: async (body) => {
      const res = await fetch(`${url}/api/sandbox/action`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const out = (await res.json()) as Record<string, unknown>;
      await settle();
      return out;
    },
    close: async () => {
      await settle();
      setSlackRuntime(undefined);
      setDb(undefined);
      await open.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      vi.unstubAllEnvs();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
