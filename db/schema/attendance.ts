import { sql } from 'drizzle-orm';
import { index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { members } from '@/db/schema/members';

export const attendanceSource = pgEnum('attendance_source', [
  'home',
  'command',
  'message',
  'reminder',
  'auto_close',
]);
export const workLocation = pgEnum('work_location', ['office', 'remote']);

export const attendanceSessions = pgTable(
  'attendance_sessions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    teamId: text().notNull(),
    memberId: integer()
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    checkInAt: timestamp({ withTimezone: true }).notNull(),
    /** Null while the session is open. */
    checkOutAt: timestamp({ withTimezone: true }),
    checkInSource: attendanceSource().notNull(),
    checkOutSource: attendanceSource(),
    location: workLocation().notNull().default('office'),
    note: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One open session per member: a double click or a retried request cannot check in twice.
    uniqueIndex('attendance_one_open_per_member').on(t.memberId).where(sql`${t.checkOutAt} is null`),
    index('attendance_member_check_in_idx').on(t.memberId, t.checkInAt.desc()),
    index('attendance_team_check_in_idx').on(t.teamId, t.checkInAt),
  ],
);

export type AttendanceSession = typeof attendanceSessions.$inferSelect;
export type AttendanceSource = (typeof attendanceSource.enumValues)[number];
export type WorkLocation = (typeof workLocation.enumValues)[number];
