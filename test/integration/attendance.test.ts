import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { attendanceSessions, jobs, members } from '@/db/schema';
import { ids } from '@/slack/ids';
import { type Harness, startHarness } from '@/test/helpers/harness';
import { appHomeOpened, buttonClick, slashCommand, viewSubmission } from '@/test/helpers/slack-request';
import { textOf } from '@/test/helpers/view-text';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  h.slack
    .addUser({ id: 'USEOUL', name: 'Minji', tz: 'Asia/Seoul' })
    .addUser({ id: 'ULA', name: 'Sam', tz: 'America/Los_Angeles' })
    .addUser({ id: 'UADMIN', name: 'Hana', tz: 'Europe/Berlin', is_admin: true });
});
afterAll(() => h.close());
beforeEach(async () => {
  h.slack.reset();
  await h.db.delete(jobs);
  await h.db.delete(attendanceSessions);
});
afterEach(() => {
  vi.useRealTimers();
});

function lastPublishedView(user: string) {
  const call = h.slack
    .callsTo('views.publish')
    .filter((c) => c.args.user_id === user)
    .at(-1);
  expect(call, `a views.publish for ${user}`).toBeDefined();
  return call!.args.view as {
    type: string;
    blocks: { block_id?: string; elements?: { action_id: string }[] }[];
  };
}

async function openSessions(userId: string) {
  return h.db
    .select({ s: attendanceSessions })
    .from(attendanceSessions)
    .innerJoin(members, eq(members.id, attendanceSessions.memberId))
    .where(and(eq(members.userId, userId), isNull(attendanceSessions.checkOutAt)));
}

function at(iso: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
}

