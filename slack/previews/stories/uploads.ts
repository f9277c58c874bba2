import { UploadReply, type UploadReplyProps, uploadReplyText } from '@/slack/views/messages/upload-reply';
import { UploadDetailsModal, type UploadDetailsModalProps } from '@/slack/views/modals/upload-details-modal';
import * as u from '../fixtures/uploads';
import { type AnyStory, messageStory, modalStory } from '../story';

const localeChoices = { locale: ['en-US', 'ko-KR', 'ja-JP'] };

function reply(id: string, title: string, props: UploadReplyProps, description?: string): AnyStory {
  return messageStory({
    id: `messages/upload-${id}`,
    title,
    group: 'Image upload reply',
    view: UploadReply,
    text: uploadReplyText,
    props,
    description,
    choices: localeChoices,
  });
}

function details(id: string, title: string, props: UploadDetailsModalProps): AnyStory {
  return modalStory({
    id: `modals/upload-details-${id}`,
    title,
    group: 'Image details modal',
    view: UploadDetailsModal,
    props,
    choices: { ...localeChoices, focus: ['link', 'description'] },
  });
}

const name = u.screenshot.name;

export const uploadMessageStories: AnyStory[] = [
  reply('uploading', 'Uploading', { locale: 'en-US', name, status: 'uploading' }, 'Posted right away.'),
  reply('stored', 'Hosted', { locale: 'en-US', name, status: 'stored', upload: u.screenshot }),
  reply('stored-details', 'Hosted, with link and description', {
    locale: 'en-US',
    name,
    status: 'stored',
    upload: u.withDetails,
  }),
  reply('stored-ko', 'Hosted (Korean)', {
    locale: 'ko-KR',
    name: u.koreanPhoto.name,
    status: 'stored',
    upload: u.koreanPhoto,
  }),
  reply('not-image', 'Not an image', {
    locale: 'en-US',
    name: 'invoice.png',
    status: 'rejected',
    reason: 'not_image',
  }),
  reply('too-big-ja', 'Too big (Japanese)', {
    locale: 'ja-JP',
    name: u.japaneseGif.name,
    status: 'rejected',
    reason: 'too_big',
    maxBytes: 20 * 1024 * 1024,
  }),
  reply('no-scope', 'Missing files:read', { locale: 'en-US', name, status: 'rejected', reason: 'no_scope' }),
  reply('empty-ko', 'Empty file (Korean)', {
    locale: 'ko-KR',
    name: '빈파일.png',
    status: 'rejected',
    reason: 'empty',
  }),
  reply('gone', 'Deleted from Slack', { locale: 'en-US', name, status: 'rejected', reason: 'gone' }),
  reply(
    'retrying',
    'Storage retrying',
    {
      locale: 'en-US',
      name,
      status: 'retrying',
      cause: 'storage',
      waitSeconds: 120,
      attempt: 2,
      maxAttempts: 5,
    },
    'S3 did not answer; the job tries again with backoff.',
  ),
  reply('retrying-ja', 'Download retrying (Japanese)', {
    locale: 'ja-JP',
    name: u.japaneseGif.name,
    status: 'retrying',
    cause: 'download',
    waitSeconds: 30,
    attempt: 1,
    maxAttempts: 5,
  }),
  reply('failed', 'Gave up', { locale: 'en-US', name, status: 'failed', maxAttempts: 5 }),
  reply('deleted-ko', 'Deleted (Korean)', {
    locale: 'ko-KR',
    name: u.koreanPhoto.name,
    status: 'deleted',
    deletedBy: 'U0SEOUL001',
  }),
];

export const uploadModalStories: AnyStory[] = [
  details('empty', 'Add link', { locale: 'en-US', uploadId: 41, focus: 'link' }),
  details('filled', 'Edit description', {
    locale: 'en-US',
    uploadId: 41,
    focus: 'description',
    link: u.withDetails.link,
    description: u.withDetails.description,
  }),
  details('ja', 'Add description (Japanese)', { locale: 'ja-JP', uploadId: 43, focus: 'description' }),
  details('not-uploader-ko', 'Not the uploader (Korean)', {
    locale: 'ko-KR',
    uploadId: 42,
    focus: 'link',
    notice: '이 이미지는 올린 사람만 수정할 수 있어요.',
  }),
];
