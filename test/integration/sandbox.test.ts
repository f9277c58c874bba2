import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { insertChannel, insertTrigger, listLog, modalStack } from '@/db/queries/sandbox';
import { attendanceSessions, members, sandboxMessages, sandboxViews } from '@/db/schema';
import { getSlackEnv } from '@/slack/env';
import { ids } from '@/slack/ids';
import { runClientAction } from '@/slack/sandbox/client';
import { SANDBOX_TEAM_ID } from '@/slack/sandbox/constants';
import { sandboxContext } from '@/slack/sandbox/context';
import { resetSandbox } from '@/slack/sandbox/seed';
import { type SandboxServer, startSandboxServer } from '@/test/helpers/sandbox-server';
import { textOf } from '@/test/helpers/view-text';

let s: SandboxServer;

beforeAll(async () => {
  s = await startSandboxServer();
});
afterAll(() => s.close());
beforeEach(async () => {
  await resetSandbox(s.db);
});

type Json = Record<string, unknown>;

async function homeOf(user: string) {
  const [row] = await s.db
    .select()
    .from(sandboxViews)
    .where(and(eq(sandboxViews.userId, user), eq(sandboxViews.type, 'home')));
  return row;
}

async function state(user: string, channel?: string) {
  const q = new URLSearchParams({ user, ...(channel ? { channel } : {}) });
  return (await (await fetch(`${s.url}/api/sandbox/state?${q}`)).json()) as Json;
}

async function clickOnHome(user: string, actionId: string, value: string) {
  const home = (await homeOf(user))!;
  return s.action({
    type: 'block_actions',
    user,
    payload: {
      container: { type: 'view', view_id: home.id },
      view: { id: home.id, state: { values: {} } },
      actions: [{ type: 'button', action_id: actionId, block_id: ids.attendance.actionsBlock, value }],
    },
  });
}

