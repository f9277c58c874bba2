/** @jsxImportSource jsx-slack */
import { TZDate } from '@date-fns/tz';
import type { WebClient } from '@slack/web-api';
import { z } from 'zod';
import type { Conn } from '@/db/client';
import type { JobHandler } from '@/db/jobs';
import { localDate, localDayBounds } from '@/db/local-time';
import { whoIsIn } from '@/db/queries/attendance';
import { approvedLeaveOn } from '@/db/queries/leave';
import {
  activeMembers,
  checkedInSince,
  enqueueOnce,
  existingDedupeKeys,
  hasPendingJob,
  memberById,
  teamLocales,
  userIdsOf,
} from '@/db/queries/reminders';
import { conversationText } from '@/slack/i18n/conversations';
import { getLogger } from '@/slack/logger';
import { SlackSender } from '@/slack/slack-sender';
import {
  MorningReminderMessage,
  PresenceMessage,
  type ViewAway,
} from '@/slack/views/messages/conversation-messages';
import type { ViewPresence } from '@/slack/views/parts/types';
import { blocks } from '@/slack/views/render';

export const reminderKinds = {
  plan: 'reminders.plan',
  morning: 'reminders.morning',
  digest: 'reminders.digest',
} as const;

export interface ReminderSettings {
  /** Local hour of the weekday check-in reminder; null turns it off. */
  morningReminderHour: number | null;
  digestChannel: string | undefined;
  digestHour: number;
  digestTimeZone: string;
}

/** The planner wakes every quarter hour. */
const SLOT_MS = 15 * 60 * 1000;
/** A reminder is still sent this long after its hour (a worker that was down catches up), never later. */
const CATCH_UP_MS = 2 * 60 * 60 * 1000;

export function slotStart(now: Date): Date {
  return new Date(Math.floor(now.getTime() / SLOT_MS) * SLOT_MS);
}

/** Today's `hour`:00 in `tz` and the local date and weekday of `now` there. */
function localTarget(now: Date, tz: string, hour: number) {
  const local = new TZDate(now.getTime(), tz);
  const target = new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), hour, 0, 0, tz);
  return { date: localDate(now, tz), weekday: local.getDay(), at: new Date(target.getTime()) };
}

function isDue(now: Date, tz: string, hour: number) {
  const t = localTarget(now, tz, hour);
  const weekend = t.weekday === 0 || t.weekday === 6;
  const inWindow = now >= t.at && now.getTime() - t.at.getTime() < CATCH_UP_MS;
  return { ...t, due: !weekend && inWindow };
}

/** Queues the planner unless one is queued or running already (boot and the cron route call it). */
export async function ensurePlanner(db: Conn, now: Date): Promise<void> {
  if (await hasPendingJob(db, reminderKinds.plan)) return;
  await enqueueOnce(db, {
    kind: reminderKinds.plan,
    runAt: now,
    dedupeKey: `${reminderKinds.plan}:${slotStart(now).toISOString()}`,
  });
}

/**
 * One planner run: queues a morning reminder for every active member whose local reminder hour has
 * just passed on a weekday, and the digest when its hour has passed. Keys are per member per local
 * date (per date for the digest) and never reused, so a retried or duplicated run sends nothing twice.
 */
export async function planReminders(
  db: Conn,
  now: Date,
  settings: ReminderSettings,
): Promise<{ reminders: number; digests: number }> {
  const wanted: { kind: string; key: string; payload: Record<string, unknown> }[] = [];
  if (settings.morningReminderHour !== null) {
    for (const m of await activeMembers(db, now)) {
      const t = isDue(now, m.timeZone, settings.morningReminderHour);
      if (t.due) {
        wanted.push({
          kind: reminderKinds.morning,
          key: `${reminderKinds.morning}:${m.id}:${t.date}`,
          payload: { memberId: m.id, date: t.date },
        });
      }
    }
  }
  if (settings.digestChannel) {
    const t = isDue(now, settings.digestTimeZone, settings.digestHour);
    if (t.due) {
      wanted.push({
        kind: reminderKinds.digest,
        key: `${reminderKinds.digest}:${t.date}`,
        payload: { date: t.date },
      });
    }
  }
  const seen = await existingDedupeKeys(
    db,
    wanted.map((w) => w.key),
  );
  const counts = { reminders: 0, digests: 0 };
  for (const w of wanted) {
    if (seen.has(w.key)) continue;
    if (await enqueueOnce(db, { kind: w.kind, payload: w.payload, runAt: now, dedupeKey: w.key })) {
      counts[w.kind === reminderKinds.digest ? 'digests' : 'reminders']++;
    }
  }
  return counts;
}

