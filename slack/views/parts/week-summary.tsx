/** @jsxImportSource jsx-slack */
import { Field, Section } from 'jsx-slack';
import { attendanceText } from '@/slack/i18n/attendance';
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
  const t = attendanceText.for(member.locale);
  return (
    <Section blockId={ids.attendance.weekBlock}>
      <b>{t('week_title')}</b> ·{' '}
      {t('week_total', { duration: formatDuration(attendance.weekMinutes, member.locale) })}
      {attendance.week.map((d) => (
        <Field>
          {d.date === today ? (
            <b>{t('week_today', { day: formatDay(d.date, member.locale) })}</b>
          ) : (
            formatDay(d.date, member.locale)
          )}
          <br />
          {d.minutes > 0 ? formatDuration(d.minutes, member.locale) : '—'}
        </Field>
      ))}
    </Section>
  );
}
