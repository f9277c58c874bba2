import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OpenDb } from '@/db/client';
import { attendanceSummary, checkIn, checkOut, whoIsIn } from '@/db/queries/attendance';
import { upsertMemberProfile } from '@/db/queries/members';
import { type AttendanceSource, attendanceSessions, type Member } from '@/db/schema';
import { createTestDb } from '@/test/helpers/db';

const TEAM = 'T1';
let open: OpenDb;
let seoul: Member;
let la: Member;
let named: Member;

const at = (iso: string) => new Date(iso);

function addMember(
  userId: string,
  timeZone: string,
  names: { displayName?: string; realName?: string } = {},
) {
  return upsertMemberProfile(open.db, {
    teamId: TEAM,
    userId,
    displayName: names.displayName ?? '',
    realName: names.realName ?? '',
    timeZone,
    locale: 'en-US',
    isWorkspaceAdmin: false,
  });
}

function checkInAt(member: Member, iso: string, location: 'office' | 'remote' = 'office') {
  return checkIn(open.db, {
    teamId: member.teamId,
    memberId: member.id,
    at: at(iso),
    source: 'home',
    location,
  });
}

function checkOutAt(member: Member, iso: string, source: AttendanceSource = 'home') {
  return checkOut(open.db, { memberId: member.id, at: at(iso), source });
}

/** A closed session, as the buttons would leave it. */
async function session(member: Member, from: string, to: string, source: AttendanceSource = 'home') {
  await checkInAt(member, from);
  const result = await checkOutAt(member, to, source);
  expect(result.status).toBe('checked_out');
}

async function openRows(member: Member) {
  const rows = await open.db
    .select()
    .from(attendanceSessions)
    .where(eq(attendanceSessions.memberId, member.id));
  return rows.filter((r) => r.checkOutAt === null);
}

beforeAll(async () => {
  open = await createTestDb();
  seoul = await addMember('USEOUL', 'Asia/Seoul', { displayName: 'Minji' });
  la = await addMember('ULA', 'America/Los_Angeles', { realName: 'Sam Lee' });
  named = await addMember('UNONAME', 'Europe/Berlin');
});
afterAll(() => open.close());
beforeEach(async () => {
  await open.db.delete(attendanceSessions);
});

describe('checkIn', () => {
  it('keeps one open session when Check in is clicked twice', async () => {
    const first = await checkInAt(seoul, '2026-11-24T00:00:00Z');
    const second = await checkInAt(seoul, '2026-11-24T00:05:00Z', 'remote');
    expect(first.status).toBe('checked_in');
    expect(second.status).toBe('already_checked_in');
    expect(second.session.id).toBe(first.session.id);
    // The second click changes nothing about the open session.
    expect(second.session.checkInAt).toEqual(at('2026-11-24T00:00:00Z'));
    expect(second.session.location).toBe('office');
    expect(await openRows(seoul)).toHaveLength(1);
  });

  it('keeps one open session when five check-ins race', async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) => checkInAt(la, `2026-11-24T17:00:0${i}Z`)),
    );
    expect(results.filter((r) => r.status === 'checked_in')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'already_checked_in')).toHaveLength(4);
    expect(new Set(results.map((r) => r.session.id)).size).toBe(1);
    expect(await openRows(la)).toHaveLength(1);
  });

  it('opens a new session after the previous one was closed', async () => {
    await session(seoul, '2026-11-24T00:00:00Z', '2026-11-24T03:00:00Z');
    const again = await checkInAt(seoul, '2026-11-24T04:00:00Z');
    expect(again.status).toBe('checked_in');
    expect(await openRows(seoul)).toHaveLength(1);
  });

  it('lets two members be checked in at the same time', async () => {
    expect((await checkInAt(seoul, '2026-11-24T00:00:00Z')).status).toBe('checked_in');
    expect((await checkInAt(la, '2026-11-24T00:00:00Z')).status).toBe('checked_in');
  });
});

