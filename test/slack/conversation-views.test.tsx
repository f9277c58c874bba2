/** @jsxImportSource jsx-slack */
import { describe, expect, it } from 'vitest';
import {
  ConversationHelpMessage,
  LeaveReplyMessage,
  MorningReminderMessage,
  PresenceMessage,
} from '@/slack/views/messages/conversation-messages';
import { blocks } from '@/slack/views/render';

const plain = (text: string) => ({ type: 'plain_text', text, emoji: true });
const mrkdwn = (text: string) => ({ type: 'mrkdwn', text, verbatim: true });
const button = (action_id: string, text: string, value: string, style?: string) => ({
  type: 'button',
  action_id,
  text: plain(text),
  value,
  ...(style ? { style } : {}),
});

describe('ConversationHelpMessage', () => {
  it('lists what to say and offers Check in and New request in a DM', () => {
    expect(blocks(<ConversationHelpMessage locale="en-US" checkedIn={false} />)).toEqual([
      {
        type: 'section',
        text: mrkdwn(
          'Tell me what you need in a few words:\n' +
            '• *check in* (or *check in remote*): start your day\n' +
            '• *check out*: end your day\n' +
            '• *status*: today and this week\n' +
            '• *vacation* or *day off*: request time off\n' +
            "• *who's in?*: who is working today (mention me in a channel)",
        ),
      },
      {
        type: 'actions',
        block_id: 'conversations_reply_actions',
        elements: [
          button('attendance_check_in', 'Check in · Office', 'office', 'primary'),
          button('attendance_check_in_remote', 'Check in · Remote', 'remote'),
          button('requests_new', 'New request', 'leave'),
        ],
      },
      {
        type: 'context',
        elements: [
          mrkdwn('My Home tab has your day and week at a glance; `/homeroom` works from any channel.'),
        ],
      },
    ]);
  });

  it('has no buttons in a channel', () => {
    const out = blocks(<ConversationHelpMessage locale="ko-KR" checkedIn={null} unknown />);
    expect(out.map((b) => (b as { type: string }).type)).toEqual(['section', 'context']);
    expect((out[0] as { text: { text: string } }).text.text.split('\n')[0]).toBe(
      '죄송해요, 잘 이해하지 못했어요. 이런 말을 알아들어요:',
    );
  });
});

describe('LeaveReplyMessage', () => {
  it('offers the New request button in Japanese', () => {
    expect(blocks(<LeaveReplyMessage locale="ja-JP" />)).toEqual([
      {
        type: 'section',
        text: mrkdwn(
          ':palm_tree: お休みを取りますか？日付を入れて申請すると承認者にすぐ届き、結果はここでお知らせします。',
        ),
      },
      {
        type: 'actions',
        block_id: 'conversations_reply_actions',
        elements: [button('requests_new', '新しい申請', 'leave', 'primary')],
      },
    ]);
  });
});

describe('PresenceMessage', () => {
  it('lists who is in with place and time in the reader zone, and who is out with the half day only', () => {
    expect(
      blocks(
        <PresenceMessage
          kind="reply"
          locale="ja-JP"
          timeZone="Asia/Tokyo"
          now="2026-11-24T01:00:00Z"
          present={[{ userId: 'U1', since: '2026-11-24T00:02:00Z', location: 'office' }]}
          away={[
            { userId: 'U2', dayPart: 'full' },
            { userId: 'U3', dayPart: 'afternoon' },
          ]}
        />,
      ),
    ).toEqual([
      { type: 'section', text: mrkdwn('今日の出勤状況 · 11月24日火曜日') },
      { type: 'section', text: mrkdwn('*勤務中* · 1人\n•\u00a0<@U1|>\u00a0· オフィス · 9:02から') },
      { type: 'divider' },
      { type: 'section', text: mrkdwn('*本日不在* · 2人\n•\u00a0<@U2|>\n•\u00a0<@U3|>\u00a0(午後)') },
      { type: 'context', elements: [mrkdwn('時刻はAsia/Tokyo基準です。')] },
    ]);
  });

  it('lists at most 40 people per group and counts the rest, within the 3,000-character limit', () => {
    const present = Array.from({ length: 130 }, (_, i) => ({
      userId: `U${1000 + i}`,
      since: '2026-11-24T00:02:00Z',
      location: 'office' as const,
    }));
    const [, inNow] = blocks(
      <PresenceMessage
        kind="digest"
        locale="en-US"
        timeZone="UTC"
        now="2026-11-24T09:00:00Z"
        present={present}
        away={[]}
      />,
    ) as { text: { text: string } }[];
    expect(inNow!.text.text.match(/<@U/g)).toHaveLength(40);
    expect(inNow!.text.text.endsWith('\nand 90 more')).toBe(true);
    expect(inNow!.text.text.length).toBeLessThanOrEqual(3000);
  });
});

describe('MorningReminderMessage', () => {
  it('offers the three ways to check in, in Korean', () => {
    expect(blocks(<MorningReminderMessage locale="ko-KR" />)).toEqual([
      {
        type: 'section',
        text: mrkdwn(':sunrise: 좋은 아침이에요! 오늘은 아직 출근 기록이 없어요. 어디에서 일하시나요?'),
      },
      {
        type: 'actions',
        block_id: 'conversations_morning_actions',
        elements: [
          button('attendance_check_in', '출근 · 사무실', 'office', 'primary'),
          button('attendance_check_in_remote', '출근 · 재택', 'remote'),
          button('attendance_open_check_in_modal', '메모와 함께…', 'new'),
        ],
      },
      { type: 'context', elements: [mrkdwn('이 알림은 주말과 승인된 휴가일에는 보내지 않아요.')] },
    ]);
  });
});
