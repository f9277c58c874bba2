/** @jsxImportSource jsx-slack */
import { Actions, Blocks, Button, Confirm, Context, Escape, Fragment, Section } from 'jsx-slack';
import { uploadText } from '@/slack/i18n/uploads';
import { ids } from '@/slack/ids';
import { formatBytes } from '@/slack/views/parts/format';
import type { ViewUpload } from '@/slack/views/parts/types';

/** Why nothing was stored. */
export type UploadRejection = 'not_image' | 'empty' | 'too_big' | 'gone' | 'no_scope';

export type UploadState =
  | { status: 'uploading' }
  | { status: 'stored'; upload: ViewUpload }
  | { status: 'rejected'; reason: UploadRejection; maxBytes?: number }
  | {
      status: 'retrying';
      /** What did not answer: the object store, or Slack's file download. */
      cause: 'storage' | 'download';
      waitSeconds: number;
      /** The attempt that just failed, 1-based. */
      attempt: number;
      maxAttempts: number;
    }
  | { status: 'failed'; maxAttempts: number }
  | { status: 'deleted'; deletedBy: string };

export type UploadReplyProps = {
  /** The uploader's Slack locale: the reply is in their language. */
  locale: string;
  /** File name as shared (≤ 255 chars in Slack). */
  name: string;
} & UploadState;

const NAME = '\u0001';
const USER = '\u0002';
const MENTION = `<@${USER}>`;

/** Puts the (escaped) file name where a message has the NAME marker. */
function withName(text: string, name: string) {
  return text.split(NAME).flatMap((part, i) => (i === 0 ? [part] : [<Escape>{name}</Escape>, part]));
}

function escapeHtmlAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The snippets people paste into docs, tickets and web pages. */
export function uploadSnippets(
  upload: Pick<ViewUpload, 'url' | 'width' | 'height' | 'name' | 'description'>,
) {
  const alt = (upload.description ?? upload.name).replace(/\s+/g, ' ').trim();
  return {
    html: `<img src="${upload.url}" width="${upload.width}" height="${upload.height}" alt="${escapeHtmlAttribute(alt)}">`,
    markdown: `![${alt.replace(/([[\]\\])/g, '\\$1')}](${upload.url})`,
  };
}

function waitText(t: ReturnType<typeof uploadText.for>, seconds: number): string {
  return seconds < 120
    ? t('wait_seconds', { seconds: Math.round(seconds) })
    : t('wait_minutes', { minutes: Math.round(seconds / 60) });
}

/** The notification text of the reply (what push notifications and screen readers get). */
export function uploadReplyText(props: UploadReplyProps): string {
  const t = uploadText.for(props.locale);
  switch (props.status) {
    case 'uploading':
      return t('uploading', { name: props.name });
    case 'stored':
      return `${props.name}: ${props.upload.url}`;
    case 'rejected':
      return rejectionText(props);
    case 'retrying':
      return retryText(props);
    case 'failed':
      return t('failed', { name: props.name, max: props.maxAttempts });
    case 'deleted':
      return t('deleted', { name: props.name, user: props.deletedBy });
  }
}

function rejectionText(props: UploadReplyProps & { status: 'rejected' }): string {
  const t = uploadText.for(props.locale);
  const max = formatBytes(props.maxBytes ?? 0, props.locale);
  return t(props.reason, { name: props.name, max });
}

function retryText(props: UploadReplyProps & { status: 'retrying' }): string {
  const t = uploadText.for(props.locale);
  return t(props.cause === 'storage' ? 'retry_storage' : 'retry_download', {
    wait: waitText(t, props.waitSeconds),
    attempt: props.attempt,
    max: props.maxAttempts,
  });
}

function StoredReply({ locale, upload }: { locale: string; upload: ViewUpload }) {
  const t = uploadText.for(locale);
  const snippets = uploadSnippets(upload);
  const value = String(upload.id);
  return (
    <Blocks>
      <Section>
        {withName(t('stored', { name: NAME }), upload.name)}
        <br />
        <a href={upload.url}>{upload.url}</a>
      </Section>
      <Context>
        {t('meta', { width: upload.width, height: upload.height, size: formatBytes(upload.bytes, locale) })} ·{' '}
        {upload.mimeType}
      </Context>
      <Section>
        <b>{t('html_snippet')}</b>
        <pre>{snippets.html}</pre>
        <b>{t('markdown_snippet')}</b>
        <pre>{snippets.markdown}</pre>
      </Section>
      {upload.link || upload.description ? (
        <Section>
          {upload.link ? (
            <Fragment>
              <b>{t('link_label')}</b>: <a href={upload.link}>{upload.link}</a>
              <br />
            </Fragment>
          ) : null}
          {upload.description ? (
            <Fragment>
              <b>{t('description_label')}</b>: <Escape>{upload.description}</Escape>
            </Fragment>
          ) : null}
        </Section>
      ) : null}
      <Actions blockId={ids.uploads.actionsBlock}>
        <Button actionId={ids.uploads.addLink} value={value}>
          {upload.link ? t('edit_link') : t('add_link')}
        </Button>
        <Button actionId={ids.uploads.addDescription} value={value}>
          {upload.description ? t('edit_description') : t('add_description')}
        </Button>
        <Button
          actionId={ids.uploads.delete}
          value={value}
          style="danger"
          confirm={
            <Confirm
              title={t('delete_confirm_title')}
              confirm={t('delete')}
              deny={t('cancel')}
              style="danger"
            >
              {t('delete_confirm_text')}
            </Confirm>
          }
        >
          {t('delete')}
        </Button>
      </Actions>
    </Blocks>
  );
}

/** The bot's reply in the file's thread, updated in place as the upload moves on. */
export function UploadReply(props: UploadReplyProps) {
  if (props.status === 'stored') return <StoredReply locale={props.locale} upload={props.upload} />;
  // The text is built with markers where the name and the user go: the file name is escaped (it may
  // hold mrkdwn), the user becomes a real mention.
  const marked = uploadReplyText({
    ...props,
    name: NAME,
    ...(props.status === 'deleted' ? { deletedBy: USER } : {}),
  });
  const deletedBy = props.status === 'deleted' ? props.deletedBy : '';
  return (
    <Blocks>
      <Section>
        {marked
          .split(MENTION)
          .map((part) => (part === MENTION ? <a href={`@${deletedBy}`} /> : withName(part, props.name)))}
      </Section>
    </Blocks>
  );
}
