import { ConfigError } from '@/db/parse-env';
import { getSlackEnv } from '@/slack/env';

/** What the front page says about this server's Slack connection; never throws. */
export function slackStatus(): {
  mode: 'sandbox' | 'slack' | 'misconfigured';
  problems: string[];
  requestPath: string;
} {
  const requestPath = '/api/slack/events';
  try {
    return { mode: getSlackEnv().sandbox ? 'sandbox' : 'slack', problems: [], requestPath };
  } catch (error) {
    if (error instanceof ConfigError) return { mode: 'misconfigured', problems: error.problems, requestPath };
    throw error;
  }
}

/**
 * `GET /api/health`: a liveness probe for load balancers and uptime checks. It touches neither
 * Slack nor the database, so the benchmark also uses it as the cost of an empty Next.js route.
 */
let modeOfProcess: ReturnType<typeof slackStatus>['mode'] | undefined;

export function health(): Response {
  // The environment does not change while the process runs: parse it once, keep the probe cheap.
  modeOfProcess ??= slackStatus().mode;
  const m = process.memoryUsage();
  const mb = (bytes: number) => Math.round(bytes / 1048576);
  // Memory in MB, for the operator: the embedded database's WebAssembly heap counts under `external`.
  const memory = {
    rss: mb(m.rss),
    heapUsed: mb(m.heapUsed),
    external: mb(m.external),
    arrayBuffers: mb(m.arrayBuffers),
  };
  return Response.json(
    { ok: true, mode: slackStatus().mode, memory },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}
