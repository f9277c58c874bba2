import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { verifySlackSignature } from '@/slack/receiver';
import { FakeSlack } from '@/test/helpers/fake-slack';
import { sign } from '@/test/helpers/slack-request';

const SECRET = 'bench-signing-secret-0123456789';
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = [1, 50, 200];
const USERS = 2000;

type Scenario = 'app_home_opened' | 'check_in_click';

function body(scenario: Scenario, n: number): { body: string; contentType: string } {
  const user = `UB${n % USERS}`;
  if (scenario === 'app_home_opened') {
    return {
      contentType: 'application/json',
      body: JSON.stringify({
        type: 'event_callback',
        team_id: 'T1',
        api_app_id: 'A1',
        event_id: `EvB${n}-${crypto.randomBytes(4).toString('hex')}`,
        event_time: Math.floor(Date.now() / 1000),
        event: { type: 'app_home_opened', user, channel: `D${user}`, tab: 'home' },
      }),
    };
  }
  const payload = {
    type: 'block_actions',
    team: { id: 'T1', domain: 'bench' },
    user: { id: user, username: user, team_id: 'T1' },
    api_app_id: 'A1',
    trigger_id: `trig.${n}`,
    container: { type: 'view', view_id: 'VHOME' },
    actions: [
      { type: 'button', action_id: 'attendance_check_in', block_id: 'b', value: 'office', action_ts: '1' },
    ],
  };
  return {
    contentType: 'application/x-www-form-urlencoded',
    body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
  };
}

/** The reference: a raw node:http server that only verifies the signature and answers 200. */
function startReference(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const verdict = verifySlackSignature(
        SECRET,
        Buffer.concat(chunks).toString('utf8'),
        req.headers['x-slack-request-timestamp'] as string,
        req.headers['x-slack-signature'] as string,
        Math.floor(Date.now() / 1000),
      );
      res.writeHead(verdict === 'ok' ? 200 : 401);
      res.end();
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** A deployment creates its database once; the first open of PGlite (initdb) is not the server's steady state. */
export function migrate(dataDir: string): void {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'db/migrate-cli.ts'], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: process.env.BENCH_DATABASE_URL ?? '' },
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('db:migrate failed');
}

