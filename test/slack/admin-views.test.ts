import { describe, expect, it } from 'vitest';
import { plain } from '@/slack/previews/story';
import { parseExportSubmission, parseMemberSettingsSubmission } from '@/slack/submissions/admin';
import { ApprovalReminderMessage, ExportLinkMessage } from '@/slack/views/messages/admin-messages';
import { AdminExportModal } from '@/slack/views/modals/admin-export-modal';
import { AdminMembersModal } from '@/slack/views/modals/admin-members-modal';
import { AdminTools } from '@/slack/views/parts/admin-tools';

const text = (t: string, emoji = true) => ({ type: 'plain_text', text: t, emoji });
const mrkdwn = (t: string) => ({ type: 'mrkdwn', text: t, verbatim: true });

describe('admin views', () => {
  it('renders the admin tools on Home: two buttons after a divider', () => {
    const member = { userId: 'U1', name: 'Hana', timeZone: 'UTC', locale: 'en-US', role: 'admin' as const };
    expect(plain(AdminTools({ member }))).toEqual([
      { type: 'divider' },
      {
        type: 'section',
        text: mrkdwn(
          '*Admin tools*\nSet roles and leave allowances, or download requests and attendance as CSV.',
        ),
      },
      {
        type: 'actions',
        block_id: 'admin_tools_block',
        elements: [
          { type: 'button', action_id: 'admin_open_members', text: text('Manage members'), value: 'members' },
          { type: 'button', action_id: 'admin_open_export', text: text('Export CSV'), value: 'export' },
        ],
      },
    ]);
  });

  it('renders the members modal with the picked member’s values in blocks named after them', () => {
    const view = plain(
      AdminMembersModal({
        locale: 'en-US',
        subject: {
          userId: 'U2',
          name: 'Minji',
          role: 'approver',
          effectiveRole: 'approver',
          configuredAdmin: false,
          allowanceDays: 15.5,
        },
      }),
    ) as { blocks: unknown[] };
    expect(view.blocks).toEqual([
      {
        type: 'input',
        block_id: 'admin_member_block',
        label: text('Member'),
        hint: text('Their current role and allowance appear once you pick them.'),
        optional: false,
        dispatch_action: true,
        element: {
          type: 'users_select',
          action_id: 'admin_member_select',
          placeholder: text('Choose a person'),
          initial_user: 'U2',
        },
      },
      { type: 'context', elements: [mrkdwn('Now: *Approver* · 15.5 days a year')] },
      {
        type: 'input',
        block_id: 'admin_role_block_U2',
        label: text('Role'),
        hint: text('Approvers approve requests; admins also manage members and exports.'),
        optional: false,
        element: {
          type: 'static_select',
          action_id: 'admin_role_select',
          options: [
            { text: text('Member'), value: 'member' },
            { text: text('Approver'), value: 'approver' },
            { text: text('Admin'), value: 'admin' },
          ],
          initial_option: { text: text('Approver'), value: 'approver' },
        },
      },
      {
        type: 'input',
        block_id: 'admin_allowance_block_U2',
        label: text('Yearly leave allowance (days)'),
        hint: text('From 0 to 365, in half days.'),
        optional: false,
        element: {
          type: 'number_input',
          action_id: 'admin_allowance_input',
          is_decimal_allowed: true,
          min_value: '0',
          max_value: '365',
          initial_value: '15.5',
        },
      },
      {
        type: 'input',
        block_id: 'admin_note_block',
        label: text('Note for the audit trail'),
        optional: true,
        element: {
          type: 'plain_text_input',
          action_id: 'admin_note_input',
          placeholder: text('e.g. moved to the support team', false),
          multiline: true,
          max_length: 500,
        },
      },
    ]);
  });

  it('renders the export modal in Japanese with the range preset', () => {
    expect(
      plain(
        AdminExportModal({ locale: 'ja-JP', timeZone: 'Asia/Tokyo', from: '2026-11-01', to: '2026-11-30' }),
      ),
    ).toEqual({
      type: 'modal',
      callback_id: 'admin_export_modal',
      private_metadata: 'Asia/Tokyo',
      title: text('CSVエクスポート'),
      submit: text('リンクを取得'),
      close: text('キャンセル'),
      blocks: [
        {
          type: 'section',
          text: mrkdwn(
            'この期間（Asia/Tokyo）の申請と勤怠記録を1つのCSVファイルにまとめます。リンクはDMで届き、24時間で期限切れになります。',
          ),
        },
        {
          type: 'input',
          block_id: 'admin_export_from_block',
          label: text('開始日'),
          optional: false,
          element: { type: 'datepicker', action_id: 'admin_export_from_input', initial_date: '2026-11-01' },
        },
        {
          type: 'input',
          block_id: 'admin_export_to_block',
          label: text('終了日（当日を含む）'),
          optional: false,
          element: { type: 'datepicker', action_id: 'admin_export_to_input', initial_date: '2026-11-30' },
        },
      ],
    });
  });

  it('renders the export link DM in Korean with the expiry in the admin’s zone', () => {
    expect(
      plain(
        ExportLinkMessage({
          locale: 'ko-KR',
          timeZone: 'Asia/Seoul',
          url: 'https://h.test/api/export/abc.def',
          from: '2026-11-01',
          to: '2026-11-30',
          expiresAt: '2026-11-25T12:00:00Z',
        }),
      ),
    ).toEqual([
      {
        type: 'section',
        text: mrkdwn(
          ':page_facing_up:\u00a0<https://h.test/api/export/abc.def|*CSV 내려받기*>\n11월 1일 (일) – 11월 30일 (월) 기간의 요청과 출퇴근 기록',
        ),
      },
      {
        type: 'context',
        elements: [
          mrkdwn(
            '링크는 2026. 11. 25. PM 9:00(Asia/Seoul)까지, 관리자만 쓸 수 있어요. 그때까지는 링크만 있으면 내려받을 수 있으니 다른 사람과 공유하지 마세요.',
          ),
        ],
      },
    ]);
  });

  it('lists at most 15 requests in a reminder and counts the rest, escaping what members typed', () => {
    const requests = Array.from({ length: 17 }, (_, i) => ({
      id: i + 1,
      kind: 'general' as const,
      userId: `U${i}`,
      createdAt: '2026-11-20T10:00:00Z',
      subject: i === 0 ? '*bold* <!here>' : `Thing ${i}`,
    }));
    const [header, section] = plain(
      ApprovalReminderMessage({ locale: 'en-US', requests, hours: 24, now: '2026-11-24T10:00:00Z' }),
    ) as { text: { text: string } }[];
    expect(header!.text.text).toBe(':hourglass_flowing_sand: 17 requests are waiting for a decision');
    const lines = section!.text.text.split('\n');
    expect(lines).toHaveLength(17);
    expect(lines[0]).toBe('Pending for more than 24 hours, oldest first:');
    expect(lines[2]).toBe('•\u00a0<@U1|>\u00a0·\u00a0#2 Request · Thing 1 · waiting 4 days');
    expect(lines[1]).not.toContain('<!here>');
    expect(lines[16]).toBe('and 2 more');
  });
});