describe('the Web API emulator', () => {
  it('answers invalid_auth, not_authed and unknown_method like Slack', async () => {
    expect(await s.api('auth.test', {}, 'xoxb-wrong')).toEqual({ ok: false, error: 'invalid_auth' });
    expect(await s.api('auth.test', {}, null)).toEqual({ ok: false, error: 'not_authed' });
    expect(await s.api('chat.nothing')).toMatchObject({ ok: false, error: 'unknown_method' });
  });

  it('tells the bot who it is', async () => {
    expect(await s.api('auth.test')).toMatchObject({
      ok: true,
      team_id: SANDBOX_TEAM_ID,
      user_id: 'U0HOMEROOM',
      bot_id: 'B0HOMEROOM',
    });
  });

  it('gives time zone and, when asked, locale in users.info', async () => {
    const res = await s.api('users.info', { user: 'U0MINJI', include_locale: true });
    expect(res.user).toMatchObject({
      id: 'U0MINJI',
      tz: 'Asia/Seoul',
      tz_offset: 9 * 3600,
      locale: 'ko-KR',
      is_admin: false,
      profile: { display_name: 'Minji', real_name: 'Minji Park' },
    });
    expect((await s.api('users.info', { user: 'U0MINJI' })).user).not.toHaveProperty('locale');
    expect(await s.api('users.info', { user: 'U0NOBODY' })).toEqual({ ok: false, error: 'user_not_found' });
    expect(((await s.api('users.info', { user: 'U0OLIVIA' })).user as Json).is_admin).toBe(true);
  });

  it('lists six people and the bot', async () => {
    const res = await s.api('users.list');
    const people = (res.members as Json[]).filter((m) => !m.is_bot);
    expect(people.map((m) => m.tz)).toEqual([
      'America/Los_Angeles',
      'Asia/Seoul',
      'Asia/Tokyo',
      'Europe/London',
      'Asia/Kolkata',
      'America/Sao_Paulo',
    ]);
    expect(res.response_metadata).toEqual({ next_cursor: '' });
  });

  it('opens the bot DM with a person and describes channels', async () => {
    expect(await s.api('conversations.open', { users: 'U0SAM' })).toMatchObject({
      ok: true,
      channel: { id: 'D0SAM' },
    });
    expect(await s.api('conversations.info', { channel: 'C0NOPE' })).toEqual({
      ok: false,
      error: 'channel_not_found',
    });
    expect((await s.api('conversations.info', { channel: 'C0APPROVERS' })).channel).toMatchObject({
      id: 'C0APPROVERS',
      name: 'approvers',
      is_private: true,
      is_member: true,
    });
    expect((await s.api('conversations.info', { channel: 'D0SAM' })).channel).toMatchObject({
      is_im: true,
      user: 'U0SAM',
    });
  });

  it('posts, threads, edits, reacts to and deletes messages', async () => {
    const posted = await s.api('chat.postMessage', { channel: 'C0GENERAL', text: 'Hello *team*' });
    expect(posted).toMatchObject({
      ok: true,
      channel: 'C0GENERAL',
      message: { text: 'Hello *team*', bot_id: 'B0HOMEROOM' },
    });
    const ts = posted.ts as string;
    await s.api('chat.postMessage', { channel: 'C0GENERAL', text: 'in thread', thread_ts: ts });
    const history = await s.api('conversations.history', { channel: 'C0GENERAL' });
    expect((history.messages as Json[])[0]).toMatchObject({ ts, reply_count: 1 });
    const replies = await s.api('conversations.replies', { channel: 'C0GENERAL', ts });
    expect((replies.messages as Json[]).map((m) => m.text)).toEqual(['Hello *team*', 'in thread']);
    const before = await s.api('conversations.history', { channel: 'C0GENERAL', latest: ts });
    expect((before.messages as Json[]).map((m) => m.ts)).not.toContain(ts);
    const upTo = await s.api('conversations.history', { channel: 'C0GENERAL', latest: ts, inclusive: true });
    expect((upTo.messages as Json[]).map((m) => m.ts)).toContain(ts);

    expect(await s.api('chat.update', { channel: 'C0GENERAL', ts, text: 'Hello again' })).toMatchObject({
      ok: true,
      text: 'Hello again',
      message: { edited: { user: 'U0HOMEROOM' } },
    });
    expect(await s.api('reactions.add', { channel: 'C0GENERAL', timestamp: ts, name: 'tada' })).toEqual({
      ok: true,
    });
    expect(await s.api('reactions.add', { channel: 'C0GENERAL', timestamp: ts, name: 'tada' })).toEqual({
      ok: false,
      error: 'already_reacted',
    });
    expect(await s.api('chat.delete', { channel: 'C0GENERAL', ts })).toMatchObject({ ok: true });
    expect(await s.api('chat.update', { channel: 'C0GENERAL', ts, text: 'x' })).toEqual({
      ok: false,
      error: 'message_not_found',
    });
  });

  it('refuses what Slack refuses when posting', async () => {
    await insertChannel(s.db, {
      teamId: SANDBOX_TEAM_ID,
      id: 'C0RANDOM',
      name: 'random',
      kind: 'channel',
      members: ['U0SAM'],
    });
    expect(await s.api('chat.postMessage', { channel: 'C0RANDOM', text: 'hi' })).toEqual({
      ok: false,
      error: 'not_in_channel',
    });
    expect(await s.api('chat.postMessage', { channel: 'C0NOPE', text: 'hi' })).toEqual({
      ok: false,
      error: 'channel_not_found',
    });
    expect(await s.api('chat.postMessage', { channel: 'C0GENERAL' })).toEqual({
      ok: false,
      error: 'no_text',
    });
    expect(
      await s.api('chat.postEphemeral', { channel: 'C0APPROVERS', user: 'U0SAM', text: 'psst' }),
    ).toEqual({
      ok: false,
      error: 'user_not_in_channel',
    });
    const seeded = await s.api('conversations.history', { channel: 'C0GENERAL' });
    const welcome = (seeded.messages as Json[])[0]!;
    expect(await s.api('chat.update', { channel: 'C0GENERAL', ts: welcome.ts, text: 'x' })).toEqual({
      ok: false,
      error: 'cant_update_message',
    });
  });

  it('posts to a user id in the bot DM, and ephemeral messages only to their reader', async () => {
    expect(await s.api('chat.postMessage', { channel: 'U0HARUTO', text: 'hi' })).toMatchObject({
      ok: true,
      channel: 'D0HARUTO',
    });
    expect(
      await s.api('chat.postEphemeral', { channel: 'C0GENERAL', user: 'U0SAM', text: 'only Sam' }),
    ).toMatchObject({ ok: true });
    const sam = (await state('U0SAM', 'C0GENERAL')).conversation as { messages: Json[] };
    const minji = (await state('U0MINJI', 'C0GENERAL')).conversation as { messages: Json[] };
    expect(sam.messages.map((m) => m.text)).toContain('only Sam');
    expect(minji.messages.map((m) => m.text)).not.toContain('only Sam');
  });

  it('publishes Home tabs and refuses a stale hash', async () => {
    const view = { type: 'home', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'one' } }] };
    const first = await s.api('views.publish', { user_id: 'U0SAM', view });
    const firstView = first.view as Json;
    expect(firstView).toMatchObject({ type: 'home', team_id: SANDBOX_TEAM_ID, app_id: 'A0HOMEROOM' });
    const second = await s.api('views.publish', { user_id: 'U0SAM', view, hash: firstView.hash });
    expect(second.ok).toBe(true);
    expect(await s.api('views.publish', { user_id: 'U0SAM', view, hash: firstView.hash })).toEqual({
      ok: false,
      error: 'hash_conflict',
    });
    expect(
      await s.api('views.publish', { user_id: 'U0SAM', view: { type: 'modal', blocks: [] } }),
    ).toMatchObject({
      ok: false,
      error: 'invalid_arguments',
    });
  });

  it('opens modals only with a fresh, unused trigger_id and stacks at most three views', async () => {
    const modal = { type: 'modal', title: { type: 'plain_text', text: 'T' }, blocks: [] };
    expect(await s.api('views.open', { trigger_id: 'nope', view: modal })).toEqual({
      ok: false,
      error: 'invalid_trigger_id',
    });
    await insertTrigger(s.db, SANDBOX_TEAM_ID, 'old', 'U0SAM', new Date(Date.now() - 3500));
    expect(await s.api('views.open', { trigger_id: 'old', view: modal })).toEqual({
      ok: false,
      error: 'expired_trigger_id',
    });
    const fresh = async (id: string) => insertTrigger(s.db, SANDBOX_TEAM_ID, id, 'U0SAM', new Date());
    await fresh('t1');
    const opened = await s.api('views.open', { trigger_id: 't1', view: modal });
    expect(opened).toMatchObject({ ok: true, view: { type: 'modal', previous_view_id: null } });
    expect(await s.api('views.open', { trigger_id: 't1', view: modal })).toEqual({
      ok: false,
      error: 'exchanged_trigger_id',
    });
    await fresh('t2');
    await fresh('t3');
    await fresh('t4');
    expect((await s.api('views.push', { trigger_id: 't2', view: modal })).ok).toBe(true);
    expect((await s.api('views.push', { trigger_id: 't3', view: modal })).ok).toBe(true);
    expect(await s.api('views.push', { trigger_id: 't4', view: modal })).toEqual({
      ok: false,
      error: 'push_limit_reached',
    });
    const rootId = (opened.view as Json).id;
    const updated = await s.api('views.update', {
      view_id: rootId,
      view: modal,
      hash: (opened.view as Json).hash,
    });
    expect(updated.ok).toBe(true);
    expect(
      await s.api('views.update', { view_id: rootId, view: modal, hash: (opened.view as Json).hash }),
    ).toEqual({
      ok: false,
      error: 'hash_conflict',
    });
    expect(await s.api('views.update', { view_id: 'V0NOPE', view: modal })).toEqual({
      ok: false,
      error: 'not_found',
    });
  });

  it('takes an upload through the external upload methods and serves it to the bot token only', async () => {
    // A 2×3 PNG.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAIAAAADCAIAAAA2iEnWAAAAEklEQVR4nGP4z8DAwMDAwMDAAAMABgABnWcmPAAAAABJRU5ErkJggg==',
      'base64',
    );
    const url = await s.api('files.getUploadURLExternal', { filename: 'dot.png', length: png.length });
    expect(url).toMatchObject({ ok: true, file_id: expect.stringMatching(/^F/) });
    expect(await s.api('files.completeUploadExternal', { files: [{ id: url.file_id }] })).toMatchObject({
      ok: false,
      error: 'file_upload_not_found',
    });
    const put = await fetch(url.upload_url as string, { method: 'POST', body: png });
    expect(put.status).toBe(200);
    const done = await s.api('files.completeUploadExternal', {
      files: [{ id: url.file_id, title: 'A dot' }],
      channel_id: 'C0GENERAL',
      initial_comment: 'here',
    });
    expect(done).toEqual({ ok: true, files: [{ id: url.file_id, title: 'A dot' }] });
    const info = await s.api('files.info', { file: url.file_id });
    const file = info.file as Json;
    expect(file).toMatchObject({
      mimetype: 'image/png',
      size: png.length,
      original_w: 2,
      original_h: 3,
      channels: ['C0GENERAL'],
    });
    const bytes = await fetch(file.url_private as string, {
      headers: { authorization: 'Bearer xoxb-sandbox' },
    });
    expect(Buffer.from(await bytes.arrayBuffer()).equals(png)).toBe(true);
    const anonymous = await fetch(file.url_private as string);
    expect(anonymous.headers.get('content-type')).toContain('text/html');
    expect(await s.api('files.info', { file: 'F0NOPE' })).toEqual({ ok: false, error: 'file_not_found' });
  });
});

