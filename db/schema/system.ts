import { sql } from 'drizzle-orm';
import {
  bigint,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/** Event ids Slack has delivered, so a retried delivery is acknowledged but not processed twice. */
export const slackEvents = pgTable(
  'slack_events',
  {
    eventId: text().primaryKey(),
    teamId: text(),
    receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('slack_events_received_idx').on(t.receivedAt)],
);

export const jobStatus = pgEnum('job_status', ['queued', 'running', 'done', 'failed']);

/** Durable background work: picked with FOR UPDATE SKIP LOCKED, retried with backoff. */
export const jobs = pgTable(
  'jobs',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    kind: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    status: jobStatus().notNull().default('queued'),
    runAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    attempts: integer().notNull().default(0),
    maxAttempts: integer().notNull().default(5),
    /** When set, at most one queued or running job has this key. */
    dedupeKey: text(),
    lockedAt: timestamp({ withTimezone: true }),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('jobs_due_idx').on(t.runAt).where(sql`${t.status} = 'queued'`),
    uniqueIndex('jobs_dedupe_uq').on(t.dedupeKey).where(sql`${t.status} in ('queued', 'running')`),
    // Finished jobs keep their key: reminders look it up so a sent one is never queued again.
    index('jobs_dedupe_key_idx').on(t.dedupeKey),
  ],
);

export type Job = typeof jobs.$inferSelect;
