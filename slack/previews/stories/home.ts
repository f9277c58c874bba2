import { HomeView, type HomeViewProps } from '@/slack/views/home/home-view';
import * as a from '../fixtures/attendance';
import { memberChoices } from '../fixtures/choices';
import {
  admin,
  approver,
  longNameMember,
  member,
  presence,
  seoulMember,
  tokyoMember,
} from '../fixtures/members';
import { recent } from '../fixtures/uploads';
import { type AnyStory, homeStory } from '../story';

const group = 'Home tab';

function home(
  id: string,
  title: string,
  props: HomeViewProps,
  description?: string,
  expectErrors?: boolean,
): AnyStory {
  return homeStory({
    id: `home/${id}`,
    title,
    group,
    view: HomeView,
    props,
    description,
    choices: memberChoices,
    expectErrors,
  });
}

export const homeStories: AnyStory[] = [
  home(
    'member-recent-images-ko',
    'Member with recent images (Korean)',
    {
      member: seoulMember,
      now: a.seoulNoon,
      today: a.today,
      attendance: a.seoulCheckedIn,
      recentUploads: recent,
    },
    'The last five hosted images, linked, with size and dimensions.',
  ),
  home(
    'member-not-checked-in',
    'Member, not checked in',
    { member, now: a.morning, today: a.today, attendance: a.notCheckedIn },
    'First thing in the morning: three ways to check in.',
  ),
  home('member-checked-in', 'Member, checked in', {
    member,
    now: a.afternoon,
    today: a.today,
    attendance: a.checkedIn,
  }),
  home('member-checked-in-remote-note', 'Member, remote with a note', {
    member,
    now: a.afternoon,
    today: a.today,
    attendance: a.checkedInRemoteWithNote,
  }),
  home(
    'member-checked-out',
    'Member, checked out',
    { member, now: a.evening, today: a.today, attendance: a.checkedOut },
    'Two sessions today, both closed.',
  ),
  home(
    'member-auto-closed-yesterday',
    'Member, auto-closed yesterday',
    { member, now: a.morning, today: a.today, attendance: a.autoClosed },
    'The warning shown after the job closed a forgotten session.',
  ),
  home('member-already-checked-in-notice', 'Member, notice after a no-op click', {
    member,
    now: a.afternoon,
    today: a.today,
    attendance: a.checkedIn,
    notice: 'You were already checked in since 9:02 AM.',
  }),
  home('member-empty-week', 'Member, empty week', {
    member,
    now: '2026-11-23T13:05:00Z',
    today: '2026-11-23',
    attendance: a.emptyWeek,
  }),
  home(
    'member-busy-week',
    'Member, busy week',
    { member, now: a.fridayNight, today: a.friday, attendance: a.busyWeek },
    'Friday night of a long week, third session of the day.',
  ),
  home(
    'member-seoul-korean',
    'Member in Seoul, Korean locale',
    { member: seoulMember, now: a.seoulNoon, today: a.today, attendance: a.seoulCheckedIn },
    'Times and day names follow the member’s zone and locale.',
  ),
  home(
    'admin-tokyo-japanese',
    'Admin in Tokyo, Japanese locale',
    {
      member: tokyoMember,
      now: a.afternoon,
      today: '2026-11-25',
      attendance: a.autoClosed,
      presence: presence(4, '2026-11-25'),
      notice: 'すでに9:02から出勤中です。',
    },
    'Every text in Japanese: greeting, auto-close warning, week, who is in.',
  ),
  home('member-long-name', 'Member with a very long name', {
    member: longNameMember,
    now: '2026-11-24T09:30:00Z',
    today: a.today,
    attendance: a.checkedInRemoteWithNote,
  }),
  home('approver', 'Approver', {
    member: approver,
    now: a.afternoon,
    today: a.today,
    attendance: a.checkedIn,
  }),
  home(
    'admin-presence',
    'Admin, who is in',
    { member: admin, now: a.afternoon, today: a.today, attendance: a.checkedIn, presence: presence(6) },
    'Admins see who is checked in right now.',
  ),
  home('admin-nobody-in', 'Admin, nobody in', {
    member: admin,
    now: a.evening,
    today: a.today,
    attendance: a.checkedOut,
    presence: [],
  }),
  home(
    'admin-crowded',
    'Admin, crowded office',
    { member: admin, now: a.afternoon, today: a.today, attendance: a.checkedIn, presence: presence(27) },
    'Past 20 people the list ends with “and N more”.',
  ),
  home(
    'limit-notice-too-long',
    'Limit error: notice too long',
    {
      member,
      now: a.afternoon,
      today: a.today,
      attendance: a.checkedIn,
      notice: `A notice nobody trimmed. ${'All work and no play makes a dull day. '.repeat(80)}`,
    },
    'Breaks the 3,000-character limit of a section on purpose, to show how limit errors are pinned.',
    true,
  ),
];
