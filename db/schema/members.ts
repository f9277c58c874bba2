import { sql } from 'drizzle-orm';
import {
  boolean,
  integer,
  numeric,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

export const memberRole = pgEnum('member_role', ['member', 'approver', 'admin']);

export const members = pgTable(
  'members',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    teamId: text().notNull(),
    userId: text().notNull(),
    displayName: text().notNull().default(''),
    realName: text().notNull().default(''),
    /** IANA zone from users.info; days and weeks are computed in it. */
    timeZone: text().notNull().default('UTC'),
    locale: text().notNull().default('en-US'),
    role: memberRole().notNull().default('member'),
    /** Workspace admin or owner according to Slack (users.info). */
    isWorkspaceAdmin: boolean().notNull().default(false),
    leaveAllowanceDays: numeric({ precision: 5, scale: 1 }).notNull().default('25'),
    profileSyncedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => sql`now()`),
  },
  (t) => [uniqueIndex('members_team_user_uq').on(t.teamId, t.userId)],
);

export type Member = typeof members.$inferSelect;
export type NewMember = typeof members.$inferInsert;
export type MemberRole = (typeof memberRole.enumValues)[number];