describe('the client drives the real app through signed requests', () => {
  it('publishes Home when it is opened, and checks in and out from it', async () => {
    expect(await s.action({ type: 'open_home', user: 'U0SAM' })).toEqual({ ok: true });
    expect(textOf((await homeOf('U0SAM'))?.view)).toContain('Not checked in');

    expect(await clickOnHome('U0SAM', ids.attendance.checkIn, 'office')).toEqual({ ok: true });
    expect(textOf((await homeOf('U0SAM'))?.view)).toContain('Checked in at');
    const [member] = await s.db.select().from(members).where(eq(members.userId, 'U0SAM'));
    expect(member).toMatchObject({
      teamId: SANDBOX_TEAM_ID,
      timeZone: 'America/Los_Angeles',
      locale: 'en-US',
    });

    await clickOnHome('U0SAM', ids.attendance.checkOut, '');
    expect(textOf((await homeOf('U0SAM'))?.view)).toMatch(/Checked out|Not checked in/);

    const log = await listLog(s.db, SANDBOX_TEAM_ID);
    expect(log.find((l) => l.name === 'block_actions:attendance_check_in')).toMatchObject({
      status: 200,
      ok: true,
    });
    expect(log.find((l) => l.name === 'views.publish')).toMatchObject({ direction: 'web_api', ok: true });
  });

  it('gives the admin and the approver their seeded roles', async () => {
    await s.action({ type: 'open_home', user: 'U0OLIVIA' });
    expect(textOf((await homeOf('U0OLIVIA'))?.view)).toContain("Who's in now");
    const [minji] = await s.db.select().from(members).where(eq(members.userId, 'U0MINJI'));
    expect(minji?.role).toBe('approver');
  });

  it('answers /homeroom status in a channel with an ephemeral message', async () => {
    expect(
      await s.action({ type: 'message', user: 'U0HARUTO', channel: 'C0GENERAL', text: '/homeroom status' }),
    ).toEqual({
      ok: true,
    });
    const rows = await s.db
      .select()
      .from(sandboxMessages)
      .where(eq(sandboxMessages.ephemeralFor, 'U0HARUTO'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ channel: 'C0GENERAL', userId: 'U0HOMEROOM' });
    // Haruto's Slack locale is ja-JP, so the app answers in Japanese.
    expect(rows[0]!.text).toContain('現在は出勤していません');
  });

  it('replaces the ephemeral status message when its button is clicked (response_url replace_original)', async () => {
    await s.action({ type: 'message', user: 'U0SAM', channel: 'C0GENERAL', text: '/homeroom status' });
    const [reply] = await s.db
      .select()
      .from(sandboxMessages)
      .where(eq(sandboxMessages.ephemeralFor, 'U0SAM'));
    const button = (reply!.blocks as Json[])
      .flatMap((b) => (b.elements as Json[] | undefined) ?? [])
      .find((e) => e.action_id === ids.attendance.checkIn);
    expect(button).toBeDefined();
    await s.action({
      type: 'block_actions',
      user: 'U0SAM',
      payload: {
        container: { type: 'message', channel_id: 'C0GENERAL', message_ts: reply!.ts },
        actions: [{ ...button, block_id: 'b' }],
      },
    });
    const after = await s.db.select().from(sandboxMessages).where(eq(sandboxMessages.ephemeralFor, 'U0SAM'));
    expect(after).toHaveLength(1);
    expect(after[0]!.text).toContain('Checked in at');
  });

  it('opens the check-in modal, shows submit errors under the field, and closes it on success', async () => {
    await s.action({ type: 'open_home', user: 'U0SAM' });
    await clickOnHome('U0SAM', ids.attendance.openCheckInModal, 'new');
    const [modal] = await modalStack(s.db, SANDBOX_TEAM_ID, 'U0SAM');
    expect(modal?.view.callback_id).toBe(ids.attendance.checkInModal);
    const values = (note: string) => ({
      [ids.attendance.locationBlock]: {
        [ids.attendance.locationInput]: { type: 'radio_buttons', selected_option: { value: 'remote' } },
      },
      [ids.attendance.noteBlock]: { [ids.attendance.noteInput]: { type: 'plain_text_input', value: note } },
    });
    await s.action({
      type: 'view_submission',
      user: 'U0SAM',
      payload: { view: { id: modal!.id, state: { values: values('x'.repeat(5000)) } } },
    });
    const [withErrors] = await modalStack(s.db, SANDBOX_TEAM_ID, 'U0SAM');
    expect(Object.keys(withErrors?.errors ?? {})).toEqual([ids.attendance.noteBlock]);

    await s.action({
      type: 'view_submission',
      user: 'U0SAM',
      payload: { view: { id: modal!.id, state: { values: values('At the client') } } },
    });
    expect(await modalStack(s.db, SANDBOX_TEAM_ID, 'U0SAM')).toHaveLength(0);
    const [open] = await s.db.select().from(attendanceSessions);
    expect(open).toMatchObject({ location: 'remote', note: 'At the client' });
    expect(textOf((await homeOf('U0SAM'))?.view)).toContain('At the client');
  });

  it('sends a DM to the bot as a message event with channel_type im', async () => {
    await s.action({ type: 'message', user: 'U0MINJI', channel: 'D0MINJI', text: 'hello there' });
    const sent = (await listLog(s.db, SANDBOX_TEAM_ID)).find((l) => l.name === 'event:message');
    expect(sent?.status).toBe(200);
    expect((sent!.request as Json).event).toMatchObject({
      type: 'message',
      channel: 'D0MINJI',
      channel_type: 'im',
      user: 'U0MINJI',
      text: 'hello there',
    });
  });

  it('turns an @mention in a channel into message and app_mention events, with thread_ts in threads', async () => {
    const parent = await s.api('chat.postMessage', { channel: 'C0GENERAL', text: 'parent' });
    await s.action({
      type: 'message',
      user: 'U0SAM',
      channel: 'C0GENERAL',
      text: '@homeroom help',
      threadTs: parent.ts as string,
    });
    const log = await listLog(s.db, SANDBOX_TEAM_ID);
    const mention = log.find((l) => l.name === 'event:app_mention');
    expect((mention!.request as Json).event).toMatchObject({
      type: 'app_mention',
      text: '<@U0HOMEROOM> help',
      thread_ts: parent.ts,
    });
    expect(mention?.status).toBe(200);
  });

  it('shares an image as file_shared plus a file_share message', async () => {
    const form = new FormData();
    form.set('user', 'U0SAM');
    form.set('channel', 'D0SAM');
    form.set('text', 'receipt');
    form.set('file', new Blob([Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1')]), 'r.gif');
    const res = await fetch(`${s.url}/api/sandbox/share`, { method: 'POST', body: form });
    expect(await res.json()).toEqual({ ok: true });
    await s.settle();
    const log = await listLog(s.db, SANDBOX_TEAM_ID);
    const shared = log.find((l) => l.name === 'event:file_shared');
    expect(shared?.status).toBe(200);
    const message = log.find((l) => l.name === 'event:message');
    expect((message!.request as Json).event).toMatchObject({
      subtype: 'file_share',
      channel_type: 'im',
      files: [{ mimetype: 'image/gif', name: 'r.gif' }],
    });
  });

  it('wipes the app data of the sandbox team on reset and seeds again', async () => {
    await s.action({ type: 'open_home', user: 'U0SAM' });
    await clickOnHome('U0SAM', ids.attendance.checkIn, 'office');
    expect(await s.db.select().from(attendanceSessions)).toHaveLength(1);
    expect(await s.action({ type: 'reset' })).toEqual({ ok: true });
    expect(await s.db.select().from(attendanceSessions)).toHaveLength(0);
    expect(await homeOf('U0SAM')).toBeUndefined();
    const people = await (await getDb()).select().from(members);
    expect(people).toHaveLength(6);
  });
});

describe('response_action answers to view_submission', () => {
  const modalView = (title: string) => ({
    type: 'modal',
    callback_id: 'test_modal',
    title: { type: 'plain_text', text: title },
    submit: { type: 'plain_text', text: 'Next' },
    blocks: [],
  });

  it('pushes, updates and clears the stack as the app answers', async () => {
    await insertTrigger(s.db, SANDBOX_TEAM_ID, 'trig-ra', 'U0SAM', new Date());
    await s.api('views.open', { trigger_id: 'trig-ra', view: modalView('First') });
    const ctx = await sandboxContext(getSlackEnv(), { db: s.db });
    // Stands in for the app: answers every submission with the next response_action.
    const answers: Json[] = [
      { response_action: 'push', view: modalView('Second') },
      { response_action: 'update', view: modalView('Second, updated') },
      { response_action: 'clear' },
    ];
    const deliver = async () =>
      new Response(JSON.stringify(answers.shift()), { headers: { 'content-type': 'application/json' } });
    const submitTop = async () => {
      const stack = await modalStack(s.db, SANDBOX_TEAM_ID, 'U0SAM');
      await runClientAction(ctx, deliver, {
        type: 'view_submission',
        user: 'U0SAM',
        payload: { view: { id: stack.at(-1)!.id, state: { values: {} } } },
      });
      return (await modalStack(s.db, SANDBOX_TEAM_ID, 'U0SAM')).map((v) => (v.view.title as Json).text);
    };
    expect(await submitTop()).toEqual(['First', 'Second']);
    expect(await submitTop()).toEqual(['First', 'Second, updated']);
    expect(await submitTop()).toEqual([]);
  });
});
