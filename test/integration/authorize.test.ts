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
  it('survives a failing auth.test, asks again on the next request, then keeps the answer', async () => {
    h.slack.on('auth.test', () => ({ ok: false, error: 'invalid_auth' }));
    const failed = await h.sendAndSettle(appHomeOpened('U1'));
    expect(failed.status).toBe(500);
    expect(failed.headers.get('x-slack-no-retry')).toBe('1');
    expect(await failed.text()).toBe('internal error');
    expect(h.slack.callsTo('views.publish')).toHaveLength(0);

    h.slack.reset();
    for (let i = 0; i < 3; i++) await h.sendAndSettle(appHomeOpened('U1'));
    expect(h.slack.callsTo('auth.test')).toHaveLength(1);
    expect(h.slack.callsTo('views.publish')).toHaveLength(3);
  });
});
