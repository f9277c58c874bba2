/** @jsxImportSource jsx-slack */
import { Context, Divider, Fragment, Header, Home, Section } from 'jsx-slack';
import { AdminTools } from '@/slack/views/parts/admin-tools';
import { formatLongDate, formatTime, greeting, locationLabel } from '@/slack/views/parts/format';
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
  return (
    <Home>
      <Header>
        {greeting(now, member.timeZone)}, {member.name}
      </Header>
      <Context>
        {formatLongDate(now, member.locale, member.timeZone)} · times in {member.timeZone}
      </Context>
      {notice ? <Section>:information_source: {notice}</Section> : null}
      {auto?.checkOutAt ? (
        <Section>
          :warning: You didn't check out, so your session from{' '}
          {formatTime(auto.checkInAt, member.locale, member.timeZone)} was closed automatically at{' '}
          {formatTime(auto.checkOutAt, member.locale, member.timeZone)}. Ask an admin to correct it if the
          hours are wrong.
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
            <b>Who's in now</b> · {presence.length}
            <br />
            {presence.length === 0
              ? 'Nobody is checked in.'
              : presence.slice(0, PRESENCE_SHOWN).map((p) => (
                  <Fragment>
                    • {formatTime(p.since, member.locale, member.timeZone)} · {locationLabel[p.location]} ·
                    {/* jsx-slack drops a plain space before a mention; a no-break space survives. */}
                    {'\u00a0'}
                    <a href={`@${p.userId}`} />
                    <br />
                  </Fragment>
                ))}
            {presence.length > PRESENCE_SHOWN ? `and ${presence.length - PRESENCE_SHOWN} more` : null}
          </Section>
        </Fragment>
      ) : null}
      {recentUploads?.length ? (
        <Fragment>
          <Divider />
          <RecentUploads locale={member.locale} uploads={recentUploads} />
        </Fragment>
      ) : null}
      <Context>
        Tip: <code>/homeroom in</code>, <code>/homeroom out</code> and <code>/homeroom status</code> work from
        any channel.
      </Context>
    </Home>
  );
}
