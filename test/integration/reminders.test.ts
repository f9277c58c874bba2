import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { POST as cron } from '@/app/api/cron/route';
import { upsertMemberProfile } from '@/db/queries/members';
import { attendanceSessions, jobs, type Member, members, requests } from '@/db/schema';
import { createSlackRuntime, setSlackRuntime } from '@/slack/app';
import { checkInMember } from '@/slack/attendance';
import { getSlackEnv } from '@/slack/env';
import { ensurePlanner, planReminders, reminderKinds } from '@/slack/reminders';
import { type Harness, startHarness } from '@/test/helpers/harness';
import { TEST_SECRET } from '@/test/helpers/slack-request';

const CRON_SECRET = 'cron-secret-0123456789abcdef';
let h: Harness;

/** Monday 30 November 2026, 09:05 in Seoul and Tokyo; Sunday evening in New York. */
const MONDAY_SEOUL_9 = new Date('2026-11-30T00:05:00Z');
/** The same Monday, 09:05 in New York. */
const MONDAY_NY_9 = new Date('2026-11-30T14:05:00Z');
const SATURDAY_SEOUL_9 = new Date('2026-11-28T00:05:00Z');

const settings = {
  morningReminderHour: 9,
  digestChannel: 'C0DIGEST',
  digestHour: 9,
  digestTimeZone: 'Asia/Seoul',
};

let ko: Member;
let ja: Member;

async function addMember(userId: string, timeZone: string, locale: string): Promise<Member> {
  const m = await upsertMemberProfile(h.db, {
    teamId: 'T1',
    userId,
    displayName: userId,
    realName: userId,
    timeZone,
    locale,
    isWorkspaceAdmin: false,
  });
  // Joined a week before the injected clock: "active" for the reminders.
  await h.db
    .update(members)
    .set({ createdAt: new Date('2026-11-23T00:00:00Z') })
    .where(eq(members.id, m.id));
  return m;
}

/** Runs due jobs at `now` until none is left, like the worker does. */
async function drain(now: Date) {
  for (let i = 0; i < 100; i++) {
    const r = await h.runJobs(now);
    if (r.done + r.retried + r.failed === 0) return;
  }
  throw new Error('jobs did not settle');
}

function dmTexts(): Record<string, string> {
  const opened = h.slack.callsTo('conversations.open').map((c) => String(c.args.users));
  const posted = h.slack.callsTo('chat.postMessage').filter((c) => String(c.args.channel).startsWith('D'));
  return Object.fromEntries(
    posted
      .map((c) => [String(c.args.channel).slice(1), String(c.args.text)])
      .filter(([u]) => opened.includes(u!)),
  );
}

function leave(member: Member, date: string, dayPart: 'full' | 'morning' | 'afternoon') {
  return h.db.insert(requests).values({
    teamId: 'T1',
    memberId: member.id,
    kind: 'leave',
    status: 'approved',
    leaveType: 'sick',
    reason: 'flu',
    startDate: date,
    endDate: date,
    dayPart,
  });
}

beforeAll(async () => {
  h = await startHarness({
    HOMEROOM_DIGEST_CHANNEL: settings.digestChannel,
    HOMEROOM_DIGEST_TIME_ZONE: settings.digestTimeZone,
    CRON_SECRET,
  });
});
afterAll(() => h.close());
beforeEach(async () => {
  h.slack.reset();
  await h.db.delete(jobs);
  await h.db.delete(requests);
  await h.db.delete(attendanceSessions);
  await h.db.delete(members);
  await addMember('UEN', 'America/New_York', 'en-US');
  ko = await addMember('UKO', 'Asia/Seoul', 'ko-KR');
  ja = await addMember('UJA', 'Asia/Tokyo', 'ja-JP');
});

