/** @jsxImportSource jsx-slack */
import { Actions, Blocks, Button, Context, Section } from 'jsx-slack';
import { attendanceText } from '@/slack/i18n/attendance';
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
  const t = attendanceText.for(member.locale);
  return (
    <Blocks>
      <Section>
        {t('reminder_still_in', { time: formatTime(open.checkInAt, member.locale, member.timeZone) })}
      </Section>
      <Actions blockId={ids.attendance.actionsBlock}>
        <Button actionId={ids.attendance.checkOut} style="primary" value="check_out">
          {t('button_check_out')}
        </Button>
      </Actions>
      <Context>
        {t('reminder_auto_close', { time: formatTime(autoCloseAt, member.locale, member.timeZone) })}
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
  const t = attendanceText.for(member.locale);
  return (
    <Blocks>
      <Section>
        {t('auto_closed_body', {
          from: formatTime(session.checkInAt, member.locale, member.timeZone),
          to: session.checkOutAt ? formatTime(session.checkOutAt, member.locale, member.timeZone) : '—',
        })}
      </Section>
    </Blocks>
  );
}
