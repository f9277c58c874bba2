import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDb } from '@/db/client';
import { approvedLeaveOn } from '@/db/queries/leave';
import { upsertMemberProfile } from '@/db/queries/members';
import { type NewRequest, requests } from '@/db/schema';
import { createTestDb } from '@/test/helpers/db';

const TEAM = 'T1';
let open: OpenDb;

beforeAll(async () => {
  open = await createTestDb();
});
afterAll(() => open.close());

describe('approvedLeaveOn', () => {
  it('lists approved leave covering the date, with half days, and nothing pending, rejected or elsewhere', async () => {
    const profile = {
      teamId: TEAM,
      displayName: '',
      realName: '',
      timeZone: 'UTC',
      locale: 'en-US',
      isWorkspaceAdmin: false,
    };
    const a = await upsertMemberProfile(open.db, { ...profile, userId: 'UA' });
    const b = await upsertMemberProfile(open.db, { ...profile, userId: 'UB' });
    const c = await upsertMemberProfile(open.db, { ...profile, userId: 'UC' });
    const other = await upsertMemberProfile(open.db, { ...profile, teamId: 'T2', userId: 'UA' });
    const leave = (memberId: number, teamId: string, extra: Partial<NewRequest>): NewRequest => ({
      teamId,
      memberId,
      kind: 'leave',
      leaveType: 'vacation',
      status: 'approved',
      startDate: '2026-11-23',
      endDate: '2026-11-27',
      dayPart: 'full',
      ...extra,
    });
    await open.db.insert(requests).values([
      leave(a.id, TEAM, {}),
      leave(b.id, TEAM, {
        startDate: '2026-11-25',
        endDate: '2026-11-25',
        dayPart: 'afternoon',
        leaveType: 'personal',
      }),
      leave(c.id, TEAM, { status: 'pending' }),
      leave(c.id, TEAM, { status: 'rejected' }),
      leave(c.id, TEAM, { startDate: '2026-11-26', endDate: '2026-11-30' }),
      leave(other.id, 'T2', {}),
      { teamId: TEAM, memberId: c.id, kind: 'general', status: 'approved', subject: 'x' },
    ]);

    const out = await approvedLeaveOn(open.db, TEAM, '2026-11-25');
    expect(out.sort((x, y) => x.memberId - y.memberId)).toEqual([
      { memberId: a.id, leaveType: 'vacation', dayPart: 'full' },
      { memberId: b.id, leaveType: 'personal', dayPart: 'afternoon' },
    ]);
    expect((await approvedLeaveOn(open.db, TEAM, '2026-11-27')).map((r) => r.memberId).sort()).toEqual(
      [a.id, c.id].sort(),
    );
    expect(await approvedLeaveOn(open.db, TEAM, '2026-12-01')).toEqual([]);
  });
});