/** Who is in now and who is away on `date` (a local date), as view props: no leave types or reasons. */
export async function loadPresence(
  db: Conn,
  teamId: string,
  date: string,
): Promise<{ present: ViewPresence[]; away: ViewAway[] }> {
  const [present, leave] = await Promise.all([whoIsIn(db, teamId), approvedLeaveOn(db, teamId, date)]);
  const userIds = await userIdsOf(
    db,
    leave.map((l) => l.memberId),
  );
  return {
    present: present.map((p) => ({ userId: p.userId, since: p.since.toISOString(), location: p.location })),
    away: leave.flatMap((l) => {
      const userId = userIds.get(l.memberId);
      return userId ? [{ userId, dayPart: l.dayPart }] : [];
    }),
  };
}

const morningPayload = z.object({ memberId: z.number().int(), date: z.iso.date() });
const digestPayload = z.object({ date: z.iso.date() });

export function reminderJobHandlers(
  client: WebClient,
  settings: ReminderSettings,
  sender = new SlackSender(client, getLogger().child({ component: 'sender' })),
): Record<string, JobHandler> {
  return {
    [reminderKinds.plan]: async (_job, { db, now, log }) => {
      const next = new Date(slotStart(now).getTime() + SLOT_MS);
      // Queue the next run first: a failure below must not stop the chain.
      await enqueueOnce(db, {
        kind: reminderKinds.plan,
        runAt: next,
        dedupeKey: `${reminderKinds.plan}:${next.toISOString()}`,
      });
      const counts = await planReminders(db, now, settings);
      if (counts.reminders + counts.digests > 0) log.info(counts, 'queued reminders');
    },

    [reminderKinds.morning]: async (job, { db, now, log }) => {
      const { memberId, date } = morningPayload.parse(job.payload);
      const member = await memberById(db, memberId);
      if (!member) return;
      const dayStart = localDayBounds(now, member.timeZone).start;
      if (localDate(now, member.timeZone) !== date) {
        log.info({ memberId, date }, 'morning reminder is for another day; skipped');
        return;
      }
      if (await checkedInSince(db, member.id, dayStart)) {
        log.info({ memberId }, 'already checked in today; no morning reminder');
        return;
      }
      const leave = (await approvedLeaveOn(db, member.teamId, date)).find((l) => l.memberId === member.id);
      if (leave && leave.dayPart !== 'afternoon') {
        log.info({ memberId, date }, 'on approved leave this morning; no reminder');
        return;
      }
      await sender.dm(
        member.userId,
        conversationText.for(member.locale)('morning_text'),
        blocks(<MorningReminderMessage locale={member.locale} />),
      );
    },

    [reminderKinds.digest]: async (job, { db, now }) => {
      const { date } = digestPayload.parse(job.payload);
      const channel = settings.digestChannel;
      if (!channel) return;
      for (const { teamId, locale } of await teamLocales(db)) {
        const { present, away } = await loadPresence(db, teamId, date);
        await sender.post(
          channel,
          conversationText.for(locale)('digest_text'),
          blocks(
            <PresenceMessage
              kind="digest"
              locale={locale}
              timeZone={settings.digestTimeZone}
              now={now.toISOString()}
              present={present}
              away={away}
            />,
          ),
        );
      }
    },
  };
}
