import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, numeric, pgEnum, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { members } from '@/db/schema/members';

export const requestKind = pgEnum('request_kind', ['leave', 'expense', 'equipment', 'general']);
export const requestStatus = pgEnum('request_status', ['pending', 'approved', 'rejected', 'cancelled']);
export const leaveType = pgEnum('leave_type', ['vacation', 'sick', 'personal', 'other']);
/** A leave day is whole, or the morning or afternoon half. */
export const dayPart = pgEnum('day_part', ['full', 'morning', 'afternoon']);

export const requests = pgTable(
  'requests',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    teamId: text().notNull(),
    memberId: integer()
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    kind: requestKind().notNull(),
    status: requestStatus().notNull().default('pending'),
    // Leave: local calendar dates in the member's zone, inclusive; a half day has start = end.
    leaveType: leaveType(),
    startDate: date({ mode: 'string' }),
    endDate: date({ mode: 'string' }),
    dayPart: dayPart(),
    /** Working days the leave takes (weekends excluded), e.g. 0.5 or 3. */
    days: numeric({ precision: 5, scale: 1 }),
    // Expense.
    amount: numeric({ precision: 12, scale: 2 }),
    /** ISO 4217, e.g. USD. */
    currency: text(),
    expenseDate: date({ mode: 'string' }),
    // Equipment.
    item: text(),
    quantity: integer(),
    neededBy: date({ mode: 'string' }),
    // General; also the free text of the other kinds.
    subject: text(),
    details: text(),
    reason: text(),
    // Decision.
    decidedById: integer().references(() => members.id, { onDelete: 'set null' }),
    decidedAt: timestamp({ withTimezone: true }),
    decisionNote: text(),
    /** The approval message in Slack, updated in place after the decision. */
    approvalChannel: text(),
    approvalTs: text(),
    /** When approvers were last reminded of this pending request. */
    remindedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => sql`now()`),
  },
  (t) => [
    index('requests_member_created_idx').on(t.memberId, t.createdAt.desc()),
    index('requests_team_pending_idx').on(t.teamId, t.createdAt).where(sql`${t.status} = 'pending'`),
    // Overlap checks, balances and "who is on leave today".
    index('requests_leave_dates_idx')
      .on(t.teamId, t.startDate, t.endDate)
      .where(sql`${t.kind} = 'leave' and ${t.status} in ('pending', 'approved')`),
  ],
);

/** The audit trail: every state change of a request, and admin changes to members. */
export const requestEvents = pgTable(
  'request_events',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    teamId: text().notNull(),
    requestId: integer().references(() => requests.id, { onDelete: 'cascade' }),
    /** The member an admin change is about (role, allowance), when it is not a request. */
    subjectMemberId: integer().references(() => members.id, { onDelete: 'cascade' }),
    /** Null when the system acted (a reminder, an expiry). */
    actorId: integer().references(() => members.id, { onDelete: 'set null' }),
    /** e.g. created, approved, rejected, cancelled, reminded, role_changed, allowance_changed. */
    action: text().notNull(),
    note: text(),
    data: jsonb().$type<Record<string, unknown>>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('request_events_request_idx').on(t.requestId, t.createdAt),
    index('request_events_team_created_idx').on(t.teamId, t.createdAt),
  ],
);

export type Request = typeof requests.$inferSelect;
export type NewRequest = typeof requests.$inferInsert;
export type RequestKind = (typeof requestKind.enumValues)[number];
export type RequestStatus = (typeof requestStatus.enumValues)[number];
export type LeaveType = (typeof leaveType.enumValues)[number];
export type DayPart = (typeof dayPart.enumValues)[number];
export type RequestEvent = typeof requestEvents.$inferSelect;
