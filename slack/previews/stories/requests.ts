import { HomeView } from '@/slack/views/home/home-view';
import {
  ApprovalMessage,
  type ApprovalMessageProps,
  approvalMessageText,
  confirmationText,
  decisionText,
  RequestConfirmationMessage,
  type RequestConfirmationMessageProps,
  RequestDecisionMessage,
  type RequestDecisionMessageProps,
} from '@/slack/views/messages/request-messages';
import { RejectModal, type RejectModalProps } from '@/slack/views/modals/reject-modal';
import { RequestModal, type RequestModalProps } from '@/slack/views/modals/request-modal';
import * as a from '../fixtures/attendance';
import { memberChoices } from '../fixtures/choices';
import { approver, member, seoulMember } from '../fixtures/members';
import * as q from '../fixtures/requests';
import { type AnyStory, homeStory, messageStory, modalStory } from '../story';

const locales = ['en-US', 'en-GB', 'ko-KR', 'ja-JP'];
const requestChoices = {
  locale: locales,
  'draft.kind': ['leave', 'expense', 'equipment', 'general'],
  'draft.leaveType': ['vacation', 'sick', 'personal', 'other'],
  'draft.dayPart': ['full', 'morning', 'afternoon'],
  'request.status': ['pending', 'approved', 'rejected', 'cancelled'],
};

function requestModal(id: string, title: string, props: RequestModalProps, description?: string): AnyStory {
  return modalStory({
    id: `modals/${id}`,
    title,
    group: 'New request modal',
    view: RequestModal,
    props,
    description,
    choices: requestChoices,
  });
}

const summary = { year: 2026, allowance: 25, balance: 13.5, days: 4, counted: true };

function approval(id: string, title: string, props: ApprovalMessageProps, description?: string): AnyStory {
  return messageStory({
    id: `messages/${id}`,
    title,
    group: 'Approval message',
    view: ApprovalMessage,
    props,
    text: (p) => approvalMessageText(p.locale, p.request),
    description,
    choices: requestChoices,
  });
}