describe('admin submissions', () => {
  const state = (allowance: string, note = '') => ({
    admin_member_block: { admin_member_select: { selected_user: 'U2' } },
    admin_role_block_U2: { admin_role_select: { selected_option: { value: 'approver' } } },
    admin_allowance_block_U2: { admin_allowance_input: { value: allowance } },
    admin_note_block: { admin_note_input: { value: note } },
  });

  it('parses role, allowance in half days and a trimmed note', () => {
    expect(parseMemberSettingsSubmission(state(' 12.5 ', '  moved  '), 'en-US')).toEqual({
      ok: true,
      value: { userId: 'U2', role: 'approver', allowanceDays: 12.5, note: 'moved' },
    });
    expect(parseMemberSettingsSubmission(state('0'), 'en-US')).toMatchObject({
      ok: true,
      value: { allowanceDays: 0, note: null },
    });
  });

  it('names the allowance block in Korean when the allowance is not a half-day step', () => {
    expect(parseMemberSettingsSubmission(state('1.25'), 'ko-KR')).toEqual({
      ok: false,
      errors: { admin_allowance_block_U2: '0~365 사이의 일수를 0.5일 단위로 입력하세요.' },
    });
  });

  it('asks for a member first', () => {
    expect(parseMemberSettingsSubmission({}, 'ja-JP')).toEqual({
      ok: false,
      errors: { admin_member_block: 'メンバーを選択してください。' },
    });
  });

  it('accepts a whole year of dates and refuses a missing date', () => {
    const range = (from?: string, to?: string) => ({
      admin_export_from_block: { admin_export_from_input: { selected_date: from ?? null } },
      admin_export_to_block: { admin_export_to_input: { selected_date: to ?? null } },
    });
    expect(parseExportSubmission(range('2024-01-01', '2024-12-31'), 'en-US')).toEqual({
      ok: true,
      value: { from: '2024-01-01', to: '2024-12-31' },
    });
    expect(parseExportSubmission(range(undefined, '2024-12-31'), 'en-US')).toEqual({
      ok: false,
      errors: { admin_export_from_block: 'Choose a date.' },
    });
  });
});
