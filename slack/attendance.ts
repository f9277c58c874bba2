import type { Db } from '@/db/client';
import { enqueueJob } from '@/db/jobs';
import { nextLocalHour } from '@/db/local-time';
import { checkIn, checkOut } from '@/db/queries/attendance';
import type { AttendanceSource, Member, WorkLocation } from '@/db/schema';

export const jobKinds = {
  checkoutReminder: 'attendance.checkout_reminder',
  autoClose: 'attendance.auto_close',
  pruneEvents: 'system.prune_events',
} as const;

export interface Schedule {
  checkoutReminderHour: number;
  autoCloseHour: number;
}

/** When a session opened at `checkInAt` is closed automatically, and when its reminder goes out. */
export function sessionDeadlines(
  checkInAt: Date,
  timeZone: string,
  schedule: Schedule,
): { remindAt: Date | undefined; autoCloseAt: Date } {
  const autoCloseAt = nextLocalHour(checkInAt, timeZone, schedule.autoCloseHour);
  let remindAt: Date | undefined = nextLocalHour(checkInAt, timeZone, schedule.checkoutReminderHour);
  // A reminder after the auto-close, or less than 30 minutes after checking in, helps nobody.
  if (remindAt >= autoCloseAt || remindAt.getTime() - checkInAt.getTime() < 30 * 60_000) remindAt = undefined;
  return { remindAt, autoCloseAt };
}

/** Checks a member in and schedules the evening reminder and the auto-close, in one transaction. */
export async function checkInMember(
  db: Db,
  member: Member,
  input: { at: Date; source: AttendanceSource; location: WorkLocation; note?: string | null },
  schedule: Schedule,
) {
  return db.transaction(async (tx) => {
    const result = await checkIn(tx, { teamId: member.teamId, memberId: member.id, ...input });
    if (result.status === 'checked_in') {
      const { remindAt, autoCloseAt } = sessionDeadlines(input.at, member.timeZone, schedule);
      // Both jobs carry the close time: the reminder tells it, the auto-close uses it.
      const payload = {
        sessionId: result.session.id,
        memberId: member.id,
        closeAt: autoCloseAt.toISOString(),
      };
      if (remindAt) {
        await enqueueJob(tx, {
          kind: jobKinds.checkoutReminder,
          payload,
          runAt: remindAt,
          dedupeKey: `${jobKinds.checkoutReminder}:${result.session.id}`,
        });
      }
      await enqueueJob(tx, {
        kind: jobKinds.autoClose,
        payload,
        runAt: autoCloseAt,
        dedupeKey: `${jobKinds.autoClose}:${result.session.id}`,
      });
    }
    return result;
  });
}

export function checkOutMember(db: Db, member: Member, at: Date, source: AttendanceSource) {
  return checkOut(db, { memberId: member.id, at, source });
}
