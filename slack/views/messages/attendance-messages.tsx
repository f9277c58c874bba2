/** @jsxImportSource jsx-slack */
import { Actions, Blocks, Button, Context, Section } from 'jsx-slack';
import { ids } from '@/slack/ids';
import { formatTime } from '@/slack/views/parts/format';
import { TodayCard } from '@/slack/views/parts/today-card';
import type { ViewAttendance, ViewMember, ViewSession } from '@/slack/views/parts/types';
import { WeekSummary } from '@/slack/views/parts/week-summary';

export interface StatusMessageProps {
  member: ViewMember;
  today: string;
  attendance: ViewAttendance;
  /** What just happened, e.g. "Checked in at 9:02 AM." (≤ 3000 chars). */
  headline?: string | null;
}

/** The ephemeral answer to `/homeroom in|out|status`: what happened, today's card and the week. */
export function StatusMessage({ member, today, attendance, headline }: StatusMessageProps) {
  return (
    <Blocks>
      {headline ? <Section>{headline}</Section> : null}
      <TodayCard member={member} attendance={attendance} />
      <WeekSummary member={member} attendance={attendance} today={today} />
    </Blocks>
  );
}

export interface CheckoutReminderMessageProps {
  member: ViewMember;
  open: ViewSession;
  /** Local hour at which the session is closed automatically. */
  autoCloseAt: string;
}

/** DM sent in the evening to a member who is still checked in. */
export function CheckoutReminderMessage({ member, open, autoCloseAt }: CheckoutReminderMessageProps) {
  return (
    <Blocks>
      <Section>
        :wave: You're still checked in since{' '}
        <b>{formatTime(open.checkInAt, member.locale, member.timeZone)}</b>. Done for the day?
      </Section>
      <Actions blockId={ids.attendance.actionsBlock}>
        <Button actionId={ids.attendance.checkOut} style="primary" value="check_out">
          Check out
        </Button>
      </Actions>
      <Context>
        If you forget, I'll check you out at {formatTime(autoCloseAt, member.locale, member.timeZone)} and
        flag the session as closed automatically.
      </Context>
    </Blocks>
  );
}

export interface AutoClosedMessageProps {
  member: ViewMember;
  session: ViewSession;
}

/** DM after the auto-close job ended a forgotten session. */
export function AutoClosedMessage({ member, session }: AutoClosedMessageProps) {
  return (
    <Blocks>
      <Section>
        :alarm_clock: You didn't check out, so I closed your session from{' '}
        <b>{formatTime(session.checkInAt, member.locale, member.timeZone)}</b> at{' '}
        <b>{session.checkOutAt ? formatTime(session.checkOutAt, member.locale, member.timeZone) : '—'}</b>. It
        is marked as closed automatically; ask an admin to correct it if the hours are wrong.
      </Section>
    </Blocks>
  );
}
