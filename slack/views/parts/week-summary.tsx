/** @jsxImportSource jsx-slack */
import { Field, Section } from 'jsx-slack';
import { ids } from '@/slack/ids';
import { formatDay, formatDuration } from '@/slack/views/parts/format';
import type { ViewAttendance, ViewMember } from '@/slack/views/parts/types';

/** This week's hours per local day and the total; seven day fields plus the total stay within Slack's 10. */
export function WeekSummary({
  member,
  attendance,
  today,
}: {
  member: ViewMember;
  attendance: ViewAttendance;
  /** Local date `YYYY-MM-DD`, highlighted. */
  today: string;
}) {
  return (
    <Section blockId={ids.attendance.weekBlock}>
      <b>This week</b> · {formatDuration(attendance.weekMinutes)} in total
      {attendance.week.map((d) => (
        <Field>
          {d.date === today ? (
            <b>{formatDay(d.date, member.locale)} (today)</b>
          ) : (
            formatDay(d.date, member.locale)
          )}
          <br />
          {d.minutes > 0 ? formatDuration(d.minutes) : '—'}
        </Field>
      ))}
    </Section>
  );
}
