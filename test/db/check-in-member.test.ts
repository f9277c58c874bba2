import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OpenDb } from '@/db/client';
import { upsertMemberProfile } from '@/db/queries/members';
import { attendanceSessions, jobs, type Member } from '@/db/schema';
import { checkInMember, jobKinds } from '@/slack/attendance';
import { createTestDb } from '@/test/helpers/db';

let open: OpenDb;
let seoul: Member;
let la: Member;
const DEFAULT_SCHEDULE = { checkoutReminderHour: 18, autoCloseHour: 23 };

function addMember(userId: string, timeZone: string) {
  return upsertMemberProfile(open.db, {
    teamId: 'T1',
    userId,
    displayName: userId,
    realName: '',
    timeZone,
    locale: 'en-US',
    isWorkspaceAdmin: false,
  });
}

function checkInAt(member: Member, iso: string, schedule = DEFAULT_SCHEDULE) {
  return checkInMember(open.db, member, { at: new Date(iso), source: 'home', location: 'office' }, schedule);
}

/** The scheduled jobs as plain data, reminder first. */
async function scheduled() {
  const rows = await open.db.select().from(jobs);
  return rows
    .map((j) => ({
      kind: j.kind,
      runAt: j.runAt.toISOString(),
      payload: j.payload,
      dedupeKey: j.dedupeKey,
      status: j.status,
    }))
    .sort((a, b) => a.runAt.localeCompare(b.runAt));
}

beforeAll(async () => {
  open = await createTestDb();
  seoul = await addMember('USEOUL', 'Asia/Seoul');
  la = await addMember('ULA', 'America/Los_Angeles');
});
afterAll(() => open.close());
beforeEach(async () => {
  await open.db.delete(jobs);
  await open.db.delete(attendanceSessions);
});

