/** @jsxImportSource jsx-slack */
import { Context, Divider, Fragment, Header, Home, Section } from 'jsx-slack';
import { attendanceText } from '@/slack/i18n/attendance';
import { AdminTools } from '@/slack/views/parts/admin-tools';
import { formatLongDate, formatTime, greeting, locationName } from '@/slack/views/parts/format';
import { MyRequests } from '@/slack/views/parts/my-requests';
import { PendingApprovals } from '@/slack/views/parts/pending-approvals';
import { RecentUploads } from '@/slack/views/parts/recent-uploads';
import type { ViewRequest } from '@/slack/views/parts/request-format';
import { TodayCard } from '@/slack/views/parts/today-card';
import type { ViewAttendance, ViewMember, ViewPresence, ViewUpload } from '@/slack/views/parts/types';
import { WeekSummary } from '@/slack/views/parts/week-summary';

export interface HomeViewProps {
  member: ViewMember;
  /** The moment the view is built, ISO 8601. */
  now: string;
  /** Local date `YYYY-MM-DD` of `now` in the member's zone. */
  today: string;
  attendance: ViewAttendance;
  /** Who is checked in now; shown to admins only. */
  presence?: ViewPresence[];
  /** A one-off message at the top, e.g. after a click that changed nothing (≤ 3000 chars). */
  notice?: string | null;
  /** The member's latest hosted images (up to 5 are shown); nothing is shown when there are none. */
  recentUploads?: ViewUpload[];
  /** The member's newest requests (about 10); the part is left out when absent. */
  myRequests?: ViewRequest[];
  /** Approvers and admins: the oldest pending requests they may decide, and how many there are. */
  pendingApprovals?: { pending: ViewRequest[]; total: number };
}

const PRESENCE_SHOWN = 20;

/** The App Home tab: today's card, this week's hours and, for admins, who is in. */
export function HomeView({
  member,
  now,
  today,
  attendance,
  presence,
  notice,
  myRequests,
  pendingApprovals,
  recentUploads,
}: HomeViewProps) {
  const auto = attendance.recentAutoClose;
  const t = attendanceText.for(member.locale);
  return (
    <Home>
      <Header>
        {t('home_title', { greeting: greeting(now, member.timeZone, member.locale), name: member.name })}
      </Header>
      <Context>
        {t('home_date', {
          date: formatLongDate(now, member.locale, member.timeZone),
          timeZone: member.timeZone,
        })}
      </Context>
      {notice ? <Section>:information_source: {notice}</Section> : null}
      {auto?.checkOutAt ? (
        <Section>
          {t('home_auto_closed', {
            from: formatTime(auto.checkInAt, member.locale, member.timeZone),
            to: formatTime(auto.checkOutAt, member.locale, member.timeZone),
          })}
        </Section>
      ) : null}
      <Divider />
      <TodayCard member={member} attendance={attendance} />
      <Divider />
      <WeekSummary member={member} attendance={attendance} today={today} />
      {myRequests ? <Divider /> : null}
      {myRequests ? <MyRequests locale={member.locale} requests={myRequests} /> : null}
      {pendingApprovals && member.role !== 'member' ? <Divider /> : null}
      {pendingApprovals && member.role !== 'member' ? (
        <PendingApprovals locale={member.locale} {...pendingApprovals} />
      ) : null}
      {member.role === 'admin' ? <AdminTools member={member} /> : null}
      {member.role === 'admin' && presence ? (
        <Fragment>
          <Divider />
          <Section>
            <b>{t('home_presence_title')}</b> · {presence.length}
            <br />
            {presence.length === 0
              ? t('home_presence_nobody')
              : presence.slice(0, PRESENCE_SHOWN).map((p) => (
                  <Fragment>
                    • {formatTime(p.since, member.locale, member.timeZone)} ·{' '}
                    {locationName(p.location, member.locale)} ·
                    {/* jsx-slack drops a plain space before a mention; a no-break space survives. */}
                    {'\u00a0'}
                    <a href={`@${p.userId}`} />
                    <br />
                  </Fragment>
                ))}
            {presence.length > PRESENCE_SHOWN
              ? t('home_presence_more', { count: presence.length - PRESENCE_SHOWN })
              : null}
          </Section>
        </Fragment>
      ) : null}
      {recentUploads?.length ? (
        <Fragment>
          <Divider />
          <RecentUploads locale={member.locale} uploads={recentUploads} />
        </Fragment>
      ) : null}
      <Context>{t('home_tip')}</Context>
    </Home>
  );
}
