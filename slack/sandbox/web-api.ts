import { appendLog, bumpVersion, findFile, updateFile } from '@/db/queries/sandbox';
import { getLogger } from '@/slack/logger';
import { notFound, type SandboxContext, sandboxContext, sandboxEnv } from '@/slack/sandbox/context';
import { type Args, methods, SlackApiError } from '@/slack/sandbox/methods';
import { notifyChange } from '@/slack/sandbox/notify';

type Json = Record<string, unknown>;

const jsonFields = new Set(['view', 'blocks', 'attachments', 'files', 'metadata']);

/** Form or JSON, like Slack accepts; nested JSON in form fields stays a string for the method to parse. */
export async function readArgs(req: Request): Promise<Args> {
  const url = new URL(req.url);
  const args: Args = Object.fromEntries(url.searchParams);
  if (req.method !== 'POST') return args;
  const type = (req.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const raw = await req.text();
  if (type === 'application/json') {
    if (!raw) return args;
    try {
      const body = JSON.parse(raw) as unknown;
      if (body && typeof body === 'object' && !Array.isArray(body)) Object.assign(args, body);
      else throw new SlackApiError('invalid_json');
    } catch (error) {
      if (error instanceof SlackApiError) throw error;
      throw new SlackApiError('invalid_json');
    }
    return args;
  }
  for (const [key, value] of new URLSearchParams(raw)) args[key] = value;
  return args;
}

function tokenOf(req: Request, args: Args): string | undefined {
  const header = req.headers.get('authorization');
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  return typeof args.token === 'string' ? args.token : undefined;
}

/** What one call answers; never throws for a Slack-level error. */
export async function callMethod(ctx: SandboxContext, method: string, args: Args, token: string | undefined) {
  if (!token) return { ok: false, error: 'not_authed' };
  if (token !== ctx.botToken) return { ok: false, error: 'invalid_auth' };
  const run = methods[method];
  if (!run) return { ok: false, error: 'unknown_method', req_method: method };
  try {
    return { ok: true, ...(await run(ctx, args)) };
  } catch (error) {
    if (error instanceof SlackApiError) return { ok: false, error: error.code, ...error.extra };
    throw error;
  }
}

/** Arguments as the log shows them: JSON fields parsed, the token left out. */
function loggable(args: Args): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(args)) {
    if (key === 'token') continue;
    if (jsonFields.has(key) && typeof value === 'string') {
      try {
        out[key] = JSON.parse(value);
        continue;
      } catch {
        // keep the string
      }
    }
    out[key] = value;
  }
  return out;
}

async function record(ctx: SandboxContext, name: string, request: unknown, response: Json, status = 200) {
  await appendLog(ctx.db, {
    teamId: ctx.teamId,
    direction: 'web_api',
    name,
    status,
    ok: response.ok !== false,
    request,
    response,
  });
  await bumpVersion(ctx.db, ctx.teamId);
  notifyChange(ctx.teamId);
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });

/** POST /api/sandbox/api/<method>: the Web API emulator. */
export async function handleWebApi(req: Request, method: string, env = sandboxEnv()): Promise<Response> {
  if (!env) return notFound();
  let args: Args;
  try {
    args = await readArgs(req);
  } catch (error) {
    return json({ ok: false, error: error instanceof SlackApiError ? error.code : 'invalid_form_data' });
  }
  const ctx = await sandboxContext(env, { requestUrl: req.url });
  let body: Json;
  try {
    body = await callMethod(ctx, method, args, tokenOf(req, args));
  } catch (error) {
    getLogger().error({ err: error, method }, 'sandbox Web API method failed');
    body = { ok: false, error: 'internal_error' };
  }
  await record(ctx, method, loggable(args), body);
  return json(body);
}

/** POST <upload_url>: the bytes of a files.getUploadURLExternal upload (raw body or multipart `file`). */
export async function handleUpload(req: Request, fileId: string, env = sandboxEnv()): Promise<Response> {
  if (!env) return notFound();
  const ctx = await sandboxContext(env, { requestUrl: req.url });
  const file = await findFile(ctx.db, ctx.teamId, fileId);
  if (!file || file.complete) return new Response('upload URL is not valid', { status: 404 });
  let bytes: Uint8Array;
  const type = req.headers.get('content-type') ?? '';
  if (type.startsWith('multipart/form-data')) {
    const form = await req.formData();
    const part = form.get('file') ?? [...form.values()].find((v) => typeof v !== 'string');
    if (!part || typeof part === 'string') return new Response('no file part', { status: 400 });
    bytes = new Uint8Array(await (part as Blob).arrayBuffer());
  } else {
    bytes = new Uint8Array(await req.arrayBuffer());
  }
  const mimetype = await sniffType(bytes, file.name);
  await updateFile(ctx.db, ctx.teamId, fileId, { content: bytes, size: bytes.byteLength, mimetype });
  await record(ctx, 'upload_url', { file_id: fileId, bytes: bytes.byteLength }, { ok: true, status: 200 });
  return new Response(`OK - ${bytes.byteLength}`, { status: 200, headers: { 'content-type': 'text/plain' } });
}

export async function sniffType(bytes: Uint8Array, name: string): Promise<string> {
  const { fileTypeFromBuffer } = await import('file-type');
  const found = await fileTypeFromBuffer(bytes);
  if (found) return found.mime;
  return name.endsWith('.txt') ? 'text/plain' : 'application/octet-stream';
}

/**
 * GET url_private: the bytes for the bot token (as Slack), or for the sandbox client's own browser.
 * Without either, Slack answers a sign-in page with status 200; so does this, so that a download
 * that forgets the token fails the same way it would against Slack.
 */
export async function handleFileDownload(
  req: Request,
  fileId: string,
  env = sandboxEnv(),
): Promise<Response> {
  if (!env) return notFound();
  const ctx = await sandboxContext(env, { requestUrl: req.url });
  const file = await findFile(ctx.db, ctx.teamId, fileId);
  if (!file?.content) return new Response('Not found', { status: 404 });
  const auth = req.headers.get('authorization');
  const client =
    req.headers.get('sec-fetch-site') === 'same-origin' ||
    (req.headers.get('cookie') ?? '').includes('homeroom_sandbox=');
  if (auth && auth !== `Bearer ${ctx.botToken}`) return new Response('invalid_auth', { status: 403 });
  if (!auth && !client) {
    return new Response('<!DOCTYPE html><html><body>Sign in to Homeroom Sandbox</body></html>', {
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
  }
  const download = new URL(req.url).searchParams.has('download');
  return new Response(Buffer.from(file.content), {
    status: 200,
    headers: {
      'content-type': file.mimetype,
      'content-length': String(file.content.byteLength),
      'content-disposition': `${download ? 'attachment' : 'inline'}; filename="${encodeURIComponent(file.name)}"`,
      'cache-control': 'private, max-age=3600',
    },
  });
}