describe('checkOut', () => {
  it('reports not_checked_in when nothing is open', async () => {
    expect(await checkOutAt(seoul, '2026-11-24T09:00:00Z')).toEqual({ status: 'not_checked_in' });
  });

  it('reports not_checked_in on a second Check out', async () => {
    await checkInAt(seoul, '2026-11-24T00:00:00Z');
    expect((await checkOutAt(seoul, '2026-11-24T09:00:00Z')).status).toBe('checked_out');
    expect(await checkOutAt(seoul, '2026-11-24T09:01:00Z')).toEqual({ status: 'not_checked_in' });
  });

  it('closes the open session at the given time with its source', async () => {
    await checkInAt(seoul, '2026-11-24T00:00:00Z');
    const result = await checkOutAt(seoul, '2026-11-24T09:00:00Z', 'command');
    expect(result.status).toBe('checked_out');
    if (result.status !== 'checked_out') return;
    expect(result.session.checkOutAt).toEqual(at('2026-11-24T09:00:00Z'));
    expect(result.session.checkOutSource).toBe('command');
    expect(await openRows(seoul)).toHaveLength(0);
  });

  it('never makes a session negative when the check-out time is before the check-in', async () => {
    await checkInAt(seoul, '2026-11-24T09:00:00Z');
    const result = await checkOutAt(seoul, '2026-11-24T08:00:00Z');
    expect(result.status).toBe('checked_out');
    if (result.status !== 'checked_out') return;
    expect(result.session.checkOutAt).toEqual(at('2026-11-24T09:00:00Z'));
    expect(result.session.checkOutAt!.getTime()).toBeGreaterThanOrEqual(result.session.checkInAt.getTime());
  });

  it('leaves the open session alone when asked to close another session id', async () => {
    const { session: s } = await checkInAt(seoul, '2026-11-24T00:00:00Z');
    const result = await checkOut(open.db, {
      memberId: seoul.id,
      at: at('2026-11-24T14:00:00Z'),
      source: 'auto_close',
      sessionId: s.id + 1000,
    });
    expect(result).toEqual({ status: 'not_checked_in' });
    expect(await openRows(seoul)).toHaveLength(1);
  });
});