describe('the Home tab', () => {
  it('publishes today card and week when the Home tab is opened', async () => {
    await h.sendAndSettle(appHomeOpened('USEOUL'));
    const view = lastPublishedView('USEOUL');
    expect(view.type).toBe('home');
    expect(textOf(view)).toContain('Minji');
    expect(textOf(view)).toContain('Not checked in');
    const actions = view.blocks.find((b) => b.block_id === ids.attendance.actionsBlock);
    expect(actions?.elements?.map((e) => e.action_id)).toEqual([
      ids.attendance.checkIn,
      ids.attendance.checkInRemote,
      ids.attendance.openCheckInModal,
    ]);
  });

  it('publishes nothing when the Messages tab is opened', async () => {
    await h.sendAndSettle(appHomeOpened('USEOUL', 'messages'));
    expect(h.slack.callsTo('views.publish')).toHaveLength(0);
  });

  it('stores the member with the time zone from users.info', async () => {
    await h.sendAndSettle(appHomeOpened('ULA'));
    const [row] = await h.db.select().from(members).where(eq(members.userId, 'ULA'));
    expect(row?.timeZone).toBe('America/Los_Angeles');
    expect(h.slack.callsTo('users.info')[0]?.args).toMatchObject({ user: 'ULA', include_locale: 'true' });
  });

  it('asks users.info again on the next request when it failed for a new member', async () => {
    h.slack.addUser({ id: 'UNEW', name: 'Rio', tz: 'America/Los_Angeles' });
    h.slack.on('users.info', () => ({ ok: false, error: 'ratelimited' }));
    await h.sendAndSettle(appHomeOpened('UNEW'));
    const [first] = await h.db.select().from(members).where(eq(members.userId, 'UNEW'));
    expect(first).toMatchObject({ timeZone: 'UTC', profileSyncedAt: null });
    expect(h.slack.callsTo('views.publish')).toHaveLength(1);

    h.slack.reset();
    await h.sendAndSettle(appHomeOpened('UNEW'));
    const [second] = await h.db.select().from(members).where(eq(members.userId, 'UNEW'));
    expect(second?.timeZone).toBe('America/Los_Angeles');
    expect(second?.profileSyncedAt).not.toBeNull();
    expect(h.slack.callsTo('users.info')).toHaveLength(1);
  });

  it('shows admins who is in, and members not', async () => {
    await h.sendAndSettle(buttonClick('USEOUL', ids.attendance.checkIn, 'office'));
    await h.sendAndSettle(appHomeOpened('UADMIN'));
    await h.sendAndSettle(appHomeOpened('ULA'));
    expect(textOf(lastPublishedView('UADMIN'))).toMatch(/Who's in now\* · 1[\s\S]*<@USEOUL/);
    expect(textOf(lastPublishedView('ULA'))).not.toContain("Who's in now");
  });
});

describe('checking in and out from Home', () => {
  it('records a session and re-publishes Home at once when Check in is clicked', async () => {
    const res = await h.sendAndSettle(buttonClick('USEOUL', ids.attendance.checkIn, 'office'));
    expect(res.status).toBe(200);
    const [open] = await openSessions('USEOUL');
    expect(open?.s).toMatchObject({ location: 'office', checkInSource: 'home', checkOutAt: null });
    const view = lastPublishedView('USEOUL');
    expect(textOf(view)).toContain('Checked in at');
    const actions = view.blocks.find((b) => b.block_id === ids.attendance.actionsBlock);
    expect(actions?.elements?.[0]?.action_id).toBe(ids.attendance.checkOut);
  });

  it('records remote work from the remote button', async () => {
    await h.sendAndSettle(buttonClick('USEOUL', ids.attendance.checkInRemote, 'remote'));
    const [open] = await openSessions('USEOUL');
    expect(open?.s.location).toBe('remote');
  });

  it('keeps one open session when Check in is clicked twice at once', async () => {
    const clicks = await Promise.all([
      h.send(buttonClick('USEOUL', ids.attendance.checkIn, 'office')),
      h.send(buttonClick('USEOUL', ids.attendance.checkIn, 'office')),
      h.send(buttonClick('USEOUL', ids.attendance.checkIn, 'office')),
    ]);
    await h.settle();
    expect(clicks.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(await openSessions('USEOUL')).toHaveLength(1);
    const autoCloseJobs = await h.db.select().from(jobs).where(eq(jobs.kind, 'attendance.auto_close'));
    expect(autoCloseJobs).toHaveLength(1);
  });

  it('closes the session when Check out is clicked', async () => {
    await h.sendAndSettle(buttonClick('USEOUL', ids.attendance.checkIn, 'office'));
    await h.sendAndSettle(buttonClick('USEOUL', ids.attendance.checkOut, 'check_out'));
    expect(await openSessions('USEOUL')).toHaveLength(0);
    expect(textOf(lastPublishedView('USEOUL'))).toContain('Not checked in');
  });

  it('tells the member kindly when Check out finds nothing open (a stale tab)', async () => {
    await h.sendAndSettle(buttonClick('USEOUL', ids.attendance.checkOut, 'check_out'));
    expect(textOf(lastPublishedView('USEOUL'))).toContain("You aren't checked in right now");
  });
});

describe('the check-in modal', () => {
  it('opens the modal with the trigger_id before anything slow', async () => {
    await h.sendAndSettle(buttonClick('USEOUL', ids.attendance.openCheckInModal, 'new'));
    const [open] = h.slack.callsTo('views.open');
    expect(open?.args.trigger_id).toMatch(/^trig\./);
    expect((open!.args.view as { callback_id: string }).callback_id).toBe(ids.attendance.checkInModal);
    expect(h.slack.calls.map((c) => c.method)).not.toContain('views.update');
  });

  it('fills in the open session note after opening the edit modal', async () => {
    await h.sendAndSettle(slashCommand('USEOUL', 'in remote at the dentist until 10', h.slack.responseUrl()));
    await h.sendAndSettle(buttonClick('USEOUL', ids.attendance.openCheckInModal, 'edit'));
    const methods = h.slack.calls.map((c) => c.method);
    expect(methods.indexOf('views.open')).toBeLessThan(methods.indexOf('views.update'));
    const update = h.slack.callsTo('views.update')[0]!.args.view as { blocks: unknown[] };
    expect(JSON.stringify(update.blocks)).toContain('at the dentist until 10');
  });

  it('checks in with a place and a note on submit', async () => {
    const res = await h.sendAndSettle(
      viewSubmission(
        'USEOUL',
        ids.attendance.checkInModal,
        {
          [ids.attendance.locationBlock]: {
            [ids.attendance.locationInput]: { type: 'radio_buttons', selected_option: { value: 'remote' } },
          },
          [ids.attendance.noteBlock]: {
            [ids.attendance.noteInput]: { type: 'plain_text_input', value: ' home today ' },
          },
        },
        { privateMetadata: 'new' },
      ),
    );
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    const [open] = await openSessions('USEOUL');
    expect(open?.s).toMatchObject({ location: 'remote', note: 'home today' });
    expect(textOf(lastPublishedView('USEOUL'))).toContain('home today');
  });

  it('shows an error under the note when it is too long, and saves nothing', async () => {
    const res = await h.sendAndSettle(
      viewSubmission('USEOUL', ids.attendance.checkInModal, {
        [ids.attendance.locationBlock]: {
          [ids.attendance.locationInput]: { type: 'radio_buttons', selected_option: { value: 'office' } },
        },
        [ids.attendance.noteBlock]: {
          [ids.attendance.noteInput]: { type: 'plain_text_input', value: 'x'.repeat(501) },
        },
      }),
    );
    expect(await res.json()).toEqual({
      response_action: 'errors',
      errors: { [ids.attendance.noteBlock]: 'Keep the note under 500 characters.' },
    });
    expect(await openSessions('USEOUL')).toHaveLength(0);
  });
});

describe('/homeroom', () => {
  const responses = () => h.slack.callsTo('response_url').map((c) => c.args);

  it('checks in with /homeroom in and answers ephemerally, keeping Home in step', async () => {
    await h.sendAndSettle(slashCommand('ULA', 'in remote working from the train', h.slack.responseUrl()));
    const [reply] = responses();
    expect(reply).toMatchObject({ response_type: 'ephemeral' });
    expect(String(reply?.text)).toContain('Checked in at');
    const [open] = await openSessions('ULA');
    expect(open?.s).toMatchObject({
      location: 'remote',
      note: 'working from the train',
      checkInSource: 'command',
    });
    expect(textOf(lastPublishedView('ULA'))).toContain('Checked in at');
  });

  it('says so when /homeroom in finds an open session', async () => {
    await h.sendAndSettle(slashCommand('ULA', 'in', h.slack.responseUrl()));
    await h.sendAndSettle(slashCommand('ULA', 'in', h.slack.responseUrl()));
    expect(String(responses()[1]?.text)).toContain("You're already checked in");
    expect(await openSessions('ULA')).toHaveLength(1);
  });

  it('checks out with /homeroom out, and says so kindly when nothing is open', async () => {
    await h.sendAndSettle(slashCommand('ULA', 'out', h.slack.responseUrl()));
    expect(String(responses()[0]?.text)).toContain("You aren't checked in");
    await h.sendAndSettle(slashCommand('ULA', 'in', h.slack.responseUrl()));
    await h.sendAndSettle(slashCommand('ULA', 'out', h.slack.responseUrl()));
    expect(String(responses()[2]?.text)).toContain('Checked out at');
    expect(await openSessions('ULA')).toHaveLength(0);
  });

  it('shows today and the week with /homeroom status', async () => {
    await h.sendAndSettle(slashCommand('ULA', 'status', h.slack.responseUrl()));
    const [reply] = responses();
    expect(reply?.text).toBe("You're not checked in.");
    expect(textOf(reply?.blocks)).toContain('This week');
  });

  it('shows help for /homeroom help and for words it does not know', async () => {
    await h.sendAndSettle(slashCommand('ULA', 'help', h.slack.responseUrl()));
    await h.sendAndSettle(slashCommand('ULA', 'dance', h.slack.responseUrl()));
    expect(textOf(responses()[0]?.blocks)).toContain('/homeroom in');
    expect(textOf(responses()[1]?.blocks)).toContain('dance');
  });
});

describe('time zones', () => {
  it("splits a Seoul member's session across local midnight", async () => {
    at('2026-11-24T14:30:00Z'); // 23:30 in Seoul
    await h.sendAndSettle(buttonClick('USEOUL', ids.attendance.checkIn, 'office'));
    at('2026-11-24T15:45:00Z'); // 00:45 the next day in Seoul
    await h.sendAndSettle(appHomeOpened('USEOUL'));
    const text = textOf(lastPublishedView('USEOUL'));
    expect(text).toContain('Checked in at *11:30 PM*');
    expect(text).toContain('Worked today: *45 m*');
    expect(text).toContain('Tue, Nov 24\n30 m');
    expect(text).toContain('*Wed, Nov 25 (today)*\n45 m');
  });

  it('counts the real hours of a Los Angeles night when DST ends', async () => {
    at('2026-11-01T07:00:00Z'); // 00:00 PDT on Sunday Nov 1
    await h.sendAndSettle(buttonClick('ULA', ids.attendance.checkIn, 'office'));
    at('2026-11-01T11:00:00Z'); // 03:00 PST: four real hours later, clocks went back at 02:00
    await h.sendAndSettle(buttonClick('ULA', ids.attendance.checkOut, 'check_out'));
    await h.sendAndSettle(appHomeOpened('ULA'));
    const text = textOf(lastPublishedView('ULA'));
    expect(text).toContain('Worked today: *4 h 00 m*');
    expect(text).toContain('*Sun, Nov 1 (today)*\n4 h 00 m');
  });
});

describe('the reminder and the auto-close job', () => {
  it('reminds in the evening, closes at the configured hour, flags it and tells the member', async () => {
    at('2026-11-24T00:00:00Z'); // 09:00 in Seoul
    await h.sendAndSettle(buttonClick('USEOUL', ids.attendance.checkIn, 'office'));
    vi.useRealTimers();

    expect(await h.runJobs(new Date('2026-11-24T08:59:00Z'))).toEqual({ done: 0, retried: 0, failed: 0 });
    expect(await h.runJobs(new Date('2026-11-24T09:00:00Z'))).toEqual({ done: 1, retried: 0, failed: 0 }); // 18:00
    const [reminder] = h.slack.callsTo('chat.postMessage');
    expect(reminder?.args.channel).toBe('DUSEOUL');
    expect(textOf(reminder?.args.blocks)).toContain("You're still checked in since *9:00 AM*");
    expect(JSON.stringify(reminder?.args.blocks)).toContain(ids.attendance.checkOut);

    expect(await h.runJobs(new Date('2026-11-24T14:05:00Z'))).toEqual({ done: 1, retried: 0, failed: 0 }); // 23:05
    const [closed] = await h.db.select().from(attendanceSessions);
    expect(closed?.checkOutSource).toBe('auto_close');
    expect(closed?.checkOutAt?.toISOString()).toBe('2026-11-24T14:00:00.000Z');
    const notice = h.slack.callsTo('chat.postMessage')[1];
    expect(textOf(notice?.args.blocks)).toContain('closed your session from *9:00 AM* at *11:00 PM*');
    expect(textOf(lastPublishedView('USEOUL'))).toContain('closed automatically');

    expect(await h.runJobs(new Date('2026-11-25T14:05:00Z'))).toEqual({ done: 0, retried: 0, failed: 0 });
  });

  it('does nothing at auto-close time when the member checked out', async () => {
    at('2026-11-24T00:00:00Z');
    await h.sendAndSettle(buttonClick('USEOUL', ids.attendance.checkIn, 'office'));
    at('2026-11-24T08:00:00Z');
    await h.sendAndSettle(buttonClick('USEOUL', ids.attendance.checkOut, 'check_out'));
    vi.useRealTimers();
    h.slack.reset();
    expect(await h.runJobs(new Date('2026-11-24T15:00:00Z'))).toEqual({ done: 2, retried: 0, failed: 0 });
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(0);
    const [row] = await h.db.select().from(attendanceSessions);
    expect(row?.checkOutSource).toBe('home');
  });

  it('checks out from the reminder DM and replaces the reminder', async () => {
    await h.sendAndSettle(buttonClick('USEOUL', ids.attendance.checkIn, 'office'));
    await h.sendAndSettle(
      buttonClick('USEOUL', ids.attendance.checkOut, 'check_out', {
        container: { type: 'message', message_ts: '1.1', channel_id: 'DUSEOUL', is_ephemeral: false },
        responseUrl: h.slack.responseUrl('dm'),
      }),
    );
    expect(await openSessions('USEOUL')).toHaveLength(0);
    const [replaced] = h.slack.callsTo('response_url');
    expect(replaced?.args).toMatchObject({ replace_original: true });
    expect(String(replaced?.args.text)).toContain('Checked out at');
  });

  it('retries a DM that fails and keeps the job', async () => {
    await h.sendAndSettle(buttonClick('USEOUL', ids.attendance.checkIn, 'office'));
    h.slack.on('conversations.open', () => ({ ok: false, error: 'ratelimited' }));
    const [job] = await h.db.select().from(jobs).where(eq(jobs.kind, 'attendance.auto_close'));
    const result = await h.runJobs(new Date(job!.runAt.getTime() + 60_000));
    expect(result.retried).toBeGreaterThanOrEqual(1);
    const [row] = await h.db.select().from(jobs).where(eq(jobs.id, job!.id));
    expect(row?.status).toBe('queued');
    expect(row?.lastError).toContain('ratelimited');
  });
});
