import { sql } from 'drizzle-orm';
import { bigint, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { members } from '@/db/schema/members';
import { requests } from '@/db/schema/requests';

/** pending → stored, or rejected (not an image, too big), failed (gave up), deleted (by the uploader). */
export const uploadStatus = pgEnum('upload_status', ['pending', 'stored', 'rejected', 'failed', 'deleted']);

export const uploads = pgTable(
  'uploads',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    teamId: text().notNull(),
    memberId: integer()
      .notNull()
      .references(() => members.id, { onDelete: 'cascade' }),
    slackFileId: text().notNull(),
    /** File name as shared in Slack; shown, never trusted for the type. */
    name: text().notNull().default(''),
    /** Where the file was shared and our thread reply, for image shares (null for receipts). */
    channelId: text(),
    threadTs: text(),
    replyTs: text(),
    status: uploadStatus().notNull().default('pending'),
    /** Random UUID-based key in the store; set once stored. */
    storageKey: text(),
    publicUrl: text(),
    mimeType: text(),
    bytes: bigint({ mode: 'number' }),
    width: integer(),
    height: integer(),
    link: text(),
    description: text(),
    /** Why it was rejected or failed, for the operator and the thread. */
    error: text(),
    /** Set when the file is an expense receipt. */
    requestId: integer().references(() => requests.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => sql`now()`),
  },
  (t) => [
    // A retried event or the same file shared twice gives one upload.
    uniqueIndex('uploads_team_file_uq').on(t.teamId, t.slackFileId),
    uniqueIndex('uploads_storage_key_uq').on(t.storageKey),
    index('uploads_member_created_idx').on(t.memberId, t.createdAt.desc()),
    index('uploads_request_idx').on(t.requestId),
  ],
);

export type Upload = typeof uploads.$inferSelect;
export type NewUpload = typeof uploads.$inferInsert;
export type UploadStatus = (typeof uploadStatus.enumValues)[number];
