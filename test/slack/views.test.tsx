/** @jsxImportSource jsx-slack */
import { describe, expect, it } from 'vitest';
import { HomeView, type HomeViewProps } from '@/slack/views/home/home-view';
import { CheckoutReminderMessage } from '@/slack/views/messages/attendance-messages';
import { HelpMessage } from '@/slack/views/messages/help-message';
import { CheckInModal } from '@/slack/views/modals/check-in-modal';
import type { ViewAttendance, ViewMember } from '@/slack/views/parts/types';
import { blocks, homeView, modalView } from '@/slack/views/render';

const plain = (text: string) => ({ type: 'plain_text', text, emoji: true });
const mrkdwn = (text: string) => ({ type: 'mrkdwn', text, verbatim: true });

const seoul: ViewMember = {
  userId: 'USEOUL',
  name: 'Minji',
  timeZone: 'Asia/Seoul',
  locale: 'en-US',
  role: 'member',
};

/** Tuesday 2026-11-24, 09:02 in Seoul. */
const NOW = '2026-11-24T00:02:00Z';

const emptyWeek = [
  { date: '2026-11-23', minutes: 0 },
  { date: '2026-11-24', minutes: 0 },
  { date: '2026-11-25', minutes: 0 },
  { date: '2026-11-26', minutes: 0 },
  { date: '2026-11-27', minutes: 0 },
  { date: '2026-11-28', minutes: 0 },
  { date: '2026-11-29', minutes: 0 },
];

const notCheckedIn: ViewAttendance = {
  open: null,
  todayMinutes: 0,
  todaySessions: [],
  week: emptyWeek,
  weekMinutes: 0,
  recentAutoClose: null,
};

const checkedIn: ViewAttendance = {
  open: { checkInAt: NOW, checkOutAt: null, location: 'remote', note: null, autoClosed: false },
  todayMinutes: 95,
  todaySessions: [{ checkInAt: NOW, checkOutAt: null, location: 'remote', note: null, autoClosed: false }],
  week: [{ date: '2026-11-23', minutes: 480 }, { date: '2026-11-24', minutes: 95 }, ...emptyWeek.slice(2)],
  weekMinutes: 575,
  recentAutoClose: null,
};

function renderHome(props: Partial<HomeViewProps> = {}) {
  return homeView(
    <HomeView member={seoul} now={NOW} today="2026-11-24" attendance={notCheckedIn} {...props} />,
  );
}

type Block = { type: string; block_id?: string; text?: { text: string }; fields?: unknown[] };
const blockById = (view: { blocks: unknown[] }, id: string) =>
  (view.blocks as Block[]).find((b) => b.block_id === id);

