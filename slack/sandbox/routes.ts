import { ZodError } from 'zod';
import { appendLog, findUser } from '@/db/queries/sandbox';
import { getLogger } from '@/slack/logger';
import {
  actionSchema,
  handleResponseUrl,
  runClientAction,
  SandboxClientError,
  shareFile,
} from '@/slack/sandbox/client';
import { notFound, sandboxContext, sandboxEnv } from '@/slack/sandbox/context';
import { onChange } from '@/slack/sandbox/notify';
import { type Deliver, fetchDeliver } from '@/slack/sandbox/signer';
import { buildLog, buildSnapshot } from '@/slack/sandbox/snapshot';
import { handleFileDownload, handleUpload, handleWebApi } from '@/slack/sandbox/web-api';

/** Request handlers behind app/api/sandbox/** and app/sandbox (the route files only point here). */

type Params<K extends string> = { params: Promise<Record<K, string>> };

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });

/** Marks the browser as the sandbox client, so it may load shared files (see handleFileDownload). */
const clientCookie = 'homeroom_sandbox=1; Path=/; SameSite=Lax';

/** POST /api/sandbox/action: one thing the person did in the client; `deliver` reaches the app. */
export async function handleAction(req: Request, deliver: Deliver): Promise<Response> {
  const env = sandboxEnv();
  if (!env) return notFound();
  const ctx = await sandboxContext(env, { requestUrl: req.url });
  try {
    await runClientAction(ctx, deliver, actionSchema.parse(await req.json()));
    return json({ ok: true });
  } catch (error) {
    if (error instanceof SandboxClientError) return json({ ok: false, error: error.message });
    if (error instanceof ZodError || error instanceof SyntaxError)
      return json({ ok: false, error: 'bad request' }, 400);
    getLogger().error({ err: error }, 'sandbox action failed');
    return json({ ok: false, error: 'The sandbox could not do that; see the server log.' }, 500);
  }
}

export const sandboxRoutes = {
  webApi: async (req: Request, route: Params<'method'>) => handleWebApi(req, (await route.params).method),
  upload: async (req: Request, route: Params<'id'>) => handleUpload(req, (await route.params).id),
  file: async (req: Request, route: Params<'id'>) => handleFileDownload(req, (await route.params).id),

  response: async (req: Request, route: Params<'token'>) => {
    const env = sandboxEnv();
    if (!env) return notFound();
    const ctx = await sandboxContext(env, { requestUrl: req.url });
    let body: Record<string, unknown>;
    try {
      const raw = await req.text();
      body = (req.headers.get('content-type') ?? '').includes('json')
        ? (JSON.parse(raw) as Record<string, unknown>)
        : (JSON.parse(new URLSearchParams(raw).get('payload') ?? '{}') as Record<string, unknown>);
    } catch {
      return json({ ok: false, error: 'invalid_payload' }, 400);
    }
    const result = await handleResponseUrl(ctx, (await route.params).token, body);
    await appendLog(ctx.db, {
      teamId: ctx.teamId,
      direction: 'web_api',
      name: 'response_url',
      status: result.status,
      ok: result.status === 200 && result.body.ok !== false,
      request: body,
      response: result.body,
    });
    return json(result.body, result.status);
  },

  state: async (req: Request) => {
    const env = sandboxEnv();
    if (!env) return notFound();
    const ctx = await sandboxContext(env, { requestUrl: req.url });
    const q = new URL(req.url).searchParams;
    const snapshot = await buildSnapshot(ctx, {
      user: q.get('user') ?? undefined,
      channel: q.get('channel') ?? undefined,
      thread: q.get('thread') ?? undefined,
    });
    const res = json(snapshot);
    res.headers.append('set-cookie', clientCookie);
    return res;
  },

  log: async (req: Request) => {
    const env = sandboxEnv();
    if (!env) return notFound();
    return json(await buildLog(await sandboxContext(env, { requestUrl: req.url })));
  },

  action: (req: Request) => handleAction(req, fetchDeliver),

  share: async (req: Request) => {
    const env = sandboxEnv();
    if (!env) return notFound();
    const ctx = await sandboxContext(env, { requestUrl: req.url });
    const form = await req.formData().catch(() => undefined);
    const file = form?.get('file');
    const user = form?.get('user');
    const channel = form?.get('channel');
    if (
      !form ||
      !file ||
      typeof file === 'string' ||
      typeof user !== 'string' ||
      typeof channel !== 'string'
    ) {
      return json({ ok: false, error: 'bad request' }, 400);
    }
    if (file.size > 10 * 1024 * 1024)
      return json({ ok: false, error: 'Files in the sandbox are limited to 10 MB.' });
    const threadTs = form.get('threadTs');
    try {
      await shareFile(ctx, fetchDeliver, {
        user,
        channel,
        threadTs: typeof threadTs === 'string' && threadTs ? threadTs : undefined,
        text: String(form.get('text') ?? ''),
        name: file.name || 'image.png',
        bytes: new Uint8Array(await file.arrayBuffer()),
      });
      return json({ ok: true });
    } catch (error) {
      if (error instanceof SandboxClientError) return json({ ok: false, error: error.message });
      throw error;
    }
  },

  /** Server-sent events: `change` whenever the sandbox's state moved on; clients refetch. */
  stream: (req: Request) => {
    if (!sandboxEnv()) return notFound();
    const encoder = new TextEncoder();
    let cleanup = () => {};
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        const send = (text: string) => {
          try {
            controller.enqueue(encoder.encode(text));
          } catch {
            cleanup();
          }
        };
        send('retry: 1000\n\n');
        let pending: ReturnType<typeof setTimeout> | undefined;
        const off = onChange(() => {
          // Coalesce bursts (a click causes several Web API calls) into one refetch.
          pending ??= setTimeout(() => {
            pending = undefined;
            send(`event: change\ndata: ${Date.now()}\n\n`);
          }, 40);
        });
        const ping = setInterval(() => send(': ping\n\n'), 15_000);
        cleanup = () => {
          off();
          clearInterval(ping);
          if (pending) clearTimeout(pending);
        };
        req.signal.addEventListener('abort', () => {
          cleanup();
          try {
            controller.close();
          } catch {
            // already closed
          }
        });
      },
      cancel() {
        cleanup();
      },
    });
    return new Response(body, {
      headers: {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store, no-transform',
        connection: 'keep-alive',
      },
    });
  },

  /** A round avatar with the person's initials, for users.info's image_* and the client. */
  avatar: async (_req: Request, route: Params<'id'>) => {
    const env = sandboxEnv();
    if (!env) return notFound();
    const ctx = await sandboxContext(env);
    const user = await findUser(ctx.db, ctx.teamId, (await route.params).id);
    if (!user) return notFound();
    const initials = user.realName
      .split(/\s+/)
      .map((w) => w[0] ?? '')
      .join('')
      .slice(0, 2)
      .toUpperCase();
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="72" height="72" viewBox="0 0 72 72"><rect width="72" height="72" rx="12" fill="${user.color}"/><text x="36" y="45" font-family="Lato, sans-serif" font-size="28" font-weight="700" fill="#fff" text-anchor="middle">${initials}</text></svg>`;
    return new Response(svg, {
      headers: { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=3600' },
    });
  },
};