describe('attendanceSummary', () => {
  it('splits a Seoul session across local midnight between the two days', async () => {
    // 23:00 Tue 24th → 01:30 Wed 25th in Seoul.
    await session(seoul, '2026-11-24T14:00:00Z', '2026-11-24T16:30:00Z');
    // Noon on Wednesday in Seoul.
    const summary = await attendanceSummary(open.db, seoul.id, 'Asia/Seoul', at('2026-11-25T03:00:00Z'));
    expect(summary.week).toEqual([
      { date: '2026-11-23', minutes: 0 },
      { date: '2026-11-24', minutes: 60 },
      { date: '2026-11-25', minutes: 90 },
      { date: '2026-11-26', minutes: 0 },
      { date: '2026-11-27', minutes: 0 },
      { date: '2026-11-28', minutes: 0 },
      { date: '2026-11-29', minutes: 0 },
    ]);
    expect(summary.todayMinutes).toBe(90);
    expect(summary.today).toHaveLength(1);
    expect(summary.weekMinutes).toBe(150);
    expect(summary.open).toBeUndefined();
  });

  it('splits a Los Angeles session across local midnight between the two days', async () => {
    // 22:30 Tue 24th → 02:15 Wed 25th, PST.
    await session(la, '2026-11-25T06:30:00Z', '2026-11-25T10:15:00Z');
    // Noon on Wednesday in Los Angeles.
    const summary = await attendanceSummary(
      open.db,
      la.id,
      'America/Los_Angeles',
      at('2026-11-25T20:00:00Z'),
    );
    expect(summary.week.map((d) => d.minutes)).toEqual([0, 90, 135, 0, 0, 0, 0]);
    expect(summary.week[0]?.date).toBe('2026-11-23');
    expect(summary.todayMinutes).toBe(135);
    expect(summary.weekMinutes).toBe(225);
  });

  it('counts the same instants on different local days for Seoul and for Los Angeles', async () => {
    // 06:30–10:15 UTC is 15:30–19:15 on the 25th in Seoul, all in one day.
    await session(seoul, '2026-11-25T06:30:00Z', '2026-11-25T10:15:00Z');
    const summary = await attendanceSummary(open.db, seoul.id, 'Asia/Seoul', at('2026-11-25T12:00:00Z'));
    expect(summary.week.map((d) => d.minutes)).toEqual([0, 0, 225, 0, 0, 0, 0]);
  });

  it('counts real elapsed minutes on the day summer time ends', async () => {
    // 00:30 PDT → 03:30 PST on 2026-11-01: the clock moved three hours, four really passed.
    await session(la, '2026-11-01T07:30:00Z', '2026-11-01T11:30:00Z');
    // 23:30 PST on Sunday the 1st, still the same local day.
    const summary = await attendanceSummary(
      open.db,
      la.id,
      'America/Los_Angeles',
      at('2026-11-02T07:30:00Z'),
    );
    expect(summary.todayMinutes).toBe(240);
    expect(summary.week.at(-1)).toEqual({ date: '2026-11-01', minutes: 240 });
    expect(summary.week[0]?.date).toBe('2026-10-26');
    expect(summary.weekMinutes).toBe(240);
  });

  it('counts a whole 25-hour DST-end day as 1500 minutes', async () => {
    // From LA midnight to LA midnight on 2026-11-01, plus an hour on either side.
    await session(la, '2026-11-01T06:00:00Z', '2026-11-02T09:00:00Z');
    const summary = await attendanceSummary(
      open.db,
      la.id,
      'America/Los_Angeles',
      at('2026-11-01T20:00:00Z'),
    );
    expect(summary.todayMinutes).toBe(25 * 60);
    expect(summary.week.slice(-2)).toEqual([
      { date: '2026-10-31', minutes: 60 },
      { date: '2026-11-01', minutes: 25 * 60 },
    ]);
  });

  it('counts real elapsed minutes on the day summer time starts', async () => {
    // 01:00 PST → 04:00 PDT on 2026-03-08: the clock moved three hours, two really passed.
    await session(la, '2026-03-08T09:00:00Z', '2026-03-08T11:00:00Z');
    const summary = await attendanceSummary(
      open.db,
      la.id,
      'America/Los_Angeles',
      at('2026-03-08T20:00:00Z'),
    );
    expect(summary.todayMinutes).toBe(120);
    expect(summary.week.at(-1)).toEqual({ date: '2026-03-08', minutes: 120 });
  });

  it('lists seven days Monday first with a total that is their sum', async () => {
    // Seoul: Mon 9–12, Wed 9–17:30, Sun 10–11 (local).
    await session(seoul, '2026-11-23T00:00:00Z', '2026-11-23T03:00:00Z');
    await session(seoul, '2026-11-25T00:00:00Z', '2026-11-25T08:30:00Z');
    await session(seoul, '2026-11-29T01:00:00Z', '2026-11-29T02:00:00Z');
    // A session in the week before and one in the week after do not count.
    await session(seoul, '2026-11-20T00:00:00Z', '2026-11-20T05:00:00Z');
    await session(seoul, '2026-11-30T00:00:00Z', '2026-11-30T05:00:00Z');
    const summary = await attendanceSummary(open.db, seoul.id, 'Asia/Seoul', at('2026-11-29T05:00:00Z'));
    expect(summary.week).toEqual([
      { date: '2026-11-23', minutes: 180 },
      { date: '2026-11-24', minutes: 0 },
      { date: '2026-11-25', minutes: 510 },
      { date: '2026-11-26', minutes: 0 },
      { date: '2026-11-27', minutes: 0 },
      { date: '2026-11-28', minutes: 0 },
      { date: '2026-11-29', minutes: 60 },
    ]);
    expect(summary.weekMinutes).toBe(750);
    expect(summary.weekMinutes).toBe(summary.week.reduce((sum, d) => sum + d.minutes, 0));
    expect(summary.todayMinutes).toBe(60);
  });

  it('counts only the Monday part of a session that began on the Sunday before', async () => {
    // Sun 22nd 23:00 → Mon 23rd 01:00 in Seoul.
    await session(seoul, '2026-11-22T14:00:00Z', '2026-11-22T16:00:00Z');
    const summary = await attendanceSummary(open.db, seoul.id, 'Asia/Seoul', at('2026-11-23T03:00:00Z'));
    expect(summary.week[0]).toEqual({ date: '2026-11-23', minutes: 60 });
    expect(summary.weekMinutes).toBe(60);
  });

  it('counts an open session up to now, today and in the week', async () => {
    // 09:00 in Seoul, still open at 11:15.
    await checkInAt(seoul, '2026-11-24T00:00:00Z', 'remote');
    const summary = await attendanceSummary(open.db, seoul.id, 'Asia/Seoul', at('2026-11-24T02:15:30Z'));
    expect(summary.open?.checkInAt).toEqual(at('2026-11-24T00:00:00Z'));
    expect(summary.open?.location).toBe('remote');
    expect(summary.todayMinutes).toBe(135);
    expect(summary.week[1]).toEqual({ date: '2026-11-24', minutes: 135 });
    expect(summary.weekMinutes).toBe(135);
  });

  // Bug: db/queries/attendance.ts sessionsOverlapping only looks back LONGEST_SESSION_MS (3 days) from
  // the start of the week/yesterday, and attendanceSummary takes `open` from that list. A session left
  // open longer (the auto-close job failed for good) is reported as open: undefined, so the Home tab says
  // "Not checked in" while checkIn answers already_checked_in and checkOut still closes it.
  it('still reports a session left open for more than three days as open', async () => {
    await checkInAt(seoul, '2026-11-16T00:00:00Z');
    const summary = await attendanceSummary(open.db, seoul.id, 'Asia/Seoul', at('2026-11-24T00:00:00Z'));
    expect(summary.open?.checkInAt).toEqual(at('2026-11-16T00:00:00Z'));
  });

  it('adds an open session to the closed ones of the same day, oldest first', async () => {
    await session(seoul, '2026-11-24T00:00:00Z', '2026-11-24T03:00:00Z');
    await checkInAt(seoul, '2026-11-24T04:00:00Z');
    const summary = await attendanceSummary(open.db, seoul.id, 'Asia/Seoul', at('2026-11-24T05:00:00Z'));
    expect(summary.today.map((s) => s.checkInAt)).toEqual([
      at('2026-11-24T00:00:00Z'),
      at('2026-11-24T04:00:00Z'),
    ]);
    expect(summary.todayMinutes).toBe(240);
  });

  it('reports a session the auto-close job ended yesterday', async () => {
    // Tue 24th 09:00 → 23:00 in Seoul, closed by the job.
    await session(seoul, '2026-11-24T00:00:00Z', '2026-11-24T14:00:00Z', 'auto_close');
    const summary = await attendanceSummary(open.db, seoul.id, 'Asia/Seoul', at('2026-11-25T00:30:00Z'));
    expect(summary.recentAutoClose?.checkOutAt).toEqual(at('2026-11-24T14:00:00Z'));
    expect(summary.recentAutoClose?.checkOutSource).toBe('auto_close');
  });

  it('reports the most recent of several auto-closed sessions', async () => {
    await session(seoul, '2026-11-23T00:00:00Z', '2026-11-23T14:00:00Z', 'auto_close');
    await session(seoul, '2026-11-24T00:00:00Z', '2026-11-24T14:00:00Z', 'auto_close');
    const summary = await attendanceSummary(open.db, seoul.id, 'Asia/Seoul', at('2026-11-25T00:30:00Z'));
    expect(summary.recentAutoClose?.checkInAt).toEqual(at('2026-11-24T00:00:00Z'));
  });

  it('forgets an auto-close from two days ago', async () => {
    await session(seoul, '2026-11-23T00:00:00Z', '2026-11-23T14:00:00Z', 'auto_close');
    const summary = await attendanceSummary(open.db, seoul.id, 'Asia/Seoul', at('2026-11-25T00:30:00Z'));
    expect(summary.recentAutoClose).toBeUndefined();
  });

  it('reports a Sunday auto-close on Monday, across the week boundary', async () => {
    // Sun 22nd 09:00 → 23:00 in Seoul; asked on Monday the 23rd.
    await session(seoul, '2026-11-22T00:00:00Z', '2026-11-22T14:00:00Z', 'auto_close');
    const summary = await attendanceSummary(open.db, seoul.id, 'Asia/Seoul', at('2026-11-23T00:30:00Z'));
    expect(summary.recentAutoClose?.checkOutAt).toEqual(at('2026-11-22T14:00:00Z'));
    expect(summary.weekMinutes).toBe(0);
  });

  it('does not report a session the member checked out of themselves', async () => {
    await session(seoul, '2026-11-24T00:00:00Z', '2026-11-24T09:00:00Z', 'home');
    const summary = await attendanceSummary(open.db, seoul.id, 'Asia/Seoul', at('2026-11-24T10:00:00Z'));
    expect(summary.recentAutoClose).toBeUndefined();
  });

  it("ignores other members' sessions", async () => {
    await session(la, '2026-11-24T00:00:00Z', '2026-11-24T09:00:00Z');
    const summary = await attendanceSummary(open.db, seoul.id, 'Asia/Seoul', at('2026-11-24T10:00:00Z'));
    expect(summary.weekMinutes).toBe(0);
    expect(summary.today).toEqual([]);
  });
});

