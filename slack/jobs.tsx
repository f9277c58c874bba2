/** @jsxImportSource jsx-slack */
import type { WebClient } from '@slack/web-api';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { enqueueJob, type JobHandler } from '@/db/jobs';
import { checkOut } from '@/db/queries/attendance';
import { effectiveRole } from '@/db/queries/members';
import { pruneSlackEvents } from '@/db/queries/slack-events';
import { attendanceSessions, members } from '@/db/schema';
import { approvalReminderJobHandlers, type ReminderConfig } from '@/slack/approval-reminders';
import { jobKinds } from '@/slack/attendance';
import { publishHome, toViewMember, toViewSession } from '@/slack/home';
import { attendanceText } from '@/slack/i18n/attendance';
import { getLogger } from '@/slack/logger';
import { type ReminderSettings, reminderJobHandlers } from '@/slack/reminders';
import { SlackSender } from '@/slack/slack-sender';
import { AutoClosedMessage, CheckoutReminderMessage } from '@/slack/views/messages/attendance-messages';
import { blocks } from '@/slack/views/render';

const sessionPayload = z.object({
  sessionId: z.number().int(),
  memberId: z.number().int(),
  closeAt: z.iso.datetime(),
});

const DAY_MS = 24 * 60 * 60 * 1000;

export function attendanceJobHandlers(
  client: WebClient,
  config: { admins: readonly string[] } & ReminderConfig & ReminderSettings,
): Record<string, JobHandler> {
  // One sender for every job kind: a 429 pauses that method for all of them (Retry-After), and a
  // deactivated account or a missing channel is logged and skipped instead of retried.
  const sender = new SlackSender(client, getLogger().child({ component: 'sender' }));
  const load = async (db: Parameters<JobHandler>[1]['db'], sessionId: number) => {
    const [row] = await db
      .select({ session: attendanceSessions, member: members })
      .from(attendanceSessions)
      .innerJoin(members, eq(members.id, attendanceSessions.memberId))
      .where(eq(attendanceSessions.id, sessionId));
    return row;
  };

  return {
    ...approvalReminderJobHandlers(sender, config),
    ...reminderJobHandlers(client, config, sender),

    [jobKinds.checkoutReminder]: async (job, { db, log }) => {
      const { sessionId, closeAt } = sessionPayload.parse(job.payload);
      const row = await load(db, sessionId);
      if (!row || row.session.checkOutAt) {
        log.info({ sessionId }, 'session already closed; no reminder needed');
        return;
      }
      const role = effectiveRole(row.member, config.admins);
      await sender.dm(
        row.member.userId,
        attendanceText.for(row.member.locale)('reminder_text'),
        blocks(
          <CheckoutReminderMessage
            member={toViewMember(row.member, role)}
            open={toViewSession(row.session)}
            autoCloseAt={closeAt}
          />,
        ),
      );
    },

    [jobKinds.autoClose]: async (job, { db, now, log }) => {
      const { sessionId, memberId, closeAt } = sessionPayload.parse(job.payload);
      // Close at the configured hour even when the worker runs late.
      const at = new Date(Math.min(new Date(closeAt).getTime(), now.getTime()));
      const result = await checkOut(db, { memberId, sessionId, at, source: 'auto_close' });
      if (result.status === 'not_checked_in') {
        log.info({ sessionId }, 'session already closed; nothing to auto-close');
        return;
      }
      const row = await load(db, sessionId);
      if (!row) return;
      const role = effectiveRole(row.member, config.admins);
      log.info({ sessionId, userId: row.member.userId }, 'session closed automatically');
      await sender.dm(
        row.member.userId,
        attendanceText.for(row.member.locale)('auto_closed_text'),
        blocks(
          <AutoClosedMessage
            member={toViewMember(row.member, role)}
            session={toViewSession(result.session)}
          />,
        ),
      );
      await publishHome(client, db, row.member, role, { now });
    },

    [jobKinds.pruneEvents]: async (_job, { db, now, log }) => {
      const removed = await pruneSlackEvents(db, new Date(now.getTime() - DAY_MS));
      log.info({ removed }, 'pruned seen Slack event ids');
      const tomorrow = new Date(now.getTime() + DAY_MS);
      await enqueueJob(db, {
        kind: jobKinds.pruneEvents,
        runAt: tomorrow,
        dedupeKey: `${jobKinds.pruneEvents}:${tomorrow.toISOString().slice(0, 10)}`,
      });
    },
  };
}