describe('the morning reminder', () => {
  it("goes out at each member's local hour on a weekday, in their language", async () => {
    await ensurePlanner(h.db, MONDAY_SEOUL_9);
    await drain(MONDAY_SEOUL_9);
    expect(dmTexts()).toEqual({
      UKO: '좋은 아침이에요! 아직 출근 기록이 없어요.',
      UJA: 'おはようございます！まだ出勤の記録がありません。',
    });
    h.slack.reset();
    await drain(MONDAY_NY_9);
    expect(dmTexts()).toEqual({ UEN: "Good morning! You haven't checked in yet." });
  });

  it('is never sent twice, however often the planner runs in the window', async () => {
    expect(await planReminders(h.db, MONDAY_SEOUL_9, settings)).toEqual({ reminders: 2, digests: 1 });
    expect(await planReminders(h.db, MONDAY_SEOUL_9, settings)).toEqual({ reminders: 0, digests: 0 });
    await drain(MONDAY_SEOUL_9);
    const later = new Date(MONDAY_SEOUL_9.getTime() + 30 * 60_000);
    expect(await planReminders(h.db, later, settings)).toEqual({ reminders: 0, digests: 0 });
    await drain(later);
    expect(h.slack.callsTo('conversations.open')).toHaveLength(2);
  });

  it('is skipped on weekends', async () => {
    expect(await planReminders(h.db, SATURDAY_SEOUL_9, settings)).toEqual({ reminders: 0, digests: 0 });
  });

  it('is skipped for members already checked in today and on approved leave this morning', async () => {
    await h.db.insert(attendanceSessions).values({
      teamId: 'T1',
      memberId: ko.id,
      checkInAt: new Date('2026-11-29T23:50:00Z'),
      checkOutAt: new Date('2026-11-30T00:01:00Z'),
      checkInSource: 'home',
      location: 'office',
    });
    await leave(ja, '2026-11-30', 'morning');
    await planReminders(h.db, MONDAY_SEOUL_9, { ...settings, digestChannel: undefined });
    await drain(MONDAY_SEOUL_9);
    expect(dmTexts()).toEqual({});
    const done = await h.db.select().from(jobs).where(eq(jobs.kind, reminderKinds.morning));
    expect(done.map((j) => j.status)).toEqual(['done', 'done']);
  });

  it('still reminds someone whose leave is in the afternoon', async () => {
    await leave(ja, '2026-11-30', 'afternoon');
    await planReminders(h.db, MONDAY_SEOUL_9, { ...settings, digestChannel: undefined });
    await drain(MONDAY_SEOUL_9);
    expect(Object.keys(dmTexts()).sort()).toEqual(['UJA', 'UKO']);
  });

  it('is off when the hour is off', async () => {
    expect(await planReminders(h.db, MONDAY_SEOUL_9, { ...settings, morningReminderHour: null })).toEqual({
      reminders: 0,
      digests: 1,
    });
  });

  it('skips members with no activity in 30 days', async () => {
    await h.db
      .update(members)
      .set({ createdAt: new Date('2026-09-01T00:00:00Z') })
      .where(eq(members.id, ja.id));
    await h.db.insert(attendanceSessions).values({
      teamId: 'T1',
      memberId: ko.id,
      checkInAt: new Date('2026-09-02T00:00:00Z'),
      checkOutAt: new Date('2026-09-02T08:00:00Z'),
      checkInSource: 'home',
      location: 'office',
    });
    await h.db
      .update(members)
      .set({ createdAt: new Date('2026-09-01T00:00:00Z') })
      .where(eq(members.id, ko.id));
    expect(await planReminders(h.db, MONDAY_SEOUL_9, { ...settings, digestChannel: undefined })).toEqual({
      reminders: 0,
      digests: 0,
    });
  });
});

