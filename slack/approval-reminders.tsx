/** @jsxImportSource jsx-slack */
import { z } from 'zod';
import type { Conn } from '@/db/client';
import type { JobHandler } from '@/db/jobs';
import { adminRecipients, markRequestsForReminder, type ReminderRow } from '@/db/queries/admin';
import { enqueueOnce } from '@/db/queries/reminders';
import type { SlackEnv } from '@/slack/env';
import { adminText } from '@/slack/i18n/admin';
import type { SlackSender } from '@/slack/slack-sender';
import { ApprovalReminderMessage, type ReminderRequest } from '@/slack/views/messages/admin-messages';
import { blocks } from '@/slack/views/render';

export const approvalReminderJob = 'requests.approval_reminder';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
/** A request reminded less than this long ago is left out, so a run a little early still skips it. */
const REMIND_AGAIN_AFTER_MS = 20 * HOUR_MS;

export type ReminderConfig = Pick<SlackEnv, 'admins' | 'approversChannel' | 'approvalReminderHours'>;

/**
 * Queues the day's reminder run (once per UTC day: the dedupe key is the date). `at` goes in the
 * payload and stamps the requests it reminds, so a retried run sends the same list again rather
 * than nothing, and never reminds twice.
 */
export function scheduleApprovalReminder(db: Conn, runAt: Date) {
  // Finished runs count too: a restart or a cron call later the same day does not remind again.
  return enqueueOnce(db, {
    kind: approvalReminderJob,
    runAt,
    payload: { at: runAt.toISOString() },
    dedupeKey: `${approvalReminderJob}:${runAt.toISOString().slice(0, 10)}`,
  });
}

const payload = z.object({ at: z.iso.datetime() });

function toReminderRequest({ request: r, member }: ReminderRow): ReminderRequest {
  return {
    id: r.id,
    kind: r.kind,
    userId: member.userId,
    createdAt: r.createdAt.toISOString(),
    startDate: r.startDate,
    endDate: r.endDate,
    days: r.days,
    amount: r.amount,
    currency: r.currency,
    item: r.item,
    quantity: r.quantity,
    subject: r.subject,
  };
}

function reminderMessage(locale: string, rows: ReminderRow[], config: ReminderConfig, now: Date) {
  const t = adminText.for(locale);
  return {
    text: t('reminder_text', { count: rows.length, hours: config.approvalReminderHours }),
    blocks: blocks(
      <ApprovalReminderMessage
        locale={locale}
        requests={rows.map(toReminderRequest)}
        hours={config.approvalReminderHours}
        now={now.toISOString()}
      />,
    ),
  };
}

/** The daily run: remind about old pending requests, then queue tomorrow's run. */
export function approvalReminderJobHandlers(
  sender: SlackSender,
  config: ReminderConfig,
): Record<string, JobHandler> {
  return {
    [approvalReminderJob]: async (job, { db, now, log }) => {
      const at = new Date(payload.parse(job.payload).at);
      // Tomorrow's run first: a failure below retries this run, and scheduling again is a no-op.
      await scheduleApprovalReminder(db, new Date(at.getTime() + DAY_MS));
      const rows = await markRequestsForReminder(db, {
        stamp: at,
        olderThan: new Date(at.getTime() - config.approvalReminderHours * HOUR_MS),
        notSince: new Date(at.getTime() - REMIND_AGAIN_AFTER_MS),
      });
      const byTeam = new Map<string, ReminderRow[]>();
      for (const row of rows)
        byTeam.set(row.request.teamId, [...(byTeam.get(row.request.teamId) ?? []), row]);
      for (const [teamId, teamRows] of byTeam) {
        if (config.approversChannel) {
          const message = reminderMessage('en-US', teamRows, config, now);
          await sender.post(config.approversChannel, message.text, message.blocks);
          continue;
        }
        const recipients = await adminRecipients(db, teamId, config.admins);
        if (recipients.length === 0) log.warn({ teamId }, 'no approvers channel and no admins to remind');
        // The sender skips a deactivated or unknown admin with a log line: one bad recipient does
        // not fail the run and make the others receive the same list again on the retry.
        for (const { userId, locale } of recipients) {
          const message = reminderMessage(locale, teamRows, config, now);
          await sender.dm(userId, message.text, message.blocks);
        }
      }
      log.info({ reminded: rows.length }, 'approval reminders sent');
    },
  };
}
