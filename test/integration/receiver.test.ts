import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '@/slack/receiver';
import { type Harness, startHarness } from '@/test/helpers/harness';
import {
  appHomeOpened,
  buttonClick,
  eventRequest,
  interactionRequest,
  sign,
  slackRequest,
  TEST_SECRET,
  viewSubmission,
} from '@/test/helpers/slack-request';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  h.slack.addUser({ id: 'U1', name: 'Ana', tz: 'Asia/Seoul' });
});
afterAll(() => h.close());
beforeEach(() => h.slack.reset());

describe('the Slack request URL', () => {
  it('answers an unsigned ssl_check with 200', async () => {
    const req = new Request('http://localhost/api/slack/events', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'ssl_check=1&token=legacy',
    });
    const res = await h.send(req);
    expect(res.status).toBe(200);
  });

  it('answers a signed url_verification with the challenge', async () => {
    const res = await h.send(
      slackRequest(JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 't' })),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: 'abc123' });
  });

  it('rejects a url_verification with a bad signature', async () => {
    const body = JSON.stringify({ type: 'url_verification', challenge: 'abc123' });
    const res = await h.send(slackRequest(body, { secret: 'wrong-secret-123' }));
    expect(res.status).toBe(401);
    expect(res.headers.get('x-slack-no-retry')).toBe('1');
  });

  it('rejects a missing signature, a stale timestamp and a tampered body with 401', async () => {
    const body = JSON.stringify({ type: 'url_verification', challenge: 'x' });
    expect((await h.send(slackRequest(body, { signature: null }))).status).toBe(401);
    const old = Math.floor(Date.now() / 1000) - 6 * 60;
    expect((await h.send(slackRequest(body, { timestamp: old }))).status).toBe(401);
    const ts = Math.floor(Date.now() / 1000);
    const tampered = slackRequest(`${body} `, { timestamp: ts, signature: sign(TEST_SECRET, ts, body) });
    expect((await h.send(tampered)).status).toBe(401);
    expect(h.slack.calls).toHaveLength(0);
  });

  it('accepts a timestamp four minutes old (inside the five-minute window)', async () => {
    const ts = Math.floor(Date.now() / 1000) - 4 * 60;
    const res = await h.send(
      slackRequest(JSON.stringify({ type: 'url_verification', challenge: 'ok' }), { timestamp: ts }),
    );
    expect(res.status).toBe(200);
  });

  it('parses a content type that carries a charset parameter', async () => {
    const res = await h.send(
      slackRequest(JSON.stringify({ type: 'url_verification', challenge: 'cs' }), {
        contentType: 'application/json; charset=utf-8',
      }),
    );
    expect(await res.json()).toEqual({ challenge: 'cs' });
  });

  it('answers malformed JSON with 400 and no retry, and writes nothing', async () => {
    const res = await h.send(slackRequest('{"type": "event_callback",'));
    expect(res.status).toBe(400);
    expect(res.headers.get('x-slack-no-retry')).toBe('1');
    expect(h.slack.calls).toHaveLength(0);
  });

  it('answers a form body with neither payload nor command with 400', async () => {
    const res = await h.send(slackRequest('foo=bar', { contentType: 'application/x-www-form-urlencoded' }));
    expect(res.status).toBe(400);
  });

  it('answers a payload field that is not JSON with 400', async () => {
    const res = await h.send(
      slackRequest('payload=%7Bnope', { contentType: 'application/x-www-form-urlencoded' }),
    );
    expect(res.status).toBe(400);
  });

  it('refuses a body over 1 MB with 413 before doing any work', async () => {
    const big = JSON.stringify({ type: 'event_callback', padding: 'x'.repeat(MAX_BODY_BYTES) });
    const res = await h.send(slackRequest(big));
    expect(res.status).toBe(413);
    expect(h.slack.calls).toHaveLength(0);
  });

  it('answers an unknown event type with an empty 200', async () => {
    const res = await h.sendAndSettle(eventRequest({ type: 'reaction_added', user: 'U1', reaction: 'tada' }));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    expect(h.slack.callsTo('views.publish')).toHaveLength(0);
  });

  it('answers an unknown action id with an empty 200 and changes nothing', async () => {
    const res = await h.sendAndSettle(buttonClick('U1', 'no_such_action', 'x'));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    expect(h.slack.callsTo('views.publish')).toHaveLength(0);
  });

  it('processes a retried event only once', async () => {
    const first = await h.sendAndSettle(appHomeOpened('U1', 'home', { eventId: 'EvRetry1' }));
    const retry = await h.sendAndSettle(
      appHomeOpened('U1', 'home', {
        eventId: 'EvRetry1',
        headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
      }),
    );
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(h.slack.callsTo('views.publish')).toHaveLength(1);
  });

  it('sends the body given to ack() back to Slack (response_action errors)', async () => {
    const res = await h.sendAndSettle(
      viewSubmission('U1', 'attendance_check_in_modal', {
        attendance_location_block: {
          attendance_location_input: { type: 'radio_buttons', selected_option: null },
        },
        attendance_note_block: { attendance_note_input: { type: 'plain_text_input', value: '' } },
      }),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      response_action: 'errors',
      errors: { attendance_location_block: 'Choose office or remote.' },
    });
  });

  it('acks within 3 seconds even when the Web API is slow, and the work still finishes', async () => {
    h.slack.delay('views.publish', 4000);
    const started = Date.now();
    const res = await h.send(appHomeOpened('U1'));
    const ackMs = Date.now() - started;
    expect(res.status).toBe(200);
    expect(ackMs).toBeLessThan(3000);
    await h.settle();
    expect(h.slack.callsTo('views.publish')).toHaveLength(1);
  });

  it('acks a burst at once and runs the after-ack work a few at a time, losing none', async () => {
    for (let i = 0; i < 30; i++) h.slack.addUser({ id: `UBURST${i}` });
    await Promise.all(Array.from({ length: 30 }, (_, i) => h.sendAndSettle(appHomeOpened(`UBURST${i}`))));
    h.slack.reset();
    h.slack.delay('views.publish', 200);
    const started = Date.now();
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) => h.send(appHomeOpened(`UBURST${i}`))),
    );
    expect(Date.now() - started).toBeLessThan(1000);
    expect(responses.every((r) => r.status === 200)).toBe(true);
    await h.settle();
    expect(h.slack.callsTo('views.publish')).toHaveLength(30);
    expect(h.slack.maxInFlight).toBeLessThanOrEqual(8);
  });

  it('answers an interaction payload that is valid JSON but no known shape with an empty 200', async () => {
    const res = await h.sendAndSettle(interactionRequest({ type: 'mystery' }));
    expect(res.status).toBe(200);
  });
});
