/** @jsxImportSource jsx-slack */
import type {
  AllMiddlewareArgs,
  App,
  BlockButtonAction,
  SlackActionMiddlewareArgs,
  SlackCommandMiddlewareArgs,
  SlackEventMiddlewareArgs,
  SlackViewMiddlewareArgs,
  ViewSubmitAction,
} from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { getDb } from '@/db/client';
import { localDate } from '@/db/local-time';
import { openSession, updateOpenSessionNote } from '@/db/queries/attendance';
import type { Member, MemberRole, WorkLocation } from '@/db/schema';
import { checkInMember, checkOutMember, type Schedule } from '@/slack/attendance';
import { loadAttendance, publishHome, toViewMember } from '@/slack/home';
import { attendanceText } from '@/slack/i18n/attendance';
import { ids, slashCommand } from '@/slack/ids';
import { memberContext } from '@/slack/middleware';
import { openRequestModal } from '@/slack/requests';
import { parseCheckInSubmission, type StateValues } from '@/slack/submissions/check-in';
import { parseHomeroomCommand } from '@/slack/submissions/homeroom-command';
import { StatusMessage } from '@/slack/views/messages/attendance-messages';
import { HelpMessage } from '@/slack/views/messages/help-message';
import { CheckInModal } from '@/slack/views/modals/check-in-modal';
import { formatTime, locationName } from '@/slack/views/parts/format';
import { blocks, modalView } from '@/slack/views/render';

type ActionArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** The ephemeral status message: what happened, today and this week. */
export async function statusReply(member: Member, role: MemberRole, now: Date, headline: string) {
  const db = await getDb();
  const attendance = await loadAttendance(db, member, now);
  return {
    response_type: 'ephemeral' as const,
    replace_original: true,
    text: headline,
    blocks: blocks(
      <StatusMessage
        member={toViewMember(member, role)}
        today={localDate(now, member.timeZone)}
        attendance={attendance}
        headline={headline}
      />,
    ),
  };
}

function timeOf(member: Member, at: Date) {
  return formatTime(at.toISOString(), member.locale, member.timeZone);
}

export type Outcome = { headline: string; changed: boolean };

export async function doCheckIn(
  member: Member,
  schedule: Schedule,
  input: { location: WorkLocation; note?: string | null; source: 'home' | 'command' | 'message' },
  now: Date,
): Promise<Outcome> {
  const t = attendanceText.for(member.locale);
  const result = await checkInMember(await getDb(), member, { at: now, ...input }, schedule);
  if (result.status === 'already_checked_in') {
    return {
      headline: t('headline_already_in', { time: timeOf(member, result.session.checkInAt) }),
      changed: false,
    };
  }
  return {
    headline: t('headline_checked_in', {
      time: timeOf(member, now),
      place: locationName(input.location, member.locale),
    }),
    changed: true,
  };
}

export async function doCheckOut(
  member: Member,
  source: 'home' | 'command' | 'message',
  now: Date,
): Promise<Outcome> {
  const t = attendanceText.for(member.locale);
  const result = await checkOutMember(await getDb(), member, now, source);
  if (result.status === 'not_checked_in') return { headline: t('headline_not_in'), changed: false };
  return { headline: t('headline_checked_out', { time: timeOf(member, now) }), changed: true };
}

/** After a click: refresh Home, and replace the message the click came from (status reply or reminder DM). */
async function afterClick(args: ActionArgs, member: Member, role: MemberRole, outcome: Outcome, now: Date) {
  const db = await getDb();
  const fromMessage = args.body.container?.type === 'message';
  await publishHome(args.client, db, member, role, {
    now,
    notice: !fromMessage && !outcome.changed ? outcome.headline : undefined,
  });
  if (fromMessage) await args.respond(await statusReply(member, role, now, outcome.headline));
}

export function checkInActionCallback(schedule: Schedule) {
  return async (args: ActionArgs) => {
    await args.ack();
    const ctx = memberContext(args.context);
    if (!ctx) return;
    const now = new Date();
    const location: WorkLocation = args.action.value === 'remote' ? 'remote' : 'office';
    const outcome = await doCheckIn(ctx.member, schedule, { location, source: 'home' }, now);
    await afterClick(args, ctx.member, ctx.role, outcome, now);
  };
}

export async function checkOutActionCallback(args: ActionArgs) {
  await args.ack();
  const ctx = memberContext(args.context);
  if (!ctx) return;
  const now = new Date();
  const outcome = await doCheckOut(ctx.member, 'home', now);
  await afterClick(args, ctx.member, ctx.role, outcome, now);
}