describe('the daily digest', () => {
  it("posts who's in and who's out to the channel at the digest hour, without leave types or reasons", async () => {
    await h.db.insert(attendanceSessions).values({
      teamId: 'T1',
      memberId: ko.id,
      checkInAt: new Date('2026-11-29T23:40:00Z'),
      checkInSource: 'home',
      location: 'remote',
    });
    await leave(ja, '2026-11-30', 'full');
    await planReminders(h.db, MONDAY_SEOUL_9, { ...settings, morningReminderHour: null });
    await drain(MONDAY_SEOUL_9);
    const [post] = h.slack.callsTo('chat.postMessage');
    expect(post?.args.channel).toBe('C0DIGEST');
    expect(post?.args.text).toBe("Who's in and who's out today");
    expect(post?.args.blocks).toEqual([
      {
        type: 'header',
        text: { type: 'plain_text', text: 'Good morning! Today, Monday, November 30', emoji: true },
      },
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: '*In now* · 1\n•\u00a0<@UKO|>\u00a0· Remote · since 8:40 AM',
          verbatim: true,
        },
      },
      { type: 'divider' },
      { type: 'section', text: { type: 'mrkdwn', text: '*Out today* · 1\n•\u00a0<@UJA|>', verbatim: true } },
      {
        type: 'context',
        elements: [{ type: 'mrkdwn', text: 'Times in Asia/Seoul.', verbatim: true }],
      },
    ]);
    expect(JSON.stringify(post?.args)).not.toMatch(/sick|flu/);
  });

  it('logs and skips when the bot is not in the channel, and does not retry', async () => {
    h.slack.on('chat.postMessage', () => ({ ok: false, error: 'not_in_channel' }));
    await planReminders(h.db, MONDAY_SEOUL_9, { ...settings, morningReminderHour: null });
    await drain(MONDAY_SEOUL_9);
    const [digest] = await h.db.select().from(jobs).where(eq(jobs.kind, reminderKinds.digest));
    expect(digest).toMatchObject({ status: 'done', attempts: 1 });
  });
});

describe('Slack errors and rate limits', () => {
  it('waits Retry-After on a 429 and then delivers', async () => {
    h.slack.script('chat.postMessage', { status: 429, headers: { 'retry-after': '1' } });
    await planReminders(h.db, MONDAY_SEOUL_9, { ...settings, digestChannel: undefined });
    await drain(MONDAY_SEOUL_9);
    const calls = h.slack.callsTo('chat.postMessage');
    expect(calls).toHaveLength(3);
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(950);
    expect(Object.keys(dmTexts()).sort()).toEqual(['UJA', 'UKO']);
    const states = await h.db.select().from(jobs).where(eq(jobs.kind, reminderKinds.morning));
    expect(states.map((j) => [j.status, j.attempts])).toEqual([
      ['done', 1],
      ['done', 1],
    ]);
  });

  it.each(['account_inactive', 'user_not_found', 'cannot_dm_bot'])(
    'skips a member whose DM fails with %s and completes the job',
    async (error) => {
      h.slack.on('conversations.open', (args) =>
        args.users === 'UJA' ? { ok: false, error } : { ok: true, channel: { id: `D${String(args.users)}` } },
      );
      await planReminders(h.db, MONDAY_SEOUL_9, { ...settings, digestChannel: undefined });
      await drain(MONDAY_SEOUL_9);
      expect(Object.keys(dmTexts())).toEqual(['UKO']);
      const states = await h.db.select().from(jobs).where(eq(jobs.kind, reminderKinds.morning));
      expect(states.map((j) => j.status)).toEqual(['done', 'done']);
    },
  );

  it('skips the evening check-out reminder of a deactivated account instead of retrying it', async () => {
    await checkInMember(
      h.db,
      ko,
      { at: new Date('2026-11-30T00:00:00Z'), source: 'home', location: 'office' },
      { checkoutReminderHour: 18, autoCloseHour: 23 },
    );
    h.slack.on('conversations.open', () => ({ ok: false, error: 'account_inactive' }));
    expect(await h.runJobs(new Date('2026-11-30T09:00:00Z'))).toEqual({ done: 1, retried: 0, failed: 0 });
  });

  it('reminds 500 members through 429s, each exactly once', async () => {
    const rows = Array.from({ length: 500 }, (_, i) => ({
      teamId: 'T1',
      userId: `UBULK${String(i).padStart(4, '0')}`,
      timeZone: 'Asia/Seoul',
      locale: i % 2 ? 'ko-KR' : 'ja-JP',
      createdAt: new Date('2026-11-23T00:00:00Z'),
    }));
    await h.db.insert(members).values(rows);
    h.slack.script(
      'chat.postMessage',
      { status: 429, headers: { 'retry-after': '1' } },
      { status: 429, headers: { 'retry-after': '1' } },
    );
    expect(await planReminders(h.db, MONDAY_SEOUL_9, { ...settings, digestChannel: undefined })).toEqual({
      reminders: 502,
      digests: 0,
    });
    await drain(MONDAY_SEOUL_9);
    const delivered = new Set(Object.keys(dmTexts()));
    expect(delivered.size).toBe(502);
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(504);
    const states = await h.db
      .select({ status: jobs.status })
      .from(jobs)
      .where(inArray(jobs.kind, [reminderKinds.morning]));
    expect(states.every((s) => s.status === 'done')).toBe(true);
  }, 120_000);
});

