import { CheckInModal, type CheckInModalProps, NOTE_MAX_LENGTH } from '@/slack/views/modals/check-in-modal';
import { checkInChoices } from '../fixtures/choices';
import { type AnyStory, modalStory } from '../story';

function checkIn(id: string, title: string, props: CheckInModalProps, description?: string): AnyStory {
  return modalStory({
    id: `modals/${id}`,
    title,
    group: 'Check-in modal',
    view: CheckInModal,
    props,
    description,
    choices: checkInChoices,
  });
}

export const modalStories: AnyStory[] = [
  checkIn('check-in-new', 'New check-in', { mode: 'new', location: 'office', note: null }),
  checkIn('check-in-new-remote', 'New check-in, remote', { mode: 'new', location: 'remote', note: null }),
  checkIn('check-in-edit', 'Edit the open session', {
    mode: 'edit',
    location: 'remote',
    note: 'At the client’s site until noon.',
  }),
  checkIn('check-in-new-korean', 'New check-in, Korean', {
    mode: 'new',
    location: 'office',
    locale: 'ko-KR',
  }),
  checkIn('check-in-edit-japanese', 'Edit the open session, Japanese', {
    mode: 'edit',
    location: 'remote',
    note: '午前中は客先にいます。',
    locale: 'ja-JP',
  }),
  checkIn(
    'check-in-edit-longest-note',
    'Edit, longest note allowed',
    {
      mode: 'edit',
      location: 'office',
      note: 'Lorem ipsum dolor sit amet. '.repeat(20).slice(0, NOTE_MAX_LENGTH),
    },
    `A note of exactly ${NOTE_MAX_LENGTH} characters, the input's limit.`,
  ),
];
