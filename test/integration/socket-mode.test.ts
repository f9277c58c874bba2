import type { AddressInfo } from 'node:net';
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type WebSocket, WebSocketServer } from 'ws';
import { attendanceSessions, members } from '@/db/schema';
import { getSlackEnv } from '@/slack/env';
import { ids } from '@/slack/ids';
import { startSocketMode } from '@/slack/socket';
import { type Harness, startHarness } from '@/test/helpers/harness';
import { TEAM, TEST_SECRET } from '@/test/helpers/slack-request';

/**
 * A local stand-in for Slack's Socket Mode endpoint: apps.connections.open on the fake Web API
 * returns this server's ws:// URL; it says hello, sends envelopes and collects the app's acks.
 */
class FakeSocketSlack {
  readonly server: WebSocketServer;
  readonly acks: Record<string, unknown>[] = [];
  private socket: WebSocket | undefined;
  private connected!: Promise<void>;

  constructor() {
    this.server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    this.connected = new Promise((resolve) => {
      this.server.on('connection', (socket) => {
        this.socket = socket;
        socket.on('message', (data) => this.acks.push(JSON.parse(String(data))));
        socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' } }));
        resolve();
      });
    });
  }

  get url(): string {
    return `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}/link`;
  }

  whenConnected(): Promise<void> {
    return this.connected;
  }

  send(envelope: Record<string, unknown>): void {
    this.socket!.send(JSON.stringify(envelope));
  }

  async ackFor(envelopeId: string, timeoutMs = 5000): Promise<Record<string, unknown>> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      const ack = this.acks.find((a) => a.envelope_id === envelopeId);
      if (ack) return ack;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`no ack for ${envelopeId}`);
  }

  close(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

async function until<T>(probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('timed out');
}

let h: Harness;
let ws: FakeSocketSlack;
let stop: () => Promise<void>;

beforeAll(async () => {
  h = await startHarness();
  h.slack.addUser({ id: 'USOCK', name: 'Sora', tz: 'Asia/Tokyo', locale: 'ja-JP' });
  ws = new FakeSocketSlack();
  h.slack.on('apps.connections.open', () => ({ ok: true, url: ws.url }));
  const env = getSlackEnv({
    SLACK_SIGNING_SECRET: TEST_SECRET,
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_APP_TOKEN: 'xapp-1-test',
    SLACK_API_URL: h.slack.apiUrl,
    SLACK_API_RETRIES: '0',
    LOG_LEVEL: 'silent',
  });
  ({ stop } = await startSocketMode(env, { boot: false }));
  await ws.whenConnected();
});
afterAll(async () => {
  await stop?.();
  await ws?.close();
  await h?.close();
});

describe('Socket Mode, end to end over a real WebSocket', () => {
  it('opens the connection with the app-level token', () => {
    const [open] = h.slack.callsTo('apps.connections.open');
    expect(open).toBeDefined();
  });

  it('acks an events_api envelope and publishes the Home tab', async () => {
    ws.send({
      envelope_id: 'env-home-1',
      type: 'events_api',
      accepts_response_payload: false,
      retry_attempt: 0,
      retry_reason: '',
      payload: {
        token: 'legacy',
        team_id: TEAM,
        api_app_id: 'A1',
        type: 'event_callback',
        event_id: 'EvSock1',
        event_time: Math.floor(Date.now() / 1000),
        event: { type: 'app_home_opened', user: 'USOCK', channel: 'DUSOCK', tab: 'home', event_ts: '1.0' },
      },
    });
    expect(await ws.ackFor('env-home-1')).toMatchObject({ envelope_id: 'env-home-1' });
    const publish = await until(() =>
      h.slack.callsTo('views.publish').find((c) => c.args.user_id === 'USOCK'),
    );
    const view = publish.args.view as {
      type: string;
      blocks: { block_id?: string; elements?: { action_id: string }[] }[];
    };
    expect(view.type).toBe('home');
    expect(JSON.stringify(view)).toContain('Soraさん、');
    const actions = view.blocks.find((b) => b.block_id === ids.attendance.actionsBlock);
    expect(actions?.elements?.map((e) => e.action_id)).toEqual([
      ids.attendance.checkIn,
      ids.attendance.checkInRemote,
      ids.attendance.openCheckInModal,
    ]);
  });

  it('acks an interactive envelope for Check in, stores the session and re-publishes Home', async () => {
    const before = h.slack.callsTo('views.publish').length;
    ws.send({
      envelope_id: 'env-click-1',
      type: 'interactive',
      accepts_response_payload: false,
      payload: {
        type: 'block_actions',
        team: { id: TEAM, domain: 'acme' },
        user: { id: 'USOCK', username: 'sora', team_id: TEAM },
        api_app_id: 'A1',
        trigger_id: 'trig.sock',
        container: { type: 'view', view_id: 'VHOME' },
        actions: [
          {
            type: 'button',
            action_id: ids.attendance.checkIn,
            block_id: ids.attendance.actionsBlock,
            value: 'office',
            action_ts: String(Date.now() / 1000),
          },
        ],
      },
    });
    expect(await ws.ackFor('env-click-1')).toMatchObject({ envelope_id: 'env-click-1' });
    const sessions = await until(async () => {
      const rows = await h.db
        .select({ location: attendanceSessions.location, source: attendanceSessions.checkInSource })
        .from(attendanceSessions)
        .innerJoin(members, eq(members.id, attendanceSessions.memberId))
        .where(and(eq(members.userId, 'USOCK'), isNull(attendanceSessions.checkOutAt)));
      return rows.length > 0 ? rows : undefined;
    });
    expect(sessions).toEqual([{ location: 'office', source: 'home' }]);
    const publish = await until(() => h.slack.callsTo('views.publish').slice(before).at(-1));
    const today = (
      publish.args.view as { blocks: { block_id?: string; text?: { text: string } }[] }
    ).blocks.find((b) => b.block_id === ids.attendance.todayBlock);
    expect(today?.text?.text).toMatch(
      /^\*今日\*\n:large_green_circle: 出勤 \*\d{1,2}:\d{2}\* · :office: オフィス/,
    );
  });
});
