import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { jobs, members, requestEvents, requests } from '@/db/schema';
import { approvalReminderJob, scheduleApprovalReminder } from '@/slack/approval-reminders';
import { type Harness, startHarness } from '@/test/helpers/harness';
import { appHomeOpened } from '@/test/helpers/slack-request';

const T0 = new Date('2026-11-24T09:00:00Z');
const hoursBefore = (h: number, from = T0) => new Date(from.getTime() - h * 3_600_000);
const DAY = 24 * 3_600_000;

async function seedMembers(h: Harness) {
  h.slack
    .addUser({ id: 'UADMIN', name: 'Hana', tz: 'Europe/Berlin', is_admin: true })
    .addUser({ id: 'UADMINKO', name: 'Jisoo', tz: 'Asia/Seoul', locale: 'ko-KR', is_admin: true })
    .addUser({ id: 'UMEMBER', name: 'Minji', tz: 'Asia/Seoul' });
  for (const user of ['UADMIN', 'UADMINKO', 'UMEMBER']) await h.sendAndSettle(appHomeOpened(user));
}

async function seedRequests(h: Harness) {
  const [m] = await h.db.select().from(members).where(eq(members.userId, 'UMEMBER'));
  const base = { teamId: 'T1', memberId: m!.id };
  return h.db
    .insert(requests)
    .values([
      { ...base, kind: 'expense', amount: '42.50', currency: 'EUR', createdAt: hoursBefore(30) },
      {
        ...base,
        kind: 'leave',
        startDate: '2026-12-21',
        endDate: '2026-12-23',
        days: '3',
        createdAt: hoursBefore(25),
      },
      // Too recent to remind.
      { ...base, kind: 'general', subject: 'New chair', createdAt: hoursBefore(23) },
      // Old, but decided.
      { ...base, kind: 'equipment', item: 'Monitor', status: 'approved', createdAt: hoursBefore(100) },
    ])
    .returning();
}

function posts(h: Harness) {
  return h.slack.callsTo('chat.postMessage');
}