describe('CheckInModal', () => {
  // Bug: slack/views/modals/check-in-modal.tsx renders <RadioButtonGroup> without `required`, so jsx-slack
  // emits `optional: true` and Slack labels "Where are you working?" as (optional), although
  // parseCheckInSubmission rejects a submission without a place ("Choose office or remote.").
  it('marks the place as required', () => {
    const view = modalView(<CheckInModal mode="new" location="office" />);
    expect(blockById(view, 'attendance_location_block')).toMatchObject({ optional: false });
  });

  it('renders the new check-in modal with the office preselected and an empty note', () => {
    expect(modalView(<CheckInModal mode="new" location="office" />)).toEqual({
      type: 'modal',
      title: plain('Check in'),
      submit: plain('Check in'),
      close: plain('Cancel'),
      callback_id: 'attendance_check_in_modal',
      private_metadata: 'new',
      blocks: [
        {
          type: 'input',
          block_id: 'attendance_location_block',
          label: plain('Where are you working?'),
          // Asserted on its own below (a known bug: the place shows as optional).
          optional: expect.any(Boolean),
          element: {
            type: 'radio_buttons',
            action_id: 'attendance_location_input',
            options: [
              { text: mrkdwn('Office'), value: 'office' },
              { text: mrkdwn('Remote'), value: 'remote' },
            ],
            initial_option: { text: mrkdwn('Office'), value: 'office' },
          },
        },
        {
          type: 'input',
          block_id: 'attendance_note_block',
          label: plain('Note'),
          hint: plain('Visible to you and the admins.'),
          optional: true,
          element: {
            type: 'plain_text_input',
            action_id: 'attendance_note_input',
            placeholder: { type: 'plain_text', text: "e.g. at the client's site until noon", emoji: false },
            multiline: true,
            max_length: 500,
          },
        },
      ],
    });
  });

  it('renders the edit modal with the current place and note filled in', () => {
    expect(modalView(<CheckInModal mode="edit" location="remote" note="at the client" />)).toEqual({
      type: 'modal',
      title: plain('Edit check-in'),
      submit: plain('Save'),
      close: plain('Cancel'),
      callback_id: 'attendance_check_in_modal',
      private_metadata: 'edit',
      blocks: [
        {
          type: 'input',
          block_id: 'attendance_location_block',
          label: plain('Where are you working?'),
          // Asserted on its own below (a known bug: the place shows as optional).
          optional: expect.any(Boolean),
          element: {
            type: 'radio_buttons',
            action_id: 'attendance_location_input',
            options: [
              { text: mrkdwn('Office'), value: 'office' },
              { text: mrkdwn('Remote'), value: 'remote' },
            ],
            initial_option: { text: mrkdwn('Remote'), value: 'remote' },
          },
        },
        {
          type: 'input',
          block_id: 'attendance_note_block',
          label: plain('Note'),
          hint: plain('Visible to you and the admins.'),
          optional: true,
          element: {
            type: 'plain_text_input',
            action_id: 'attendance_note_input',
            placeholder: { type: 'plain_text', text: "e.g. at the client's site until noon", emoji: false },
            initial_value: 'at the client',
            multiline: true,
            max_length: 500,
          },
        },
      ],
    });
  });
});

const helpSection = {
  type: 'section',
  text: mrkdwn(
    '*Homeroom* keeps track of your working day.\n' +
      '• `/homeroom in`: check in (add `remote` and/or a note: `/homeroom in remote at home today`)\n' +
      '• `/homeroom out`: check out\n' +
      '• `/homeroom status`: today and this week\n' +
      '• `/homeroom request`: ask for leave, an expense, equipment or anything else\n' +
      '• `/homeroom help`: this message',
  ),
};
const helpContext = {
  type: 'context',
  elements: [mrkdwn("Open Homeroom's Home tab for buttons and your week at a glance.")],
};

describe('HelpMessage', () => {
  it('lists the sub-commands', () => {
    expect(blocks(<HelpMessage />)).toEqual([helpSection, helpContext]);
  });

  it('says which word it did not understand before the list', () => {
    expect(blocks(<HelpMessage unknown="dance" />)).toEqual([
      { type: 'section', text: mrkdwn('Sorry, I don\'t know "`dance`". Here\'s what I can do:') },
      helpSection,
      helpContext,
    ]);
  });

  it('cannot be broken out of the code span by what the user typed', () => {
    const [first] = blocks(<HelpMessage unknown="`x` <!channel> & co" />);
    expect(first).toEqual({
      type: 'section',
      text: mrkdwn(
        // jsx-slack writes a backtick inside code as a date token that renders as a literal backtick.
        'Sorry, I don\'t know "`<!date^00000000^{_}|`>x<!date^00000000^{_}|`> &lt;!channel&gt; &amp; co`". ' +
          "Here's what I can do:",
      ),
    });
  });
});

describe('CheckoutReminderMessage', () => {
  it('shows the check-in time, a Check out button and the auto-close time in the member zone', () => {
    const open = { checkInAt: NOW, location: 'office' as const, autoClosed: false };
    expect(
      blocks(<CheckoutReminderMessage member={seoul} open={open} autoCloseAt="2026-11-24T14:00:00Z" />),
    ).toEqual([
      { type: 'section', text: mrkdwn(":wave: You're still checked in since *9:02 AM*. Done for the day?") },
      {
        type: 'actions',
        block_id: 'attendance_actions_block',
        elements: [
          {
            type: 'button',
            action_id: 'attendance_check_out',
            text: plain('Check out'),
            value: 'check_out',
            style: 'primary',
          },
        ],
      },
      {
        type: 'context',
        elements: [
          mrkdwn(
            "If you forget, I'll check you out at 11:00 PM and flag the session as closed automatically.",
          ),
        ],
      },
    ]);
  });
});