describe('checkInMember', () => {
  it('schedules the 18:00 reminder and the 23:00 auto-close in Seoul', async () => {
    // 09:00 in Seoul.
    const result = await checkInAt(seoul, '2026-11-24T00:00:00Z');
    expect(result.status).toBe('checked_in');
    const sessionId = result.session.id;
    expect(await scheduled()).toEqual([
      {
        kind: jobKinds.checkoutReminder,
        runAt: '2026-11-24T09:00:00.000Z',
        payload: { sessionId, memberId: seoul.id, closeAt: '2026-11-24T14:00:00.000Z' },
        dedupeKey: `attendance.checkout_reminder:${sessionId}`,
        status: 'queued',
      },
      {
        kind: jobKinds.autoClose,
        runAt: '2026-11-24T14:00:00.000Z',
        payload: { sessionId, memberId: seoul.id, closeAt: '2026-11-24T14:00:00.000Z' },
        dedupeKey: `attendance.auto_close:${sessionId}`,
        status: 'queued',
      },
    ]);
  });

  it('schedules the 18:00 reminder and the 23:00 auto-close in Los Angeles, on the next UTC day', async () => {
    // 09:00 PST.
    const result = await checkInAt(la, '2026-11-24T17:00:00Z');
    const sessionId = result.session.id;
    expect(await scheduled()).toEqual([
      {
        kind: jobKinds.checkoutReminder,
        runAt: '2026-11-25T02:00:00.000Z',
        payload: { sessionId, memberId: la.id, closeAt: '2026-11-25T07:00:00.000Z' },
        dedupeKey: `attendance.checkout_reminder:${sessionId}`,
        status: 'queued',
      },
      {
        kind: jobKinds.autoClose,
        runAt: '2026-11-25T07:00:00.000Z',
        payload: { sessionId, memberId: la.id, closeAt: '2026-11-25T07:00:00.000Z' },
        dedupeKey: `attendance.auto_close:${sessionId}`,
        status: 'queued',
      },
    ]);
  });

  it('uses the winter offset for the deadlines on the day summer time ends in Los Angeles', async () => {
    // 00:30 PDT on 2026-11-01; 18:00 and 23:00 that day are PST.
    await checkInAt(la, '2026-11-01T07:30:00Z');
    expect((await scheduled()).map((j) => [j.kind, j.runAt])).toEqual([
      [jobKinds.checkoutReminder, '2026-11-02T02:00:00.000Z'],
      [jobKinds.autoClose, '2026-11-02T07:00:00.000Z'],
    ]);
  });

  it('follows the configured hours', async () => {
    await checkInAt(seoul, '2026-11-24T00:00:00Z', { checkoutReminderHour: 17, autoCloseHour: 21 });
    expect((await scheduled()).map((j) => [j.kind, j.runAt])).toEqual([
      [jobKinds.checkoutReminder, '2026-11-24T08:00:00.000Z'],
      [jobKinds.autoClose, '2026-11-24T12:00:00.000Z'],
    ]);
  });

  it('schedules no reminder when checking in after 18:00, only the auto-close', async () => {
    // 19:00 in Seoul.
    await checkInAt(seoul, '2026-11-24T10:00:00Z');
    expect((await scheduled()).map((j) => [j.kind, j.runAt])).toEqual([
      [jobKinds.autoClose, '2026-11-24T14:00:00.000Z'],
    ]);
  });

  it('schedules no reminder when checking in less than 30 minutes before 18:00', async () => {
    // 17:31 in Seoul.
    await checkInAt(seoul, '2026-11-24T08:31:00Z');
    expect((await scheduled()).map((j) => j.kind)).toEqual([jobKinds.autoClose]);
  });

  it('still schedules the reminder when checking in exactly 30 minutes before 18:00', async () => {
    // 17:30 PST.
    await checkInAt(la, '2026-11-25T01:30:00Z');
    expect((await scheduled()).map((j) => [j.kind, j.runAt])).toEqual([
      [jobKinds.checkoutReminder, '2026-11-25T02:00:00.000Z'],
      [jobKinds.autoClose, '2026-11-25T07:00:00.000Z'],
    ]);
  });

  it('closes a session opened after 23:00 at 23:00 the next day', async () => {
    // 23:30 in Seoul on the 24th.
    await checkInAt(seoul, '2026-11-24T14:30:00Z');
    expect((await scheduled()).map((j) => [j.kind, j.runAt])).toEqual([
      [jobKinds.checkoutReminder, '2026-11-25T09:00:00.000Z'],
      [jobKinds.autoClose, '2026-11-25T14:00:00.000Z'],
    ]);
  });

  it('schedules nothing new on a second check-in', async () => {
    const first = await checkInAt(seoul, '2026-11-24T00:00:00Z');
    const before = await scheduled();
    const second = await checkInAt(seoul, '2026-11-24T01:00:00Z');
    expect(second.status).toBe('already_checked_in');
    expect(second.session.id).toBe(first.session.id);
    expect(await scheduled()).toEqual(before);
    expect(before).toHaveLength(2);
  });

  it('schedules one reminder and one auto-close per session when check-ins race', async () => {
    const results = await Promise.all(Array.from({ length: 4 }, () => checkInAt(la, '2026-11-24T17:00:00Z')));
    expect(results.filter((r) => r.status === 'checked_in')).toHaveLength(1);
    expect((await scheduled()).map((j) => j.kind)).toEqual([jobKinds.checkoutReminder, jobKinds.autoClose]);
  });

  it('schedules fresh jobs for a new session after checking out', async () => {
    const first = await checkInAt(seoul, '2026-11-24T00:00:00Z');
    await open.db.update(attendanceSessions).set({ checkOutAt: new Date('2026-11-24T03:00:00Z') });
    const second = await checkInAt(seoul, '2026-11-24T04:00:00Z');
    expect(second.status).toBe('checked_in');
    const keys = (await scheduled()).map((j) => j.dedupeKey).sort();
    expect(keys).toEqual(
      [
        `attendance.auto_close:${first.session.id}`,
        `attendance.auto_close:${second.session.id}`,
        `attendance.checkout_reminder:${first.session.id}`,
        `attendance.checkout_reminder:${second.session.id}`,
      ].sort(),
    );
  });
});