describe('approval reminders to the approvers channel', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      HOMEROOM_APPROVERS_CHANNEL: 'CAPPROVERS',
      HOMEROOM_APPROVAL_REMINDER_HOURS: '24',
    });
    await seedMembers(h);
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    h.slack.reset();
    await h.db.delete(jobs);
    await h.db.delete(requests);
  });

  it('posts one summary of the requests pending longer than N hours, and marks them with an audit row', async () => {
    const [expense, leave, recent, decided] = await seedRequests(h);
    await scheduleApprovalReminder(h.db, T0);
    expect(await h.runJobs(T0)).toEqual({ done: 1, retried: 0, failed: 0 });

    expect(posts(h)).toHaveLength(1);
    const post = posts(h)[0]!;
    expect(post.args.channel).toBe('CAPPROVERS');
    expect(post.args.text).toBe('2 requests are waiting for approval for more than 24 hours');
    const text = JSON.stringify(post.args.blocks);
    expect(text).toContain(`#${expense!.id} Expense · €42.50 · waiting 30 hours`);
    expect(text).toContain(`#${leave!.id} Leave · Mon, Dec 21 – Wed, Dec 23 (3) · waiting 25 hours`);
    expect(text).toContain(`•\u00a0<@UMEMBER|>\u00a0·\u00a0#${expense!.id} `);
    expect(text).not.toContain(`#${recent!.id} `);
    expect(text).not.toContain(`#${decided!.id} `);

    const rows = await h.db.select().from(requests);
    const reminded = rows.filter((r) => r.remindedAt).map((r) => r.id);
    expect(reminded.sort()).toEqual([expense!.id, leave!.id].sort());
    const audit = await h.db.select().from(requestEvents).where(eq(requestEvents.action, 'reminded'));
    expect(audit.map((e) => [e.requestId, e.actorId]).sort()).toEqual(
      [
        [expense!.id, null],
        [leave!.id, null],
      ].sort(),
    );
  });

  it('reminds once a day: a second run the same day posts nothing, the next day’s run reminds again', async () => {
    await seedRequests(h);
    await scheduleApprovalReminder(h.db, T0);
    await h.runJobs(T0);
    // The next day's run is queued, deduplicated by date.
    const queued = await h.db
      .select()
      .from(jobs)
      .where(and(eq(jobs.kind, approvalReminderJob), eq(jobs.status, 'queued')));
    expect(queued.map((j) => [j.runAt.toISOString(), j.dedupeKey])).toEqual([
      ['2026-11-25T09:00:00.000Z', `${approvalReminderJob}:2026-11-25`],
    ]);
    // A restart half an hour later queues nothing for today: today's run already happened.
    const restart = new Date(T0.getTime() + 30 * 60_000);
    await scheduleApprovalReminder(h.db, restart);
    expect(await h.runJobs(restart)).toEqual({ done: 0, retried: 0, failed: 0 });
    expect(posts(h)).toHaveLength(1);

    await h.runJobs(new Date(T0.getTime() + DAY));
    expect(posts(h)).toHaveLength(2);
    // Now the chair request is older than 24 hours too.
    expect(posts(h)[1]!.args.text).toBe('3 requests are waiting for approval for more than 24 hours');
    expect(await h.db.select().from(requestEvents).where(eq(requestEvents.action, 'reminded'))).toHaveLength(
      5,
    );
  });

  it('posts nothing when nothing is old enough', async () => {
    await scheduleApprovalReminder(h.db, T0);
    expect(await h.runJobs(T0)).toEqual({ done: 1, retried: 0, failed: 0 });
    expect(posts(h)).toEqual([]);
  });

  it('sends the same list once when the post failed and the job is retried', async () => {
    await seedRequests(h);
    await scheduleApprovalReminder(h.db, T0);
    // A transient Slack failure retries the run (a dead end such as channel_not_found is logged and skipped).
    h.slack.on('chat.postMessage', () => ({ ok: false, error: 'internal_error' }));
    expect(await h.runJobs(T0)).toEqual({ done: 0, retried: 1, failed: 0 });
    expect(posts(h)).toHaveLength(1);
    h.slack.reset();
    expect(await h.runJobs(new Date(T0.getTime() + 60_000))).toEqual({ done: 1, retried: 0, failed: 0 });
    expect(posts(h)).toHaveLength(1);
    expect(posts(h)[0]!.args.text).toBe('2 requests are waiting for approval for more than 24 hours');
    expect(await h.db.select().from(requestEvents).where(eq(requestEvents.action, 'reminded'))).toHaveLength(
      2,
    );
  });
});

describe('approval reminders without an approvers channel', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ HOMEROOM_APPROVAL_REMINDER_HOURS: '12' });
    await seedMembers(h);
  });
  afterAll(() => h.close());

  it('DMs each admin in their own language, using the configured number of hours', async () => {
    await seedRequests(h);
    await scheduleApprovalReminder(h.db, T0);
    await h.runJobs(T0);
    expect(
      h.slack
        .callsTo('conversations.open')
        .map((c) => c.args.users)
        .sort(),
    ).toEqual(['UADMIN', 'UADMINKO']);
    const byChannel = Object.fromEntries(posts(h).map((c) => [c.args.channel, c.args.text]));
    expect(byChannel).toEqual({
      DUADMIN: '3 requests are waiting for approval for more than 12 hours',
      DUADMINKO: '3건의 요청이 12시간 넘게 승인을 기다리고 있어요',
    });
  });

  it('skips a deactivated admin and still finishes, so nobody gets the list twice', async () => {
    await h.db.delete(requests);
    await h.db.delete(jobs);
    h.slack.reset();
    await seedRequests(h);
    const later = new Date(T0.getTime() + 2 * DAY);
    await scheduleApprovalReminder(h.db, later);
    h.slack.on('conversations.open', (args) =>
      args.users === 'UADMIN'
        ? { ok: false, error: 'account_inactive' }
        : { ok: true, channel: { id: `D${String(args.users)}` } },
    );
    expect(await h.runJobs(later)).toEqual({ done: 1, retried: 0, failed: 0 });
    expect(posts(h).map((c) => c.args.channel)).toEqual(['DUADMINKO']);
  });
});