const weekFields = (texts: string[]) => texts.map(mrkdwn);

describe('HomeView', () => {
  it('renders the whole Home tab for a member who is not checked in', () => {
    expect(renderHome()).toEqual({
      type: 'home',
      blocks: [
        { type: 'header', text: plain('Good morning, Minji') },
        { type: 'context', elements: [mrkdwn('Tuesday, November 24 · times in Asia/Seoul')] },
        { type: 'divider' },
        {
          type: 'section',
          block_id: 'attendance_today_block',
          text: mrkdwn('*Today*\n:white_circle: Not checked in\nWorked today: *0 m*'),
        },
        {
          type: 'actions',
          block_id: 'attendance_actions_block',
          elements: [
            {
              type: 'button',
              action_id: 'attendance_check_in',
              text: plain('Check in · Office'),
              value: 'office',
              style: 'primary',
            },
            {
              type: 'button',
              action_id: 'attendance_check_in_remote',
              text: plain('Check in · Remote'),
              value: 'remote',
            },
            {
              type: 'button',
              action_id: 'attendance_open_check_in_modal',
              text: plain('With a note…'),
              value: 'new',
            },
          ],
        },
        { type: 'divider' },
        {
          type: 'section',
          block_id: 'attendance_week_block',
          text: mrkdwn('*This week* · 0 m in total'),
          fields: weekFields([
            'Mon, Nov 23\n—',
            '*Tue, Nov 24 (today)*\n—',
            'Wed, Nov 25\n—',
            'Thu, Nov 26\n—',
            'Fri, Nov 27\n—',
            'Sat, Nov 28\n—',
            'Sun, Nov 29\n—',
          ]),
        },
        {
          type: 'context',
          elements: [
            mrkdwn('Tip: `/homeroom in`, `/homeroom out` and `/homeroom status` work from any channel.'),
          ],
        },
      ],
    });
  });

  it('shows the check-in time in the member zone, the place and the hours so far when checked in', () => {
    const view = renderHome({ attendance: checkedIn });
    expect(blockById(view, 'attendance_today_block')).toEqual({
      type: 'section',
      block_id: 'attendance_today_block',
      text: mrkdwn(
        '*Today*\n:large_green_circle: Checked in at *9:02 AM* · :house_with_garden: Remote\nWorked today: *1 h 35 m*',
      ),
    });
  });

  it('offers Check out and Add note when checked in', () => {
    expect(blockById(renderHome({ attendance: checkedIn }), 'attendance_actions_block')).toEqual({
      type: 'actions',
      block_id: 'attendance_actions_block',
      elements: [
        {
          type: 'button',
          action_id: 'attendance_check_out',
          text: plain('Check out'),
          value: 'check_out',
          style: 'danger',
        },
        {
          type: 'button',
          action_id: 'attendance_open_check_in_modal',
          text: plain('Add note'),
          value: 'edit',
        },
      ],
    });
  });

  it("lists today's sessions under the buttons", () => {
    const view = renderHome({ attendance: checkedIn });
    const actionsAt = (view.blocks as Block[]).findIndex((b) => b.block_id === 'attendance_actions_block');
    expect(view.blocks[actionsAt + 1]).toEqual({
      type: 'context',
      elements: [mrkdwn('9:02 AM – now · Remote')],
    });
  });

  it('flags a session the job closed, with its end time', () => {
    const closed = {
      checkInAt: '2026-11-23T15:30:00Z',
      checkOutAt: '2026-11-23T16:00:00Z',
      location: 'remote' as const,
      autoClosed: true,
    };
    const view = renderHome({ attendance: { ...notCheckedIn, todayMinutes: 30, todaySessions: [closed] } });
    const actionsAt = (view.blocks as Block[]).findIndex((b) => b.block_id === 'attendance_actions_block');
    expect(view.blocks[actionsAt + 1]).toEqual({
      type: 'context',
      elements: [mrkdwn('12:30 AM – 1:00 AM · Remote · closed automatically')],
    });
  });

  // Bug: slack/views/parts/today-card.tsx joins the session lines with '\n' inside <Context>; jsx-slack
  // collapses that newline like HTML whitespace, so two sessions run together on one line.
  it("lists each of today's sessions on its own line, closed ones with their end time", () => {
    const attendance: ViewAttendance = {
      ...checkedIn,
      todaySessions: [
        {
          checkInAt: '2026-11-23T15:30:00Z',
          checkOutAt: '2026-11-23T16:00:00Z',
          location: 'remote',
          autoClosed: true,
        },
        { checkInAt: NOW, checkOutAt: null, location: 'office', autoClosed: false },
      ],
    };
    const view = renderHome({ attendance });
    const actionsAt = (view.blocks as Block[]).findIndex((b) => b.block_id === 'attendance_actions_block');
    expect(view.blocks[actionsAt + 1]).toEqual({
      type: 'context',
      elements: [mrkdwn('12:30 AM – 1:00 AM · Remote · closed automatically\n9:02 AM – now · Office')],
    });
  });

  it('offers Edit note and escapes the note so it cannot format or inject markup', () => {
    const attendance: ViewAttendance = {
      ...checkedIn,
      open: { checkInAt: NOW, location: 'office', note: '*bold* <script> & _x_', autoClosed: false },
    };
    const view = renderHome({ attendance });
    expect(blockById(view, 'attendance_today_block')?.text).toEqual(
      mrkdwn(
        '*Today*\n:large_green_circle: Checked in at *9:02 AM* · :office: Office\nWorked today: *1 h 35 m*\n' +
          // <Escape> wraps * and _ in date tokens whose fallback Slack always shows as plain text.
          '_Note: <!date^00000000^{_}|*>bold<!date^00000000^{_}|*> &lt;script&gt; &amp; ' +
          '<!date^00000000^{_}|_>x<!date^00000000^{_}|_>_',
      ),
    );
    const actions = blockById(view, 'attendance_actions_block') as unknown as {
      elements: { text: unknown }[];
    };
    expect(actions.elements[1]?.text).toEqual(plain('Edit note'));
  });

  it('warns about a session the auto-close job ended, with both times in the member zone', () => {
    const view = renderHome({
      attendance: {
        ...notCheckedIn,
        recentAutoClose: {
          checkInAt: '2026-11-23T00:00:00Z',
          checkOutAt: '2026-11-23T14:00:00Z',
          location: 'office',
          autoClosed: true,
        },
      },
    });
    expect(view.blocks[2]).toEqual({
      type: 'section',
      text: mrkdwn(
        ":warning: You didn't check out, so your session from 9:00 AM was closed automatically at 11:00 PM. " +
          'Ask an admin to correct it if the hours are wrong.',
      ),
    });
    expect(view.blocks).toHaveLength(renderHome().blocks.length + 1);
  });

  it('shows a notice above everything else', () => {
    const view = renderHome({ notice: 'You are already checked in.' });
    expect(view.blocks[2]).toEqual({
      type: 'section',
      text: mrkdwn(':information_source: You are already checked in.'),
    });
  });

  it('has seven day fields, Monday first, today in bold and the total in the text', () => {
    const week = blockById(renderHome({ attendance: checkedIn }), 'attendance_week_block');
    expect(week).toEqual({
      type: 'section',
      block_id: 'attendance_week_block',
      text: mrkdwn('*This week* · 9 h 35 m in total'),
      fields: weekFields([
        'Mon, Nov 23\n8 h 00 m',
        '*Tue, Nov 24 (today)*\n1 h 35 m',
        'Wed, Nov 25\n—',
        'Thu, Nov 26\n—',
        'Fri, Nov 27\n—',
        'Sat, Nov 28\n—',
        'Sun, Nov 29\n—',
      ]),
    });
    // Slack allows at most 10 fields in a section.
    expect(week?.fields?.length).toBeLessThanOrEqual(10);
  });

  it('formats times in the member zone: 00:02 UTC is 9:02 AM in Seoul and 4:02 PM the day before in LA', () => {
    const la: ViewMember = { ...seoul, name: 'Sam', timeZone: 'America/Los_Angeles' };
    const view = renderHome({ member: la, attendance: checkedIn, today: '2026-11-23' });
    expect(view.blocks[0]).toEqual({ type: 'header', text: plain('Good afternoon, Sam') });
    expect(view.blocks[1]).toEqual({
      type: 'context',
      elements: [mrkdwn('Monday, November 23 · times in America/Los_Angeles')],
    });
    expect(blockById(view, 'attendance_today_block')?.text?.text).toContain('Checked in at *4:02 PM*');
  });

  const admin: ViewMember = { ...seoul, role: 'admin' };
  const presence = [
    { userId: 'U2', since: '2026-11-23T23:30:00Z', location: 'office' as const },
    { userId: 'U3', since: '2026-11-24T00:02:00Z', location: 'remote' as const },
  ];

  it("shows admins who's in now, earliest first, with times in their zone", () => {
    const view = renderHome({ member: admin, presence });
    expect(view.blocks.at(-3)).toEqual({ type: 'divider' });
    const section = view.blocks.at(-2) as Block;
    expect(section.type).toBe('section');
    const lines = section.text?.text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines?.[0]).toBe("*Who's in now* · 2");
    // The separator before the mention is asserted in the test below (a known bug).
    expect(lines?.[1]).toBe('• 8:30 AM · Office ·\u00a0<@U2|>');
    expect(lines?.[2]).toBe('• 9:02 AM · Remote ·\u00a0<@U3|>');
  });

  // Bug: slack/views/home/home-view.tsx renders each presence line as `· {' '}<a href="@U…" />`; jsx-slack
  // 6.1.2 drops the space before a self-closing special link and emits `<@U2|>`, so admins read
  // "Office ·<@U2|>" instead of "Office · <@U2>".
  it("separates the place from the mention in the admins' who's-in list", () => {
    const view = renderHome({ member: admin, presence });
    expect(view.blocks.at(-2)).toEqual({
      type: 'section',
      text: mrkdwn("*Who's in now* · 2\n• 8:30 AM · Office ·\u00a0<@U2|>\n• 9:02 AM · Remote ·\u00a0<@U3|>"),
    });
  });

  it('shows admins at most 20 people and counts the rest', () => {
    const many = Array.from({ length: 23 }, (_, i) => ({
      userId: `U${100 + i}`,
      since: NOW,
      location: 'office' as const,
    }));
    const text = (renderHome({ member: admin, presence: many }).blocks.at(-2) as Block).text?.text ?? '';
    expect(text.startsWith("*Who's in now* · 23\n")).toBe(true);
    expect(text.match(/^• /gm)).toHaveLength(20);
    expect(text).toContain('<@U119');
    expect(text).not.toContain('<@U120');
    expect(text.endsWith('and 3 more')).toBe(true);
  });

  it('tells admins when nobody is in', () => {
    const view = renderHome({ member: { ...seoul, role: 'admin' }, presence: [] });
    expect(view.blocks.at(-2)).toEqual({
      type: 'section',
      text: mrkdwn("*Who's in now* · 0\nNobody is checked in."),
    });
  });

  it("never shows members who's in, even when presence is passed", () => {
    const view = renderHome({ presence: [{ userId: 'U2', since: NOW, location: 'office' }] });
    expect(JSON.stringify(view)).not.toContain("Who's in now");
    expect(JSON.stringify(view)).not.toContain('<@U2>');
    expect(view.blocks).toEqual(renderHome().blocks);
  });
});

