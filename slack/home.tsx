/** @jsxImportSource jsx-slack */
import type { WebClient } from '@slack/web-api';
import type { Conn } from '@/db/client';
import { localDate } from '@/db/local-time';
import { attendanceSummary, whoIsIn } from '@/db/queries/attendance';
import { memberName } from '@/db/queries/members';
import { recentUploads } from '@/db/queries/uploads';
import type { AttendanceSession, Member, MemberRole } from '@/db/schema';
import { loadRequestsHome } from '@/slack/requests';
import { toViewUpload } from '@/slack/uploads';
import { HomeView, type HomeViewProps } from '@/slack/views/home/home-view';
import type { ViewAttendance, ViewMember, ViewSession } from '@/slack/views/parts/types';
import { homeView } from '@/slack/views/render';

export function toViewMember(member: Member, role: MemberRole): ViewMember {
  return {
    userId: member.userId,
    name: memberName(member),
    timeZone: member.timeZone,
    locale: member.locale,
    role,
  };
}

export function toViewSession(s: AttendanceSession): ViewSession {
  return {
    checkInAt: s.checkInAt.toISOString(),
    checkOutAt: s.checkOutAt?.toISOString() ?? null,
    location: s.location,
    note: s.note,
    autoClosed: s.checkOutSource === 'auto_close',
  };
}

/** Today's card and the week for one member, as view props. */
export async function loadAttendance(db: Conn, member: Member, now: Date): Promise<ViewAttendance> {
  const summary = await attendanceSummary(db, member.id, member.timeZone, now);
  return {
    open: summary.open ? toViewSession(summary.open) : null,
    todayMinutes: summary.todayMinutes,
    todaySessions: summary.today.map(toViewSession),
    week: summary.week,
    weekMinutes: summary.weekMinutes,
    recentAutoClose: summary.recentAutoClose ? toViewSession(summary.recentAutoClose) : null,
  };
}

export async function buildHomeProps(
  db: Conn,
  member: Member,
  role: MemberRole,
  now: Date,
  notice?: string,
): Promise<HomeViewProps> {
  const [attendance, presence, uploads, requests] = await Promise.all([
    loadAttendance(db, member, now),
    role === 'admin' ? whoIsIn(db, member.teamId) : Promise.resolve(undefined),
    recentUploads(db, member.id),
    loadRequestsHome(db, member, role, now),
  ]);
  return {
    member: toViewMember(member, role),
    now: now.toISOString(),
    today: localDate(now, member.timeZone),
    attendance,
    presence: presence?.map((p) => ({
      userId: p.userId,
      since: p.since.toISOString(),
      location: p.location,
    })),
    notice: notice ?? null,
    recentUploads: uploads.map(toViewUpload),
    ...requests,
  };
}

/** Re-publishes a member's Home tab from the database. */
export async function publishHome(
  client: WebClient,
  db: Conn,
  member: Member,
  role: MemberRole,
  options: { notice?: string; now?: Date } = {},
): Promise<void> {
  const props = await buildHomeProps(db, member, role, options.now ?? new Date(), options.notice);
  await client.views.publish({ user_id: member.userId, view: homeView(<HomeView {...props} />) });
}