describe('whoIsIn', () => {
  it('lists open sessions of the team earliest first, with the best name available', async () => {
    await checkInAt(la, '2026-11-24T17:00:00Z', 'remote');
    await checkInAt(seoul, '2026-11-24T00:00:00Z');
    await checkInAt(named, '2026-11-24T08:00:00Z');
    expect(await whoIsIn(open.db, TEAM)).toEqual([
      { userId: 'USEOUL', name: 'Minji', since: at('2026-11-24T00:00:00Z'), location: 'office' },
      { userId: 'UNONAME', name: 'UNONAME', since: at('2026-11-24T08:00:00Z'), location: 'office' },
      { userId: 'ULA', name: 'Sam Lee', since: at('2026-11-24T17:00:00Z'), location: 'remote' },
    ]);
  });

  it('leaves out members who checked out and other teams', async () => {
    const other = await upsertMemberProfile(open.db, {
      teamId: 'T2',
      userId: 'UOTHER',
      displayName: 'Other',
      realName: '',
      timeZone: 'UTC',
      locale: 'en-US',
      isWorkspaceAdmin: false,
    });
    await checkInAt(other, '2026-11-24T00:00:00Z');
    await session(seoul, '2026-11-24T00:00:00Z', '2026-11-24T01:00:00Z');
    await checkInAt(la, '2026-11-24T17:00:00Z');
    expect((await whoIsIn(open.db, TEAM)).map((p) => p.userId)).toEqual(['ULA']);
    expect((await whoIsIn(open.db, 'T2')).map((p) => p.userId)).toEqual(['UOTHER']);
  });

  it('is empty when nobody is checked in', async () => {
    expect(await whoIsIn(open.db, TEAM)).toEqual([]);
  });
});
