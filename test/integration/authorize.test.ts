import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '@/test/helpers/harness';
import { appHomeOpened } from '@/test/helpers/slack-request';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  h.slack.addUser({ id: 'U1', name: 'Ana' });
});
afterAll(() => h.close());

describe('authorizing with the bot token', () => {
  it("survives a failing auth.test, processes Slack's retry of that event, then keeps the answer", async () => {
    h.slack.on('auth.test', () => ({ ok: false, error: 'invalid_auth' }));
    const failed = await h.sendAndSettle(appHomeOpened('U1', 'home', { eventId: 'EvAuth1' }));
    expect(failed.status).toBe(500);
    expect(await failed.text()).toBe('internal error');
    expect(h.slack.callsTo('views.publish')).toHaveLength(0);
    // Nothing was acknowledged, so Slack may deliver it again, and that delivery is processed.
    expect(failed.headers.get('x-slack-no-retry')).toBeNull();

    h.slack.reset();
    const retry = await h.sendAndSettle(
      appHomeOpened('U1', 'home', { eventId: 'EvAuth1', headers: { 'x-slack-retry-num': '1' } }),
    );
    expect(retry.status).toBe(200);
    for (let i = 0; i < 2; i++) await h.sendAndSettle(appHomeOpened('U1'));
    expect(h.slack.callsTo('auth.test')).toHaveLength(1);
    expect(h.slack.callsTo('views.publish')).toHaveLength(3);
  });
});