export async function startApp(apiUrl: string, port: number, dataDir: string): Promise<ChildProcess> {
  // BENCH_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles the server.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(
    process.execPath,
    [...nodeArgs, 'node_modules/next/dist/bin/next', 'start', '-p', String(port)],
    {
      env: {
        ...process.env,
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_BOT_TOKEN: 'xoxb-bench',
        SLACK_API_URL: apiUrl,
        SLACK_API_RETRIES: '0',
        DATA_DIR: dataDir,
        DATABASE_URL: process.env.BENCH_DATABASE_URL ?? '',
        LOG_LEVEL: 'warn',
        NEXT_TELEMETRY_DISABLED: '1',
        // As `npm start` runs it: V8 keeps garbage until it needs room, so the heap is capped.
        NODE_OPTIONS: `--max-old-space-size=${process.env.HOMEROOM_HEAP_MB ?? 256}`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group: `next start` forks the server, and stopping must reach both.
      detached: true,
    },
  );
  child.stderr?.on('data', (d: Buffer) => process.stderr.write(d));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/`);
      if (res.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stopApp(child);
  throw new Error('next start did not answer within 60 s');
}

/** Stops the server and the process it forked. */
export function stopApp(child: ChildProcess): void {
  try {
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/** Fields of /proc/<pid>/stat after the command name (state, ppid, … utime at 11, stime at 12). */
function statFields(pid: number): string[] | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined; // the process ended
  }
}

/** `next start` runs the server in a child of the CLI process: the CLI and its children. */
function processTree(pid: number): number[] {
  const children = fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((child) => Number(statFields(child)?.[1]) === pid);
  return [pid, ...children];
}

/** The biggest RSS in the server's process tree. */
function treeRssMb(pid: number): number {
  return Math.max(...processTree(pid).map((p) => rssMb(p)));
}

/** CPU time (user + system) the server process tree has used so far, in ms. */
function treeCpuMs(pid: number): number {
  let ticks = 0;
  for (const p of processTree(pid)) {
    const fields = statFields(p);
    if (fields) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

interface Row {
  target: string;
  scenario: Scenario;
  connections: number;
  rps: number;
  p50: number;
  p99: number;
  ok: number;
  errors: number;
  /** Server CPU per acknowledged request, after-ack work included (Homeroom rows only). */
  cpuMs?: number;
}

/** Waits until the app has stopped calling the Web API: the previous cell's after-ack work is done. */
async function quiet(slack: FakeSlack): Promise<void> {
  let last = -1;
  const deadline = Date.now() + 60_000;
  while (slack.calls.length !== last && Date.now() < deadline) {
    last = slack.calls.length;
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function load(url: string, scenario: Scenario, connections: number, target: string): Promise<Row> {
  let n = 0;
  const result = await autocannon({
    url,
    method: target === 'next-empty' ? 'GET' : 'POST',
    connections,
    duration: DURATION_S,
    requests: [
      {
        setupRequest: (req) => {
          const { body: b, contentType } = body(scenario, n++);
          const ts = Math.floor(Date.now() / 1000);
          return {
            ...req,
            body: b,
            headers: {
              'content-type': contentType,
              'x-slack-request-timestamp': String(ts),
              'x-slack-signature': sign(SECRET, ts, b),
            },
          };
        },
      },
    ],
  });
  return {
    target,
    scenario,
    connections,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result['2xx'],
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

export async function benchEvents(): Promise<void> {
  const buildId = path.join(process.cwd(), '.next/BUILD_ID');
  if (!fs.existsSync(buildId))
    throw new Error('No production build: run `npm run build` first (npm run bench does).');
  const slack = await new FakeSlack().start();
  const reference = await startReference();
  const refUrl = `http://127.0.0.1:${(reference.address() as AddressInfo).port}/`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'homeroom-bench-'));
  const port = 3200 + Math.floor(Math.random() * 500);
  migrate(dataDir);
  const app = await startApp(slack.apiUrl, port, dataDir);
  console.log(`server RSS at start: ${treeRssMb(app.pid!)} MB`);
  const appUrl = `http://127.0.0.1:${port}/api/slack/events`;
  // The same Next server's emptiest route: what Next.js itself costs per request on this machine.
  const healthUrl = `http://127.0.0.1:${port}/api/health`;
  const rows: Row[] = [];
  try {
    // Warm up: JIT, the database, Bolt's auth.test, every user's users.info.
    await load(appUrl, 'app_home_opened', 20, 'warm-up');
    for (const scenario of ['app_home_opened', 'check_in_click'] as const) {
      for (const connections of CONNECTIONS) {
        rows.push(await load(refUrl, scenario, connections, 'reference'));
        rows.push(await load(healthUrl, scenario, connections, 'next-empty'));
        await quiet(slack);
        slack.reset();
        const cpuBefore = treeCpuMs(app.pid!);
        const row = await load(appUrl, scenario, connections, 'homeroom');
        // Every acknowledged request must end in exactly one views.publish once the after() work drains.
        const deadline = Date.now() + 30_000;
        while (slack.callsTo('views.publish').length < row.ok && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 200));
        }
        const published = slack.callsTo('views.publish').length;
        row.cpuMs = (treeCpuMs(app.pid!) - cpuBefore) / Math.max(1, row.ok);
        rows.push(row);
        console.log(
          `  ${scenario} @${connections}: ${row.ok} acked, ${published} views.publish` +
            (published >= row.ok ? '' : `  <-- ${row.ok - published} lost`),
        );
      }
    }
    const rss = treeRssMb(app.pid!);
    const driver = process.env.BENCH_DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite';
    console.log(`\nEvents endpoint (production build, ${driver}, loopback, ${DURATION_S} s per cell)`);
    console.log('target     scenario          conns    req/s   p50 ms   p99 ms   errors   CPU ms/req');
    for (const r of rows) {
      console.log(
        `${r.target.padEnd(10)} ${r.scenario.padEnd(17)} ${String(r.connections).padStart(5)} ${String(r.rps).padStart(8)} ${String(r.p50).padStart(8)} ${String(r.p99).padStart(8)} ${String(r.errors).padStart(8)} ${r.cpuMs === undefined ? '' : r.cpuMs.toFixed(2).padStart(12)}`,
      );
    }
    for (const scenario of ['app_home_opened', 'check_in_click'] as const) {
      const ours = rows.find(
        (r) => r.target === 'homeroom' && r.scenario === scenario && r.connections === 50,
      )!;
      const ref = rows.find(
        (r) => r.target === 'reference' && r.scenario === scenario && r.connections === 50,
      )!;
      const empty = rows.find(
        (r) => r.target === 'next-empty' && r.scenario === scenario && r.connections === 50,
      )!;
      console.log(
        `${scenario} @50: p99 ${ours.p99} ms (goal < 100), throughput ${Math.round((100 * ours.rps) / ref.rps)}% of reference (goal ≥ 50%); ` +
          `an empty Next.js route reaches ${Math.round((100 * empty.rps) / ref.rps)}% of it, Homeroom ${Math.round((100 * ours.rps) / empty.rps)}% of that route`,
      );
    }
    const health = (await (await fetch(healthUrl)).json()) as { memory: Record<string, number> };
    console.log(`server RSS after the run: ${rss} MB (goal < 400); in MB: ${JSON.stringify(health.memory)}`);
  } finally {
    stopApp(app);
    reference.close();
    await slack.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
