import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as actionRoute from '@/app/api/sandbox/action/route';
import * as webApiRoute from '@/app/api/sandbox/api/[method]/route';
import * as avatarRoute from '@/app/api/sandbox/avatar/[id]/route';
import * as fileRoute from '@/app/api/sandbox/files/[id]/[name]/route';
import * as logRoute from '@/app/api/sandbox/log/route';
import * as responseRoute from '@/app/api/sandbox/response/[token]/route';
import * as shareRoute from '@/app/api/sandbox/share/route';
import * as stateRoute from '@/app/api/sandbox/state/route';
import * as streamRoute from '@/app/api/sandbox/stream/route';
import * as uploadRoute from '@/app/api/sandbox/upload/[id]/route';
import SandboxPage from '@/app/sandbox/page';
import { type OpenDb, setDb } from '@/db/client';
import { createTestDb } from '@/test/helpers/db';

const base = 'http://127.0.0.1:3000';
const params = <T extends Record<string, string>>(p: T) => ({ params: Promise.resolve(p) });

/** Every sandbox route, called the way Next calls it. */
function everyRoute(): [string, () => Response | Promise<Response>][] {
  const post = (path: string, body = '{}') =>
    new Request(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return [
    ['Web API', () => webApiRoute.POST(post('/api/sandbox/api/auth.test'), params({ method: 'auth.test' }))],
    ['state', () => stateRoute.GET(new Request(`${base}/api/sandbox/state`))],
    ['action', () => actionRoute.POST(post('/api/sandbox/action', '{"type":"reset"}'))],
    ['log', () => logRoute.GET(new Request(`${base}/api/sandbox/log`))],
    ['stream', () => streamRoute.GET(new Request(`${base}/api/sandbox/stream`))],
    ['share', () => shareRoute.POST(post('/api/sandbox/share'))],
    ['response_url', () => responseRoute.POST(post('/api/sandbox/response/x.y'), params({ token: 'x.y' }))],
    ['upload_url', () => uploadRoute.POST(post('/api/sandbox/upload/F1'), params({ id: 'F1' }))],
    [
      'file',
      () =>
        fileRoute.GET(new Request(`${base}/api/sandbox/files/F1/a.png`), params({ id: 'F1', name: 'a.png' })),
    ],
    [
      'avatar',
      () => avatarRoute.GET(new Request(`${base}/api/sandbox/avatar/U0SAM`), params({ id: 'U0SAM' })),
    ],
  ];
}

let open: OpenDb;
beforeAll(async () => {
  open = await createTestDb();
  setDb(open);
});
afterAll(async () => {
  setDb(undefined);
  await open.close();
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the sandbox when real Slack credentials are set', () => {
  const withCredentials = () => {
    vi.stubEnv('SLACK_SIGNING_SECRET', 'a-real-signing-secret-0123');
    vi.stubEnv('SLACK_BOT_TOKEN', 'xoxb-real-token');
    vi.stubEnv('HOMEROOM_SANDBOX', undefined);
    vi.stubEnv('LOG_LEVEL', 'silent');
  };

  it.each(everyRoute())('answers 404 on the %s route', async (_name, call) => {
    withCredentials();
    const res = await call();
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('Not found');
  });

  it('answers 404 for the /sandbox page', async () => {
    withCredentials();
    await expect(SandboxPage({ searchParams: Promise.resolve({}) })).rejects.toMatchObject({
      digest: expect.stringContaining('404'),
    });
  });

  it('is off without credentials too when HOMEROOM_SANDBOX=0', async () => {
    vi.stubEnv('SLACK_SIGNING_SECRET', undefined);
    vi.stubEnv('SLACK_BOT_TOKEN', undefined);
    vi.stubEnv('HOMEROOM_SANDBOX', '0');
    const res = await stateRoute.GET(new Request(`${base}/api/sandbox/state`));
    expect(res.status).toBe(404);
  });

  it('answers when HOMEROOM_SANDBOX=1 enables it explicitly', async () => {
    withCredentials();
    vi.stubEnv('HOMEROOM_SANDBOX', '1');
    const res = await stateRoute.GET(new Request(`${base}/api/sandbox/state?user=U0SAM`));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { me: { id: string } }).me.id).toBe('U0SAM');
  });
});