export const requestStories: AnyStory[] = [
  requestModal(
    'request-leave',
    'Leave, dates entered',
    {
      locale: 'en-US',
      draft: {
        kind: 'leave',
        leaveType: 'vacation',
        startDate: '2026-12-21',
        endDate: '2026-12-24',
        dayPart: 'full',
        text: 'Family trip',
      },
      leaveSummary: summary,
      privateMetadata: '{"kind":"leave"}',
    },
    'Balance and working days update as the dates change (views.update).',
  ),
  requestModal(
    'request-leave-loading',
    'Leave, just opened',
    { locale: 'en-US', draft: { kind: 'leave' }, leaveSummary: null, privateMetadata: '{"kind":"leave"}' },
    'What views.open shows before the balance is looked up.',
  ),
  requestModal('request-leave-sick-japanese', 'Sick half day, Japanese', {
    locale: 'ja-JP',
    draft: {
      kind: 'leave',
      leaveType: 'sick',
      startDate: '2026-11-25',
      endDate: '2026-11-25',
      dayPart: 'morning',
    },
    leaveSummary: { ...summary, days: 0.5, counted: false },
    privateMetadata: '{"kind":"leave"}',
  }),
  requestModal('request-expense-korean', 'Expense, Korean', {
    locale: 'ko-KR',
    draft: { kind: 'expense', amount: '48000', expenseDate: '2026-11-23', text: '고객사 미팅 택시비' },
    privateMetadata: '{"kind":"expense"}',
  }),
  requestModal('request-equipment', 'Equipment', {
    locale: 'en-US',
    draft: { kind: 'equipment', item: '27-inch monitor', quantity: '2', neededBy: '2026-12-15' },
    privateMetadata: '{"kind":"equipment"}',
  }),
  requestModal('request-general', 'Something else', {
    locale: 'en-GB',
    draft: { kind: 'general', subject: 'Parking spot from January' },
    privateMetadata: '{"kind":"general"}',
  }),
  modalStory({
    id: 'modals/reject-request',
    title: 'Reject with a reason',
    group: 'Reject modal',
    view: RejectModal,
    props: {
      locale: 'en-US',
      request: q.pendingLeave,
      requestId: q.pendingLeave.id,
    } satisfies RejectModalProps,
    choices: requestChoices,
  }),
  modalStory({
    id: 'modals/reject-request-japanese-loading',
    title: 'Reject, Japanese, while loading',
    group: 'Reject modal',
    view: RejectModal,
    props: { locale: 'ja-JP', request: null, requestId: 41 } satisfies RejectModalProps,
    choices: requestChoices,
  }),
  approval('approval-leave', 'Leave, pending', { locale: 'en-US', request: q.pendingLeave }),
  approval(
    'approval-expense-receipt',
    'Expense, receipt being stored',
    { locale: 'en-US', request: q.pendingExpense },
    'Links Slack’s permalink until the upload job has stored the receipt.',
  ),
  approval('approval-expense-stored', 'Expense, receipt stored', {
    locale: 'en-US',
    request: q.storedExpense,
  }),
  approval('approval-approved', 'Approved, updated in place', { locale: 'en-US', request: q.approvedLeave }),
  approval('approval-rejected-korean', 'Rejected, Korean', {
    locale: 'ko-KR',
    request: q.seoulRejectedLeave,
  }),
  messageStory({
    id: 'messages/request-confirmation-japanese',
    title: 'Sent for approval, Japanese',
    group: 'Request DMs',
    view: RequestConfirmationMessage,
    props: { locale: 'ja-JP', request: q.pendingLeave } satisfies RequestConfirmationMessageProps,
    text: (p) => confirmationText(p.locale, p.request),
    choices: requestChoices,
  }),
  messageStory({
    id: 'messages/request-decision-approved',
    title: 'Approved',
    group: 'Request DMs',
    view: RequestDecisionMessage,
    props: { locale: 'en-US', request: q.approvedLeave } satisfies RequestDecisionMessageProps,
    text: (p) => decisionText(p.locale, p.request),
    choices: requestChoices,
  }),
  messageStory({
    id: 'messages/request-decision-rejected-korean',
    title: 'Rejected with a reason, Korean',
    group: 'Request DMs',
    view: RequestDecisionMessage,
    props: { locale: 'ko-KR', request: q.seoulRejectedLeave } satisfies RequestDecisionMessageProps,
    text: (p) => decisionText(p.locale, p.request),
    choices: requestChoices,
  }),
  homeStory({
    id: 'home/member-requests',
    title: 'Member with requests',
    group: 'Home tab',
    view: HomeView,
    props: {
      member,
      now: a.afternoon,
      today: a.today,
      attendance: a.checkedIn,
      myRequests: q.myRequests,
    },
    description: 'My requests: status, who decided, Cancel on pending and future approved leave.',
    choices: memberChoices,
  }),
  homeStory({
    id: 'home/member-no-requests-korean',
    title: 'Member in Seoul, no requests yet',
    group: 'Home tab',
    view: HomeView,
    props: {
      member: seoulMember,
      now: a.seoulNoon,
      today: a.today,
      attendance: a.seoulCheckedIn,
      myRequests: [],
    },
    choices: memberChoices,
  }),
  homeStory({
    id: 'home/approver-pending',
    title: 'Approver with pending approvals',
    group: 'Home tab',
    view: HomeView,
    props: {
      member: approver,
      now: a.afternoon,
      today: a.today,
      attendance: a.checkedIn,
      myRequests: [q.approvedLeave],
      pendingApprovals: { pending: q.pendingRequests(10), total: 23 },
    },
    description: 'The ten oldest, then “and N more”: a Home tab holds at most 100 blocks.',
    choices: memberChoices,
  }),
  homeStory({
    id: 'home/approver-nothing-pending-japanese',
    title: 'Approver, nothing pending, Japanese',
    group: 'Home tab',
    view: HomeView,
    props: {
      member: { ...approver, locale: 'ja-JP', timeZone: 'Asia/Tokyo' },
      now: a.afternoon,
      today: a.today,
      attendance: a.notCheckedIn,
      myRequests: [],
      pendingApprovals: { pending: [], total: 0 },
    },
    choices: memberChoices,
  }),
];
