import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Conn } from '@/db/client';
import { type Member, members, type NewUpload, type Upload, uploads } from '@/db/schema';

/**
 * Records a shared file once: a retried event, or the same file arriving as both `message.file_share`
 * and `file_shared`, conflicts on (team_id, slack_file_id) and gets undefined.
 */
export async function insertUpload(db: Conn, input: NewUpload): Promise<Upload | undefined> {
  const [row] = await db
    .insert(uploads)
    .values(input)
    .onConflictDoNothing({ target: [uploads.teamId, uploads.slackFileId] })
    .returning();
  return row;
}

export async function findUpload(db: Conn, id: number): Promise<Upload | undefined> {
  const [row] = await db.select().from(uploads).where(eq(uploads.id, id)).limit(1);
  return row;
}

/** Keeps the first thread reply: resolves false when another one was recorded already. */
export async function setUploadReply(db: Conn, id: number, replyTs: string): Promise<boolean> {
  const rows = await db
    .update(uploads)
    .set({ replyTs })
    .where(and(eq(uploads.id, id), isNull(uploads.replyTs)))
    .returning({ id: uploads.id });
  return rows.length > 0;
}

/** The key is written before the object, so a later attempt reuses it and a failure can remove it. */
export async function setUploadKey(db: Conn, id: number, storageKey: string): Promise<void> {
  await db
    .update(uploads)
    .set({ storageKey })
    .where(and(eq(uploads.id, id), eq(uploads.status, 'pending')));
}

export async function markUploadStored(
  db: Conn,
  id: number,
  stored: { publicUrl: string; mimeType: string; bytes: number; width: number; height: number },
): Promise<Upload | undefined> {
  const [row] = await db
    .update(uploads)
    .set({ ...stored, status: 'stored', error: null })
    .where(and(eq(uploads.id, id), eq(uploads.status, 'pending')))
    .returning();
  return row;
}

/** Not an image, empty, too big or gone: nothing is stored. */
export async function markUploadRejected(db: Conn, id: number, error: string): Promise<Upload | undefined> {
  const [row] = await db
    .update(uploads)
    .set({ status: 'rejected', error, storageKey: null })
    .where(and(eq(uploads.id, id), eq(uploads.status, 'pending')))
    .returning();
  return row;
}

/** Gave up after the last attempt; the caller removed any object first. */
export async function markUploadFailed(db: Conn, id: number, error: string): Promise<Upload | undefined> {
  const [row] = await db
    .update(uploads)
    .set({ status: 'failed', error, storageKey: null })
    .where(and(eq(uploads.id, id), eq(uploads.status, 'pending')))
    .returning();
  return row;
}

/** Only a stored upload can be deleted, once: two clicks give one deletion. */
export async function markUploadDeleted(db: Conn, id: number): Promise<Upload | undefined> {
  const [row] = await db
    .update(uploads)
    .set({ status: 'deleted', publicUrl: null })
    .where(and(eq(uploads.id, id), eq(uploads.status, 'stored')))
    .returning();
  return row;
}

export async function setUploadDetails(
  db: Conn,
  id: number,
  details: { link: string | null; description: string | null },
): Promise<Upload | undefined> {
  const [row] = await db
    .update(uploads)
    .set(details)
    .where(and(eq(uploads.id, id), eq(uploads.status, 'stored')))
    .returning();
  return row;
}

/** A member's latest hosted images, newest first. */
export async function recentUploads(db: Conn, memberId: number, limit = 5): Promise<Upload[]> {
  return db
    .select()
    .from(uploads)
    .where(and(eq(uploads.memberId, memberId), eq(uploads.status, 'stored')))
    .orderBy(desc(uploads.createdAt), desc(uploads.id))
    .limit(limit);
}

export async function uploaderOf(db: Conn, upload: Pick<Upload, 'memberId'>): Promise<Member | undefined> {
  const [row] = await db.select().from(members).where(eq(members.id, upload.memberId)).limit(1);
  return row;
}
