import { and, eq, gte, lte } from 'drizzle-orm';
import type { Conn } from '@/db/client';
import { type DayPart, type LeaveType, requests } from '@/db/schema';

export interface LeaveOnDay {
  memberId: number;
  leaveType: LeaveType;
  /** full, or the half of the day the member is away. */
  dayPart: DayPart;
}

/**
 * Approved leave covering a local calendar date (`YYYY-MM-DD`). Dates are stored in each member's
 * own zone, so pass the date as that member sees it. Reminders skip these members and the daily
 * digest lists them as out.
 */
export async function approvedLeaveOn(db: Conn, teamId: string, date: string): Promise<LeaveOnDay[]> {
  const rows = await db
    .select({ memberId: requests.memberId, leaveType: requests.leaveType, dayPart: requests.dayPart })
    .from(requests)
    .where(
      and(
        eq(requests.teamId, teamId),
        eq(requests.kind, 'leave'),
        eq(requests.status, 'approved'),
        lte(requests.startDate, date),
        gte(requests.endDate, date),
      ),
    );
  return rows.map((r) => ({
    memberId: r.memberId,
    leaveType: r.leaveType ?? 'other',
    dayPart: r.dayPart ?? 'full',
  }));
}
