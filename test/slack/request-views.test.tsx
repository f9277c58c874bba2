/** @jsxImportSource jsx-slack */
import { Blocks } from 'jsx-slack';
import { describe, expect, it } from 'vitest';
import * as q from '@/slack/previews/fixtures/requests';
import { RequestDecisionMessage } from '@/slack/views/messages/request-messages';
import { RejectModal } from '@/slack/views/modals/reject-modal';
import { RequestModal } from '@/slack/views/modals/request-modal';
import { MyRequests } from '@/slack/views/parts/my-requests';
import { PendingApprovals } from '@/slack/views/parts/pending-approvals';
import { blocks, modalView } from '@/slack/views/render';

const mrkdwn = (text: string) => ({ type: 'mrkdwn', text, verbatim: true });
const plain = (text: string) => ({ type: 'plain_text', text, emoji: true });

describe('MyRequests', () => {
  it('lists requests with status, who decided and why, and Cancel with a confirm on pending ones', () => {
    expect(
      blocks(
        <Blocks>
          <MyRequests locale="en-US" requests={[q.pendingLeave, q.rejectedEquipment]} />
        </Blocks>,
      ),
    ).toEqual([
      {
        type: 'section',
        block_id: 'requests_my_requests_block',
        text: mrkdwn('*My requests*'),
        accessory: {
          type: 'button',
          action_id: 'requests_new',
          text: plain('New request'),
          value: 'leave',
          style: 'primary',
        },
      },
      {
        type: 'section',
        text: mrkdwn(
          ':hourglass_flowing_sand: *Leave* · Vacation · Mon, Dec 21 – Thu, Dec 24 · 4 days\nPending',
        ),
        accessory: {
          type: 'button',
          action_id: 'requests_cancel',
          text: plain('Cancel'),
          value: '41',
          confirm: {
            title: plain('Cancel this request?'),
            text: mrkdwn('The approvers will see it as cancelled and the days return to your balance.'),
            confirm: plain('Cancel request'),
            deny: plain('Keep it'),
            style: 'danger',
          },
        },
      },
      {
        type: 'section',
        text: mrkdwn(
          ':x: *Equipment* · 1 × 34-inch ultrawide monitor · needed by Tue, Dec 1\n' +
            ':x: Rejected by <@U0APPROV01> at <!date^1795110300^{date_short_pretty} {time}|2026-11-19 17:45 UTC>' +
            ' · “We have spare 27-inch monitors in storage; please take one of those.”',
        ),
      },
    ]);
  });

  it('invites a first request when there are none', () => {
    expect(
      blocks(
        <Blocks>
          <MyRequests locale="ja-JP" requests={[]} />
        </Blocks>,
      )[1],
    ).toEqual({
      type: 'context',
      elements: [mrkdwn('まだ申請はありません。休暇や経費精算、新しい備品が必要なときはこちらから。')],
    });
  });
});

describe('PendingApprovals', () => {
  it('shows each pending request with Approve and Reject, then how many more wait', () => {
    expect(
      blocks(
        <Blocks>
          <PendingApprovals locale="ko-KR" pending={[q.seoulExpense]} total={3} />
        </Blocks>,
      ),
    ).toEqual([
      { type: 'section', block_id: 'requests_pending_block', text: mrkdwn('*승인 대기* · 3') },
      {
        type: 'section',
        text: mrkdwn(
          ':receipt: *경비* 요청자 <@U0SEOUL001> · <!date^1795482600^{date_short_pretty}|2026-11-24>\n₩48,000 · 11월 23일 (월) · 고객사 미팅 택시비',
        ),
      },
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            action_id: 'requests_approve',
            text: plain('승인'),
            value: '52',
            style: 'primary',
          },
          { type: 'button', action_id: 'requests_reject', text: plain('반려'), value: '52', style: 'danger' },
        ],
      },
      { type: 'context', elements: [mrkdwn('외 2건이 더 기다리고 있어요. 오래된 요청부터 보여 드려요.')] },
    ]);
  });
});

describe('RejectModal', () => {
  it('asks for a required reason and names the request', () => {
    expect(modalView(<RejectModal locale="en-US" request={q.pendingExpense} requestId={44} />)).toEqual({
      type: 'modal',
      callback_id: 'requests_reject_modal',
      private_metadata: '44',
      title: plain('Reject request'),
      submit: plain('Reject'),
      close: plain('Cancel'),
      blocks: [
        {
          type: 'section',
          text: mrkdwn(
            'Rejecting the expense request from <@U0MEMBER01>: $129.90 · Fri, Nov 20 · Taxi and dinner with the client in Boston.',
          ),
        },
        {
          type: 'input',
          block_id: 'requests_reject_reason_block',
          label: plain('Reason'),
          hint: plain('The requester sees this in their DM.'),
          optional: false,
          element: {
            type: 'plain_text_input',
            action_id: 'requests_reject_reason_input',
            multiline: true,
            max_length: 1000,
          },
        },
      ],
    });
  });
});

describe('RequestDecisionMessage', () => {
  it('tells a Korean requester who rejected and why', () => {
    expect(blocks(<RequestDecisionMessage locale="ko-KR" request={q.seoulRejectedLeave} />)).toEqual([
      {
        type: 'section',
        text: mrkdwn(
          ':x: <@U0APPROV01>님이 *휴가 요청을 반려했어요*.\n사유: 그날 오후에 고객 발표가 있어요. 다른 날로 부탁해요.',
        ),
      },
      { type: 'section', text: mrkdwn(':palm_tree: 개인 사유 · 12월 3일 (목), 오후 반차 · 0.5일') },
      {
        type: 'context',
        elements: [mrkdwn('요청 #53 · <!date^1795396200^{date_short_pretty}|2026-11-23>에 제출')],
      },
    ]);
  });
});

describe('RequestModal', () => {
  it('shows the general kind with its subject and required details', () => {
    const view = modalView(
      <RequestModal
        locale="en-US"
        draft={{ kind: 'general', subject: 'Parking' }}
        privateMetadata='{"kind":"general"}'
      />,
    );
    expect(view.title).toEqual(plain('New request'));
    expect(view.blocks.slice(1)).toEqual([
      {
        type: 'input',
        block_id: 'requests_subject_block',
        label: plain('Subject'),
        optional: false,
        element: {
          type: 'plain_text_input',
          action_id: 'requests_subject_input',
          initial_value: 'Parking',
          max_length: 150,
        },
      },
      {
        type: 'input',
        block_id: 'requests_text_block',
        label: plain('Details'),
        optional: false,
        element: {
          type: 'plain_text_input',
          action_id: 'requests_text_input',
          multiline: true,
          max_length: 2000,
        },
      },
    ]);
  });
});
