import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OpenDb } from '@/db/client';
import { adminRecipients } from '@/db/queries/admin';
import { upsertMemberProfile } from '@/db/queries/members';
import {
  cancelRequest,
  createRequest,
  decideRequest,
  leaveBalance,
  leaveWorkingDays,
  pendingForApprover,
  recentRequests,
  weekdaysBetween,
} from '@/db/queries/requests';
import { type Member, members, type NewRequest, requestEvents, requests } from '@/db/schema';
import { createTestDb } from '@/test/helpers/db';

const TEAM = 'T1';
let open: OpenDb;
let ana: Member;
let ken: Member;
let lee: Member;

const profile = {
  teamId: TEAM,
  displayName: '',
  realName: '',
  timeZone: 'UTC',
  locale: 'en-US',
  isWorkspaceAdmin: false,
};

beforeAll(async () => {
  open = await createTestDb();
  ana = await upsertMemberProfile(open.db, { ...profile, userId: 'UANA' });
  ken = await upsertMemberProfile(open.db, { ...profile, userId: 'UKEN' });
  lee = await upsertMemberProfile(open.db, { ...profile, userId: 'ULEE', isWorkspaceAdmin: true });
});
afterAll(() => open.close());
beforeEach(async () => {
  await open.db.delete(requests);
});

const leave = (memberId: number, extra: Partial<NewRequest>): NewRequest => ({
  teamId: TEAM,
  memberId,
  kind: 'leave',
  leaveType: 'vacation',
  status: 'pending',
  startDate: '2026-12-01',
  endDate: '2026-12-01',
  dayPart: 'full',
  days: '1',
  ...extra,
});

describe('working days', () => {
  it('counts Monday to Friday inclusive and a half day as 0.5', () => {
    expect(weekdaysBetween('2026-12-04', '2026-12-08')).toBe(3);
    expect(weekdaysBetween('2026-12-05', '2026-12-06')).toBe(0);
    expect(weekdaysBetween('2026-12-08', '2026-12-04')).toBe(0);
    expect(weekdaysBetween('2026-12-28', '2027-01-08')).toBe(10);
    expect(leaveWorkingDays('2026-12-01', '2026-12-01', 'morning')).toBe(0.5);
    expect(leaveWorkingDays('2026-12-05', '2026-12-05', 'afternoon')).toBe(0);
  });
});

describe('leaveBalance', () => {
  it('subtracts pending and approved vacation and personal leave starting in the year, nothing else', async () => {
    await open.db
      .insert(requests)
      .values([
        leave(ana.id, { days: '3' }),
        leave(ana.id, { status: 'approved', leaveType: 'personal', days: '0.5' }),
        leave(ana.id, { status: 'rejected', days: '5' }),
        leave(ana.id, { status: 'cancelled', days: '5' }),
        leave(ana.id, { leaveType: 'sick', days: '2' }),
        leave(ana.id, { startDate: '2027-01-04', endDate: '2027-01-04', days: '1' }),
        leave(ken.id, { days: '4' }),
      ]);
    expect(await leaveBalance(open.db, ana, 2026)).toEqual({
      year: 2026,
      allowance: 25,
      used: 3.5,
      balance: 21.5,
    });
    expect((await leaveBalance(open.db, ana, 2027)).balance).toBe(24);
  });
});

