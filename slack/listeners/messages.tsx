/** @jsxImportSource jsx-slack */
import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { getDb } from '@/db/client';
import { localDate } from '@/db/local-time';
import { openSession } from '@/db/queries/attendance';
import type { Member, MemberRole } from '@/db/schema';
import type { Schedule } from '@/slack/attendance';
import { publishHome } from '@/slack/home';
import { attendanceText } from '@/slack/i18n/attendance';
import { conversationText } from '@/slack/i18n/conversations';
import { detectIntent, type Intent } from '@/slack/intents';
import { doCheckIn, doCheckOut, statusReply } from '@/slack/listeners/attendance';
import { memberContext } from '@/slack/middleware';
import { loadPresence } from '@/slack/reminders';
import {
  ConversationHelpMessage,
  LeaveReplyMessage,
  PresenceMessage,
} from '@/slack/views/messages/conversation-messages';
import { formatTime } from '@/slack/views/parts/format';
import { blocks } from '@/slack/views/render';

type Logger = AllMiddlewareArgs['logger'];

/** The fields of a `message` / `app_mention` event we use (Bolt types them as a wide union). */
interface ChatEvent {
  channel: string;
  channel_type?: string;
  ts: string;
  thread_ts?: string;
  subtype?: string;
  text?: string;
  bot_id?: string;
}

interface Reply {
  text: string;
  blocks: unknown[];
}

/** Replies stay in the thread: the parent's ts when the message is a thread reply, else its own. */
export function replyThreadTs(event: Pick<ChatEvent, 'ts' | 'thread_ts'>): string {
  return event.thread_ts ?? event.ts;
}

async function postInThread(client: WebClient, event: ChatEvent, reply: Reply, log: Logger) {
  try {
    await client.chat.postMessage({
      channel: event.channel,
      thread_ts: replyThreadTs(event),
      text: reply.text,
      blocks: reply.blocks as never,
    });
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error;
    log.warn(`could not reply in ${event.channel} (${code ?? String(error)}); skipped`);
  }
}

async function presenceReply(member: Member, now: Date): Promise<Reply> {
  const { present, away } = await loadPresence(await getDb(), member.teamId, localDate(now, member.timeZone));
  return {
    text: conversationText.for(member.locale)('presence_text'),
    blocks: blocks(
      <PresenceMessage
        kind="reply"
        locale={member.locale}
        timeZone={member.timeZone}
        now={now.toISOString()}
        present={present}
        away={away}
      />,
    ),
  };
}

function helpReply(locale: string, unknown: boolean, checkedIn: boolean | null): Reply {
  return {
    text: conversationText.for(locale)('help_text'),
    blocks: blocks(<ConversationHelpMessage locale={locale} unknown={unknown} checkedIn={checkedIn} />),
  };
}

/**
 * The answer to a DM. Check in / check out act at once, like `/homeroom in`: that is what a person
 * typing "check in" expects, and the reply carries the Check out (or Check in) button to undo it.
 * The reply is in the member's Slack language, whatever language the message was in, like every
 * other Homeroom surface.
 */
export async function answerDirectMessage(
  intent: Intent,
  member: Member,
  role: MemberRole,
  schedule: Schedule,
  now: Date,
): Promise<{ reply: Reply; changed: boolean }> {
  switch (intent.name) {
    case 'check_in':
    case 'check_out': {
      const outcome =
        intent.name === 'check_in'
          ? await doCheckIn(member, schedule, { location: intent.location, source: 'message' }, now)
          : await doCheckOut(member, 'message', now);
      const { text, blocks } = await statusReply(member, role, now, outcome.headline);
      return { reply: { text, blocks }, changed: outcome.changed };
    }
    case 'status': {
      const open = await openSession(await getDb(), member.id);
      const t = attendanceText.for(member.locale);
      const headline = open
        ? t('status_in_since', { time: timeOf(member, open.checkInAt) })
        : t('status_not_in');
      const { text, blocks } = await statusReply(member, role, now, headline);
      return { reply: { text, blocks }, changed: false };
    }
    case 'leave':
      return {
        reply: {
          text: conversationText.for(member.locale)('leave_text'),
          blocks: blocks(<LeaveReplyMessage locale={member.locale} />),
        },
        changed: false,
      };
    case 'whos_in':
      return { reply: await presenceReply(member, now), changed: false };
    case 'help':
    case 'unknown': {
      const open = await openSession(await getDb(), member.id);
      return { reply: helpReply(member.locale, intent.name === 'unknown', Boolean(open)), changed: false };
    }
  }
}

function timeOf(member: Member, at: Date): string {
  return formatTime(at.toISOString(), member.locale, member.timeZone);
}

export function directMessageCallback(schedule: Schedule) {
  return async (args: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs) => {
    const event = args.event as unknown as ChatEvent;
    // Only what a person typed in the app's DM: no edits, deletions, joins, bots or file shares.
    if (event.channel_type !== 'im' || event.subtype !== undefined || event.bot_id) return;
    const ctx = memberContext(args.context);
    if (!ctx) return;
    const now = new Date();
    const { reply, changed } = await answerDirectMessage(
      detectIntent(event.text),
      ctx.member,
      ctx.role,
      schedule,
      now,
    );
    await postInThread(args.client, event, reply, args.logger);
    if (changed) {
      try {
        await publishHome(args.client, await getDb(), ctx.member, ctx.role, { now });
      } catch (error) {
        args.logger.warn(`could not refresh the Home tab of ${ctx.member.userId}: ${String(error)}`);
      }
    }
  };
}

/**
 * `@Homeroom who's in?` in a channel: today's presence in a thread, without leave types or reasons.
 * Anything else gets help without buttons: in a channel, a button would act for whoever clicks it
 * and replace the message for everyone.
 */
export async function appMentionCallback(args: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs) {
  const event = args.event as unknown as ChatEvent;
  const ctx = memberContext(args.context);
  if (!ctx) return;
  const intent = detectIntent(event.text);
  const reply =
    intent.name === 'whos_in'
      ? await presenceReply(ctx.member, new Date())
      : helpReply(ctx.member.locale, intent.name !== 'help', null);
  await postInThread(args.client, event, reply, args.logger);
}

export function register(app: App, schedule: Schedule): void {
  app.event('message', directMessageCallback(schedule));
  app.event('app_mention', appMentionCallback);
}