describe('views in Korean and Japanese', () => {
  const minji: ViewMember = { ...seoul, name: '민지', locale: 'ko-KR', role: 'admin' };
  const haruto: ViewMember = { ...seoul, name: '陽翔', timeZone: 'Asia/Tokyo', locale: 'ja-JP' };

  it('renders the Home tab in Korean with 24-hour times and Korean day names', () => {
    const view = renderHome({
      member: minji,
      attendance: { ...checkedIn, week: checkedIn.week.slice(0, 2) },
      presence: [{ userId: 'U2', since: NOW, location: 'office' }],
    });
    expect(view).toEqual({
      type: 'home',
      blocks: [
        { type: 'header', text: plain('민지님, 좋은 아침이에요') },
        { type: 'context', elements: [mrkdwn('11월 24일 화요일 · 시간은 Asia/Seoul 기준')] },
        { type: 'divider' },
        {
          type: 'section',
          block_id: 'attendance_today_block',
          text: mrkdwn(
            '*오늘*\n:large_green_circle: 출근 *09:02* · :house_with_garden: 재택\n오늘 근무: *1시간 35분*',
          ),
        },
        {
          type: 'actions',
          block_id: 'attendance_actions_block',
          elements: [
            {
              type: 'button',
              action_id: 'attendance_check_out',
              text: plain('퇴근'),
              value: 'check_out',
              style: 'danger',
            },
            {
              type: 'button',
              action_id: 'attendance_open_check_in_modal',
              text: plain('메모 추가'),
              value: 'edit',
            },
          ],
        },
        { type: 'context', elements: [mrkdwn('09:02 – 지금 · 재택')] },
        { type: 'divider' },
        {
          type: 'section',
          block_id: 'attendance_week_block',
          text: mrkdwn('*이번 주* · 합계 9시간 35분'),
          fields: weekFields(['11월 23일 (월)\n8시간 00분', '*오늘 · 11월 24일 (화)*\n1시간 35분']),
        },
        { type: 'divider' },
        {
          type: 'section',
          text: mrkdwn(
            '*관리자 도구*\n역할과 연차 일수를 정하거나, 요청과 근태 기록을 CSV로 내려받을 수 있어요.',
          ),
        },
        {
          type: 'actions',
          block_id: 'admin_tools_block',
          elements: [
            { type: 'button', action_id: 'admin_open_members', text: plain('구성원 관리'), value: 'members' },
            { type: 'button', action_id: 'admin_open_export', text: plain('CSV 내보내기'), value: 'export' },
          ],
        },
        { type: 'divider' },
        { type: 'section', text: mrkdwn('*지금 출근한 사람* · 1\n• 09:02 · 사무실 ·\u00a0<@U2|>') },
        {
          type: 'context',
          elements: [
            mrkdwn('팁: `/homeroom in`, `/homeroom out`, `/homeroom status`는 어느 채널에서나 쓸 수 있어요.'),
          ],
        },
      ],
    });
  });

  it('renders the check-in modal in Japanese', () => {
    const view = modalView(<CheckInModal mode="new" location="office" locale="ja-JP" />);
    expect(view).toMatchObject({
      title: plain('出勤する'),
      submit: plain('出勤'),
      close: plain('キャンセル'),
      callback_id: 'attendance_check_in_modal',
    });
    expect(view.blocks).toEqual([
      {
        type: 'input',
        block_id: 'attendance_location_block',
        label: plain('どこで働きますか？'),
        optional: false,
        element: {
          type: 'radio_buttons',
          action_id: 'attendance_location_input',
          options: [
            { text: mrkdwn('オフィス'), value: 'office' },
            { text: mrkdwn('リモート'), value: 'remote' },
          ],
          initial_option: { text: mrkdwn('オフィス'), value: 'office' },
        },
      },
      {
        type: 'input',
        block_id: 'attendance_note_block',
        label: plain('メモ'),
        hint: plain('本人と管理者だけが見られます。'),
        optional: true,
        element: {
          type: 'plain_text_input',
          action_id: 'attendance_note_input',
          placeholder: { type: 'plain_text', text: '例: 午前中は客先にいます', emoji: false },
          multiline: true,
          max_length: 500,
        },
      },
    ]);
  });

  it('puts the unknown word where Japanese wants it, still as code', () => {
    expect(blocks(<HelpMessage unknown="dance" locale="ja-JP" />)[0]).toEqual({
      type: 'section',
      text: mrkdwn('「`dance`」はわかりませんでした。使い方はこちらです:'),
    });
  });

  it('reminds in Japanese with times in Tokyo', () => {
    const open = { checkInAt: NOW, location: 'office' as const, autoClosed: false };
    expect(
      blocks(<CheckoutReminderMessage member={haruto} open={open} autoCloseAt="2026-11-24T14:00:00Z" />),
    ).toEqual([
      {
        type: 'section',
        text: mrkdwn(':wave: まだ出勤中です (出勤 *9:02*)。今日のお仕事は終わりましたか？'),
      },
      {
        type: 'actions',
        block_id: 'attendance_actions_block',
        elements: [
          {
            type: 'button',
            action_id: 'attendance_check_out',
            text: plain('退勤'),
            value: 'check_out',
            style: 'primary',
          },
        ],
      },
      {
        type: 'context',
        elements: [mrkdwn('退勤を忘れた場合は23:00に自動で退勤し、自動終了として記録します。')],
      },
    ]);
  });
});