describe('createRequest', () => {
  it('writes the request and its created audit row together', async () => {
    const result = await createRequest(open.db, ana, {
      kind: 'general',
      subject: 'Desk',
      details: 'By the window',
    });
    expect(result.status).toBe('created');
    const events = await open.db.select().from(requestEvents).where(eq(requestEvents.action, 'created'));
    expect(
      events.filter((e) => result.status === 'created' && e.requestId === result.request.id),
    ).toHaveLength(1);
  });

  it('lets only one of two simultaneous submissions spend the last days', async () => {
    await open.db.update(members).set({ leaveAllowanceDays: '1' }).where(eq(members.id, ana.id));
    const fresh = { ...ana, leaveAllowanceDays: '1' };
    const input = (day: string) => ({
      kind: 'leave' as const,
      leaveType: 'vacation' as const,
      startDate: day,
      endDate: day,
      dayPart: 'full' as const,
      reason: null,
    });
    const results = await Promise.all([
      createRequest(open.db, fresh, input('2026-12-01')),
      createRequest(open.db, fresh, input('2026-12-02')),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['created', 'invalid']);
    await open.db.update(members).set({ leaveAllowanceDays: '25' }).where(eq(members.id, ana.id));
  });
});

describe('decideRequest', () => {
  it('decides once: a second decision finds it no longer pending, with who decided', async () => {
    const [row] = await open.db.insert(requests).values(leave(ana.id, {})).returning();
    const at = new Date('2026-11-24T10:00:00Z');
    const first = await decideRequest(open.db, {
      teamId: TEAM,
      requestId: row!.id,
      actorId: ken.id,
      decision: 'approved',
      note: null,
      at,
    });
    expect(first.status).toBe('decided');
    const second = await decideRequest(open.db, {
      teamId: TEAM,
      requestId: row!.id,
      actorId: lee.id,
      decision: 'rejected',
      note: 'no',
      at,
    });
    expect(second).toMatchObject({ status: 'not_pending', detail: { deciderUserId: 'UKEN' } });
  });

  it('never lets the requester decide, and never crosses teams', async () => {
    const [row] = await open.db.insert(requests).values(leave(ana.id, {})).returning();
    const base = { requestId: row!.id, decision: 'approved' as const, note: null, at: new Date() };
    expect((await decideRequest(open.db, { ...base, teamId: TEAM, actorId: ana.id })).status).toBe(
      'not_pending',
    );
    expect((await decideRequest(open.db, { ...base, teamId: 'T2', actorId: ken.id })).status).toBe(
      'not_pending',
    );
  });
});

describe('cancelRequest', () => {
  it('cancels pending requests and approved leave that has not started, recording the previous status', async () => {
    const [pending, future, started] = await open.db
      .insert(requests)
      .values([
        leave(ana.id, {}),
        leave(ana.id, { status: 'approved', startDate: '2026-12-10', endDate: '2026-12-11' }),
        leave(ana.id, { status: 'approved', startDate: '2026-11-24', endDate: '2026-11-25' }),
      ])
      .returning();
    const at = new Date('2026-11-24T12:00:00Z');
    const cancel = (id: number, member = ana) =>
      cancelRequest(open.db, { member, requestId: id, today: '2026-11-24', at });
    expect((await cancel(pending!.id, ken))?.status).toBeUndefined();
    expect((await cancel(pending!.id))?.status).toBe('cancelled');
    expect((await cancel(future!.id))?.status).toBe('cancelled');
    expect(await cancel(started!.id)).toBeUndefined();
    const [event] = await open.db.select().from(requestEvents).where(eq(requestEvents.requestId, future!.id));
    expect(event).toMatchObject({
      action: 'cancelled',
      data: { previousStatus: 'approved' },
      actorId: ana.id,
    });
  });
});

describe('Home queries', () => {
  it('gives an approver the oldest pending requests of others, with the total in the same query', async () => {
    const rows = Array.from({ length: 14 }, (_, i) =>
      leave(i % 2 === 0 ? ana.id : lee.id, {
        kind: 'general',
        leaveType: null,
        createdAt: new Date(Date.UTC(2026, 10, 1, i)),
      }),
    );
    await open.db
      .insert(requests)
      .values([...rows, leave(ken.id, {}), leave(ana.id, { status: 'approved' })]);
    const { rows: shown, total } = await pendingForApprover(open.db, ken, 10);
    expect(total).toBe(14);
    expect(shown).toHaveLength(10);
    expect(shown.map((r) => r.request.createdAt.getUTCHours())).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(shown.every((r) => r.requester.id !== ken.id)).toBe(true);
    expect(await pendingForApprover(open.db, { ...ken, teamId: 'T2' }, 10)).toEqual({ rows: [], total: 0 });
  });

  it('gives a member their newest requests first, with who decided', async () => {
    await open.db.insert(requests).values([
      leave(ana.id, { createdAt: new Date('2026-11-01T00:00:00Z') }),
      leave(ana.id, {
        status: 'approved',
        decidedById: ken.id,
        createdAt: new Date('2026-11-02T00:00:00Z'),
      }),
    ]);
    const mine = await recentRequests(open.db, ana.id, 10);
    expect(mine.map((m) => [m.request.status, m.deciderUserId])).toEqual([
      ['approved', 'UKEN'],
      ['pending', null],
    ]);
  });
});

describe('adminRecipients', () => {
  it('takes workspace admins when HOMEROOM_ADMINS is unset, and the named ones (seen or not) when set', async () => {
    expect((await adminRecipients(open.db, TEAM, [])).map((a) => a.userId)).toEqual(['ULEE']);
    expect((await adminRecipients(open.db, TEAM, ['UKEN', 'UNEW'])).map((a) => a.userId).sort()).toEqual([
      'UKEN',
      'UNEW',
    ]);
  });
});
