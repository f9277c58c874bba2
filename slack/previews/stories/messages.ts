import {
  AutoClosedMessage,
  CheckoutReminderMessage,
  StatusMessage,
  type StatusMessageProps,
} from '@/slack/views/messages/attendance-messages';
import { HelpMessage } from '@/slack/views/messages/help-message';
import * as a from '../fixtures/attendance';
import { memberChoices } from '../fixtures/choices';
import { member, seoulMember } from '../fixtures/members';
import { type AnyStory, messageStory } from '../story';

const statusText = (p: StatusMessageProps) => p.headline ?? 'Your Homeroom status';

export const messageStories: AnyStory[] = [
  messageStory({
    id: 'messages/status-checked-in',
    title: 'Checked in',
    group: 'Status reply',
    choices: memberChoices,
    view: StatusMessage,
    text: statusText,
    ephemeral: true,
    props: {
      member,
      today: a.today,
      attendance: a.checkedIn,
      headline: ':white_check_mark: Checked in at *9:02 AM*.',
    },
    description: 'Ephemeral answer to /homeroom in.',
  }),
  messageStory({
    id: 'messages/status-checked-out',
    title: 'Checked out',
    group: 'Status reply',
    choices: memberChoices,
    view: StatusMessage,
    text: statusText,
    ephemeral: true,
    props: { member, today: a.today, attendance: a.checkedOut, headline: ':wave: Checked out at *5:31 PM*.' },
  }),
  messageStory({
    id: 'messages/status-no-headline',
    title: 'Status only',
    group: 'Status reply',
    choices: memberChoices,
    view: StatusMessage,
    text: statusText,
    ephemeral: true,
    props: { member, today: a.today, attendance: a.notCheckedIn, headline: null },
    description: 'Answer to /homeroom status.',
  }),
  messageStory({
    id: 'messages/checkout-reminder',
    title: 'Check-out reminder',
    group: 'Reminders',
    choices: memberChoices,
    view: CheckoutReminderMessage,
    text: () => "You're still checked in. Done for the day?",
    props: { member, open: a.openOffice, autoCloseAt: '2026-11-25T04:00:00Z' },
  }),
  messageStory({
    id: 'messages/checkout-reminder-seoul',
    title: 'Check-out reminder, Seoul',
    group: 'Reminders',
    choices: memberChoices,
    view: CheckoutReminderMessage,
    text: () => "You're still checked in. Done for the day?",
    props: { member: seoulMember, open: a.openSeoul, autoCloseAt: '2026-11-24T14:00:00Z' },
  }),
  messageStory({
    id: 'messages/auto-closed',
    title: 'Session closed automatically',
    group: 'Reminders',
    choices: memberChoices,
    view: AutoClosedMessage,
    text: () => 'Your forgotten session was closed automatically.',
    props: { member, session: a.autoClosedYesterday },
  }),
  messageStory({
    id: 'messages/help',
    title: 'Help',
    group: 'Help',
    view: HelpMessage,
    text: () => 'How to use Homeroom',
    props: { unknown: null },
  }),
  messageStory({
    id: 'messages/help-unknown-command',
    title: 'Help after an unknown command',
    group: 'Help',
    view: HelpMessage,
    text: () => 'How to use Homeroom',
    props: { unknown: 'vacaton next friday' },
    ephemeral: true,
  }),
];
