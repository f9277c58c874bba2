/** @jsxImportSource jsx-slack */
import { Actions, Button, Context, Escape, Fragment, Section } from 'jsx-slack';
import { ids } from '@/slack/ids';
import { formatDuration, formatTime, locationEmoji, locationLabel } from '@/slack/views/parts/format';
import type { ViewAttendance, ViewMember, ViewSession } from '@/slack/views/parts/types';

function sessionLine(s: ViewSession, member: ViewMember): string {
  const from = formatTime(s.checkInAt, member.locale, member.timeZone);
  const to = s.checkOutAt ? formatTime(s.checkOutAt, member.locale, member.timeZone) : 'now';
  const flag = s.autoClosed ? ' · closed automatically' : '';
  return `${from} – ${to} · ${locationLabel[s.location]}${flag}`;
}

/** Today's status with the buttons that change it. */
export function TodayCard({ member, attendance }: { member: ViewMember; attendance: ViewAttendance }) {
  const open = attendance.open;
  return (
    <Fragment>
      <Section blockId={ids.attendance.todayBlock}>
        <b>Today</b>
        <br />
        {open ? (
          <Fragment>
            :large_green_circle: Checked in at{' '}
            <b>{formatTime(open.checkInAt, member.locale, member.timeZone)}</b> ·{' '}
            {locationEmoji[open.location]} {locationLabel[open.location]}
          </Fragment>
        ) : (
          <Fragment>:white_circle: Not checked in</Fragment>
        )}
        <br />
        Worked today: <b>{formatDuration(attendance.todayMinutes)}</b>
        {open?.note ? (
          <Fragment>
            <br />
            <i>
              Note: <Escape>{open.note}</Escape>
            </i>
          </Fragment>
        ) : null}
      </Section>
      <Actions blockId={ids.attendance.actionsBlock}>
        {open ? (
          <Fragment>
            <Button actionId={ids.attendance.checkOut} style="danger" value="check_out">
              Check out
            </Button>
            <Button actionId={ids.attendance.openCheckInModal} value="edit">
              {open.note ? 'Edit note' : 'Add note'}
            </Button>
          </Fragment>
        ) : (
          <Fragment>
            <Button actionId={ids.attendance.checkIn} style="primary" value="office">
              Check in · Office
            </Button>
            <Button actionId={ids.attendance.checkInRemote} value="remote">
              Check in · Remote
            </Button>
            <Button actionId={ids.attendance.openCheckInModal} value="new">
              With a note…
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