describe('POST /api/cron', () => {
  const cronRequest = (auth?: string) =>
    new Request('http://localhost/api/cron', {
      method: 'POST',
      headers: auth ? { authorization: auth } : {},
    });

  it('rejects a missing or wrong secret with 401 and runs nothing', async () => {
    expect((await cron(cronRequest())).status).toBe(401);
    expect((await cron(cronRequest('Bearer wrong-secret-0123456789abc'))).status).toBe(401);
    expect((await cron(cronRequest(`Bearer ${CRON_SECRET}x`))).status).toBe(401);
    expect(await h.db.select().from(jobs)).toEqual([]);
  });

  /** Runs `fn` with the app configured by `env` instead of the harness's own. */
  async function withRuntime(env: Record<string, string>, fn: () => Promise<void>) {
    setSlackRuntime(
      createSlackRuntime(
        getSlackEnv({
          SLACK_SIGNING_SECRET: TEST_SECRET,
          SLACK_BOT_TOKEN: 'xoxb-test',
          SLACK_API_URL: h.slack.apiUrl,
          SLACK_API_RETRIES: '0',
          LOG_LEVEL: 'silent',
          ...env,
        }),
      ),
    );
    try {
      await fn();
    } finally {
      setSlackRuntime(h.runtime);
    }
  }

  it('runs due jobs with the right secret and says how many', async () => {
    // The clock is real here: reminders and the digest are off, so what is due is what cron seeds
    // itself: the planner, the daily prune of seen event ids and the daily approval reminder.
    await withRuntime({ CRON_SECRET, HOMEROOM_MORNING_REMINDER_HOUR: 'off' }, async () => {
      const res = await cron(cronRequest(`Bearer ${CRON_SECRET}`));
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ done: 3, retried: 0, failed: 0 });
    });
    const done = await h.db.select({ kind: jobs.kind }).from(jobs).where(eq(jobs.status, 'done'));
    expect(done.map((j) => j.kind).sort()).toEqual(
      [reminderKinds.plan, 'requests.approval_reminder', 'system.prune_events'].sort(),
    );
    const planners = await h.db.select().from(jobs).where(eq(jobs.kind, reminderKinds.plan));
    expect(planners.map((j) => j.status).sort()).toEqual(['done', 'queued']);
  });

  it('answers 503 with a clear message while CRON_SECRET is unset', async () => {
    await withRuntime({}, async () => {
      const res = await cron(cronRequest(`Bearer ${CRON_SECRET}`));
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({
        error: 'CRON_SECRET is not set on the server; set it to enable /api/cron.',
      });
    });
  });
});
