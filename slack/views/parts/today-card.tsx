/** @jsxImportSource jsx-slack */
import { Actions, Button, Context, Escape, Fragment, Section } from 'jsx-slack';
import { attendanceText } from '@/slack/i18n/attendance';
import { ids } from '@/slack/ids';
import { CheckInButtons } from '@/slack/views/parts/check-in-buttons';
import { formatDuration, formatTime, locationEmoji, locationName } from '@/slack/views/parts/format';
import type { ViewAttendance, ViewMember, ViewSession } from '@/slack/views/parts/types';

function sessionLine(s: ViewSession, member: ViewMember): string {
  const from = formatTime(s.checkInAt, member.locale, member.timeZone);
  const t = attendanceText.for(member.locale);
  const to = s.checkOutAt ? formatTime(s.checkOutAt, member.locale, member.timeZone) : t('session_now');
  const flag = s.autoClosed ? ` · ${t('session_auto_closed')}` : '';
  return `${from} – ${to} · ${locationName(s.location, member.locale)}${flag}`;
}

/** Today's status with the buttons that change it. */
export function TodayCard({ member, attendance }: { member: ViewMember; attendance: ViewAttendance }) {
  const open = attendance.open;
  const t = attendanceText.for(member.locale);
  return (
    <Fragment>
      <Section blockId={ids.attendance.todayBlock}>
        <b>{t('today_title')}</b>
        <br />
        {open
          ? t('today_checked_in', {
              time: formatTime(open.checkInAt, member.locale, member.timeZone),
              emoji: locationEmoji[open.location],
              place: locationName(open.location, member.locale),
            })
          : t('today_not_checked_in')}
        <br />
        {t('today_worked', { duration: formatDuration(attendance.todayMinutes, member.locale) })}
        {open?.note ? (
          <Fragment>
            <br />
            <i>
              {t('today_note')} <Escape>{open.note}</Escape>
            </i>
          </Fragment>
        ) : null}
      </Section>
      <Actions blockId={ids.attendance.actionsBlock}>
        {open ? (
          <Fragment>
            <Button actionId={ids.attendance.checkOut} style="danger" value="check_out">
              {t('button_check_out')}
            </Button>
            <Button actionId={ids.attendance.openCheckInModal} value="edit">
              {open.note ? t('button_edit_note') : t('button_add_note')}
            </Button>
          </Fragment>
        ) : (
          <Fragment>
            <CheckInButtons locale={member.locale} />
            <Button actionId={ids.attendance.openCheckInModal} value="new">
              {t('button_with_note')}
            </Button>
          </Fragment>
        )}
      </Actions>
      {attendance.todaySessions.length > 0 ? (
        <Context>
          {attendance.todaySessions.map((s, i) => (
            <Fragment>
              {i > 0 ? <br /> : null}
              {sessionLine(s, member)}
            </Fragment>
          ))}
        </Context>
      ) : null}
    </Fragment>
  );
}
