import { adminText } from '@/slack/i18n/admin';
import {
  ApprovalReminderMessage,
  type ApprovalReminderMessageProps,
  ExportLinkMessage,
  type ReminderRequest,
} from '@/slack/views/messages/admin-messages';
import { AdminDeniedModal } from '@/slack/views/modals/admin-denied-modal';
import { AdminExportModal } from '@/slack/views/modals/admin-export-modal';
import { AdminMembersModal } from '@/slack/views/modals/admin-members-modal';
import { type AnyStory, messageStory, modalStory } from '../story';

const locales = ['en-US', 'en-GB', 'ko-KR', 'ja-JP'];
const roles = ['member', 'approver', 'admin'];
const memberChoices = {
  locale: locales,
  'subject.role': roles,
  'subject.effectiveRole': roles,
};

const now = '2026-11-24T15:00:00Z';
const hoursAgo = (h: number) => new Date(new Date(now).getTime() - h * 3_600_000).toISOString();

const pending: ReminderRequest[] = [
  {
    id: 41,
    kind: 'leave',
    userId: 'U0MEMBER01',
    createdAt: hoursAgo(80),
    startDate: '2026-12-21',
    endDate: '2026-12-24',
    days: '4.0',
  },
  {
    id: 44,
    kind: 'expense',
    userId: 'U0SEOUL001',
    createdAt: hoursAgo(50),
    amount: '129.90',
    currency: 'USD',
  },
  {
    id: 45,
    kind: 'equipment',
    userId: 'U0APPROV01',
    createdAt: hoursAgo(30),
    item: 'Monitor 27"',
    quantity: 2,
  },
  {
    id: 47,
    kind: 'general',
    userId: 'U0MEMBER01',
    createdAt: hoursAgo(26),
    subject: 'Parking *spot* near <the> door',
  },
];

const many: ReminderRequest[] = Array.from({ length: 23 }, (_, i) => ({
  id: 100 + i,
  kind: 'leave' as const,
  userId: `U0PRES${String(i).padStart(4, '0')}`,
  createdAt: hoursAgo(25 + i * 5),
  startDate: '2026-12-28',
  endDate: '2026-12-28',
  days: '0.5',
}));

const reminderText = (p: ApprovalReminderMessageProps) =>
  adminText.for(p.locale)('reminder_text', { count: p.requests.length, hours: p.hours });

export const adminStories: AnyStory[] = [
  modalStory({
    id: 'modals/admin-members-empty',
    title: 'Manage members, nobody picked',
    group: 'Admin: members modal',
    view: AdminMembersModal,
    props: { locale: 'en-US', subject: null },
    choices: memberChoices,
    description: 'As opened from the Home tab; picking someone fills in their values with views.update.',
  }),
  modalStory({
    id: 'modals/admin-members-picked-ko',
    title: 'Manage members, picked (Korean)',
    group: 'Admin: members modal',
    view: AdminMembersModal,
    props: {
      locale: 'ko-KR',
      subject: {
        userId: 'U0SEOUL001',
        name: '김민지',
        role: 'approver',
        effectiveRole: 'approver',
        configuredAdmin: false,
        allowanceDays: 15.5,
      },
    },
    choices: memberChoices,
  }),
  modalStory({
    id: 'modals/admin-members-configured-admin-ja',
    title: 'Manage members, configured admin (Japanese)',
    group: 'Admin: members modal',
    view: AdminMembersModal,
    props: {
      locale: 'ja-JP',
      subject: {
        userId: 'U0ADMIN001',
        name: '佐藤 健二',
        role: 'member',
        effectiveRole: 'admin',
        configuredAdmin: true,
        allowanceDays: 20,
      },
    },
    choices: memberChoices,
    description: 'HOMEROOM_ADMINS names this person: the role stays admin whatever is stored.',
  }),
  modalStory({
    id: 'modals/admin-export',
    title: 'Export CSV',
    group: 'Admin: export modal',
    view: AdminExportModal,
    props: { locale: 'en-US', timeZone: 'America/New_York', from: '2026-11-01', to: '2026-11-30' },
    choices: { locale: locales },
  }),
  modalStory({
    id: 'modals/admin-export-ja',
    title: 'Export CSV (Japanese)',
    group: 'Admin: export modal',
    view: AdminExportModal,
    props: { locale: 'ja-JP', timeZone: 'Asia/Tokyo', from: '2026-11-01', to: '2026-11-30' },
    choices: { locale: locales },
  }),
  modalStory({
    id: 'modals/admin-denied-ko',
    title: 'Admins only (Korean)',
    group: 'Admin: denied',
    view: AdminDeniedModal,
    props: { locale: 'ko-KR' },
    choices: { locale: locales },
    description: 'Opened instead of an admin modal for someone who is not an admin (a stale Home tab).',
  }),
  messageStory({
    id: 'messages/admin-export-link',
    title: 'Export link DM',
    group: 'Admin: export link',
    view: ExportLinkMessage,
    text: (p) => adminText.for(p.locale)('export_ready'),
    props: {
      locale: 'en-US',
      timeZone: 'America/New_York',
      url: 'https://homeroom.example.com/api/export/eyJ0ZWFtSWQiOiJUMSJ9.c2lnbmF0dXJl',
      from: '2026-11-01',
      to: '2026-11-30',
      expiresAt: '2026-11-25T15:00:00Z',
    },
    choices: { locale: locales },
  }),
  messageStory({
    id: 'messages/admin-export-link-ko',
    title: 'Export link DM (Korean)',
    group: 'Admin: export link',
    view: ExportLinkMessage,
    text: (p) => adminText.for(p.locale)('export_ready'),
    props: {
      locale: 'ko-KR',
      timeZone: 'Asia/Seoul',
      url: 'https://homeroom.example.com/api/export/eyJ0ZWFtSWQiOiJUMSJ9.c2lnbmF0dXJl',
      from: '2026-10-01',
      to: '2026-12-31',
      expiresAt: '2026-11-25T15:00:00Z',
    },
    choices: { locale: locales },
  }),
  messageStory({
    id: 'messages/admin-approval-reminder',
    title: 'Approval reminder',
    group: 'Admin: approval reminder',
    view: ApprovalReminderMessage,
    text: reminderText,
    props: { locale: 'en-US', requests: pending, hours: 24, now },
    choices: { locale: locales },
    description:
      'Posted once a day to the approvers channel (or each admin) for requests pending over N hours.',
  }),
  messageStory({
    id: 'messages/admin-approval-reminder-many-ja',
    title: 'Approval reminder, 23 requests (Japanese)',
    group: 'Admin: approval reminder',
    view: ApprovalReminderMessage,
    text: reminderText,
    props: { locale: 'ja-JP', requests: many, hours: 24, now },
    choices: { locale: locales },
    description: 'Fifteen lines, then "and 8 more".',
  }),
];