/** Opens the modal first (trigger_id lives 3 s), then fills in the open session's note. */
export async function openCheckInModalCallback(args: ActionArgs) {
  await args.ack();
  const ctx = memberContext(args.context);
  if (!ctx) return;
  const mode = args.action.value === 'edit' ? 'edit' : 'new';
  const opened = await args.client.views.open({
    trigger_id: args.body.trigger_id,
    view: modalView(<CheckInModal mode={mode} location="office" locale={ctx.member.locale} />),
  });
  if (mode !== 'edit' || !opened.view?.id) return;
  const open = await openSession(await getDb(), ctx.member.id);
  if (!open) return;
  await args.client.views.update({
    view_id: opened.view.id,
    hash: opened.view.hash,
    view: modalView(
      <CheckInModal mode="edit" location={open.location} note={open.note} locale={ctx.member.locale} />,
    ),
  });
}

export function checkInModalCallback(schedule: Schedule) {
  return async (args: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => {
    const parsed = parseCheckInSubmission(
      args.view.state.values as StateValues,
      memberContext(args.context)?.member.locale,
    );
    if (!parsed.ok) {
      await args.ack({ response_action: 'errors', errors: parsed.errors });
      return;
    }
    await args.ack();
    const ctx = memberContext(args.context);
    if (!ctx) return;
    const now = new Date();
    const db = await getDb();
    let notice: string | undefined;
    if (args.view.private_metadata === 'edit') {
      const updated = await updateOpenSessionNote(
        db,
        ctx.member.id,
        parsed.value.note,
        parsed.value.location,
      );
      if (!updated) notice = attendanceText.for(ctx.member.locale)('notice_note_not_kept');
    } else {
      const outcome = await doCheckIn(ctx.member, schedule, { ...parsed.value, source: 'home' }, now);
      if (!outcome.changed) notice = outcome.headline;
    }
    await publishHome(args.client, db, ctx.member, ctx.role, { now, notice });
  };
}

export async function appHomeOpenedCallback(
  args: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs,
) {
  // The Messages tab is a conversation, not a view: nothing to publish.
  if (args.event.tab !== 'home') return;
  const ctx = memberContext(args.context);
  if (!ctx) return;
  await publishHome(args.client, await getDb(), ctx.member, ctx.role);
}

async function refreshHomeQuietly(
  client: WebClient,
  member: Member,
  role: MemberRole,
  now: Date,
  log: ActionArgs['logger'],
) {
  try {
    await publishHome(client, await getDb(), member, role, { now });
  } catch (error) {
    log.warn(`could not refresh the Home tab of ${member.userId}: ${String(error)}`);
  }
}

export function homeroomCommandCallback(schedule: Schedule) {
  return async (args: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
    await args.ack();
    const ctx = memberContext(args.context);
    if (!ctx) return;
    const { member, role } = ctx;
    const command = parseHomeroomCommand(args.command.text);
    const now = new Date();
    const t = attendanceText.for(member.locale);
    switch (command.name) {
      case 'help':
      case 'unknown': {
        const unknown = command.name === 'unknown' ? command.text : null;
        await args.respond({
          response_type: 'ephemeral',
          text: t('help_text'),
          blocks: blocks(<HelpMessage unknown={unknown} locale={member.locale} />),
        });
        return;
      }
      case 'request':
        await openRequestModal(args.client, getDb, member, args.command.trigger_id, command.kind);
        return;
      case 'status': {
        const open = await openSession(await getDb(), member.id);
        const headline = open
          ? t('status_in_since', { time: timeOf(member, open.checkInAt) })
          : t('status_not_in');
        await args.respond(await statusReply(member, role, now, headline));
        return;
      }
      case 'in':
      case 'out': {
        const outcome =
          command.name === 'in'
            ? await doCheckIn(
                member,
                schedule,
                { location: command.location, note: command.note, source: 'command' },
                now,
              )
            : await doCheckOut(member, 'command', now);
        await args.respond(await statusReply(member, role, now, outcome.headline));
        if (outcome.changed) await refreshHomeQuietly(args.client, member, role, now, args.logger);
        return;
      }
    }
  };
}

export function register(app: App, schedule: Schedule): void {
  app.event('app_home_opened', appHomeOpenedCallback);
  app.action<BlockButtonAction>(ids.attendance.checkIn, checkInActionCallback(schedule));
  app.action<BlockButtonAction>(ids.attendance.checkInRemote, checkInActionCallback(schedule));
  app.action<BlockButtonAction>(ids.attendance.checkOut, checkOutActionCallback);
  app.action<BlockButtonAction>(ids.attendance.openCheckInModal, openCheckInModalCallback);
  app.view<ViewSubmitAction>(ids.attendance.checkInModal, checkInModalCallback(schedule));
  app.command(slashCommand, homeroomCommandCallback(schedule));
}
