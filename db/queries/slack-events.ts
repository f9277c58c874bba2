import { eq, lt } from 'drizzle-orm';
import type { Conn } from '@/db/client';
import { slackEvents } from '@/db/schema';

/** Records an event id; false when Slack already delivered it (this is a retry). */
export async function markEventSeen(db: Conn, eventId: string, teamId?: string): Promise<boolean> {
  const inserted = await db
    .insert(slackEvents)
    .values({ eventId, teamId: teamId ?? null })
    .onConflictDoNothing()
    .returning({ eventId: slackEvents.eventId });
  return inserted.length > 0;
}

export async function forgetSlackEvent(db: Conn, eventId: string): Promise<void> {
  await db.delete(slackEvents).where(eq(slackEvents.eventId, eventId));
}

export async function pruneSlackEvents(db: Conn, before: Date): Promise<number> {
  const rows = await db.delete(slackEvents).where(lt(slackEvents.receivedAt, before)).returning();
  return rows.length;
}
