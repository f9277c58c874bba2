/** @jsxImportSource jsx-slack */
import type {
  AllMiddlewareArgs,
  App,
  BlockButtonAction,
  SlackActionMiddlewareArgs,
  SlackEventMiddlewareArgs,
  SlackViewMiddlewareArgs,
  ViewSubmitAction,
} from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { getDb } from '@/db/client';
import { findUpload, markUploadDeleted, setUploadDetails, uploaderOf } from '@/db/queries/uploads';
import type { Upload } from '@/db/schema';
import { getObjectStore } from '@/db/storage';
import { uploadText } from '@/slack/i18n/uploads';
import { ids } from '@/slack/ids';
import { getLogger } from '@/slack/logger';
import { type MemberContext, memberContext } from '@/slack/middleware';
import type { StateValues } from '@/slack/submissions/check-in';
import { parseUploadDetailsSubmission } from '@/slack/submissions/upload-details';
import { beginUpload, replyForUpload, replyMessage } from '@/slack/uploads';
import { UploadDetailsModal } from '@/slack/views/modals/upload-details-modal';
import { modalView } from '@/slack/views/render';

type Logger = AllMiddlewareArgs['logger'];

const log = () => getLogger().child({ component: 'uploads' });

/** The parts of a Slack file object (event or files.info) this feature reads. */
interface SlackFile {
  id?: string;
  name?: string | null;
  title?: string | null;
  mimetype?: string;
  mode?: string;
  file_access?: string;
  shares?: {
    public?: Record<string, { ts?: string; thread_ts?: string }[]>;
    private?: Record<string, { ts?: string; thread_ts?: string }[]>;
  };
}

/** Files that are gone or hidden by the plan's limits carry no bytes we could copy. */
const isLive = (file: SlackFile) =>
  Boolean(file.id) && file.mode !== 'tombstone' && file.mode !== 'hidden_by_limit';

/** Events may carry only the id, or say the file has to be looked up (`file_access: check_file_info`). */
const isPartial = (file: SlackFile) =>
  !file.name || (file.file_access !== undefined && file.file_access !== 'visible');

async function fileInfo(client: WebClient, id: string, log: Logger): Promise<SlackFile | undefined> {
  try {
    const res = await client.files.info({ file: id });
    return res.file as SlackFile | undefined;
  } catch (error) {
    log.warn(`files.info ${id} failed: ${String(error)}`);
    return undefined;
  }
}

/**
 * In a channel only what Slack reports as an image (or has not described yet) is taken: people share
 * PDFs in channels for other reasons. In a DM everything is meant for Homeroom and gets an answer; the
 * bytes decide what is an image either way.
 */
function wantsAnswer(file: SlackFile, channelType: string | undefined): boolean {
  if (channelType === 'im') return true;
  return !file.mimetype || file.mimetype.startsWith('image/');
}

async function postNoFile(client: WebClient, channel: string, threadTs: string, locale: string) {
  const text = uploadText.for(locale)('no_file');
  await client.chat.postMessage({ channel, thread_ts: threadTs, text });
}

/** A message with `subtype: file_share`, in a DM with Homeroom or a channel it is in. */
export async function fileShareMessageCallback(
  args: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs,
): Promise<void> {
  const event = args.event;
  if (event.subtype !== 'file_share') return;
  const ctx = memberContext(args.context);
  if (!ctx) return;
  const threadTs = event.thread_ts ?? event.ts;
  const files = ((event.files ?? []) as SlackFile[]).filter(isLive);
  if (files.length === 0) {
    await postNoFile(args.client, event.channel, threadTs, ctx.member.locale);
    return;
  }
  const db = await getDb();
  for (const shared of files) {
    const file = isPartial(shared)
      ? ((await fileInfo(args.client, shared.id!, args.logger)) ?? shared)
      : shared;
    if (!isLive(file) || !wantsAnswer(file, event.channel_type)) continue;
    await beginUpload(
      args.client,
      db,
      {
        teamId: ctx.teamId,
        member: ctx.member,
        slackFileId: shared.id!,
        name: file.name || file.title || shared.id!,
        channelId: event.channel,
        threadTs,
      },
      log(),
    );
  }
}

/** `file_shared` carries only ids: files.info gives the name and the message the file is in. */
export async function fileSharedCallback(
  args: SlackEventMiddlewareArgs<'file_shared'> & AllMiddlewareArgs,
): Promise<void> {
  const ctx = memberContext(args.context);
  if (!ctx) return;
  const { file_id: fileId, channel_id: channelId } = args.event;
  const file = await fileInfo(args.client, fileId, args.logger);
  if (!file || !isLive(file)) return;
  const share = file.shares?.public?.[channelId]?.[0] ?? file.shares?.private?.[channelId]?.[0];
  const channelType = channelId.startsWith('D') ? 'im' : 'channel';
  if (!wantsAnswer(file, channelType)) return;
  await beginUpload(
    args.client,
    await getDb(),
    {
      teamId: ctx.teamId,
      member: ctx.member,
      slackFileId: fileId,
      name: file.name || file.title || fileId,
      channelId,
      threadTs: share?.thread_ts ?? share?.ts,
    },
    log(),
  );
}

type ActionArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

async function loadOwnUpload(ctx: MemberContext, value: string | undefined) {
  const id = Number.parseInt(value ?? '', 10);
  if (!Number.isSafeInteger(id)) return { upload: undefined, mine: false };
  const upload = await findUpload(await getDb(), id);
  if (!upload || upload.teamId !== ctx.teamId) return { upload: undefined, mine: false };
  return { upload, mine: upload.memberId === ctx.member.id };
}

async function ephemeral(args: ActionArgs, text: string, upload?: Upload) {
  const channel = args.body.channel?.id ?? upload?.channelId;
  if (!channel) return;
  await args.client.chat.postEphemeral({ channel, user: args.body.user.id, text });
}

async function uploaderLocale(upload: Upload, ctx: MemberContext): Promise<string> {
  if (upload.memberId === ctx.member.id) return ctx.member.locale;
  return (await uploaderOf(await getDb(), upload))?.locale ?? 'en-US';
}

/** Delete: the uploader only. Removes the object, marks the row, and says so in the thread. */
export async function deleteUploadCallback(args: ActionArgs): Promise<void> {
  await args.ack();
  const ctx = memberContext(args.context);
  if (!ctx) return;
  const t = uploadText.for(ctx.member.locale);
  const { upload, mine } = await loadOwnUpload(ctx, args.action.value);
  if (upload?.status !== 'stored' || !upload.storageKey) {
    await ephemeral(args, t('no_longer_hosted'));
    return;
  }
  if (!mine) {
    await ephemeral(args, t('only_uploader_delete'), upload);
    return;
  }
  try {
    await getObjectStore().delete(upload.storageKey);
  } catch (error) {
    args.logger.error(`could not delete the object of upload ${upload.id}: ${String(error)}`);
    await ephemeral(args, t('delete_failed'), upload);
    return;
  }
  const deleted = await markUploadDeleted(await getDb(), upload.id);
  if (!deleted) return;
  args.logger.info(`upload ${upload.id} deleted by ${ctx.member.userId}`);
  const channel = upload.channelId ?? args.body.channel?.id;
  const ts = upload.replyTs ?? args.body.message?.ts;
  if (!channel || !ts) return;
  await args.client.chat.update({
    channel,
    ts,
    ...replyMessage(ctx.member.locale, upload.name, { status: 'deleted', deletedBy: ctx.member.userId }),
  });
}

/** Add link / Add description: opens the modal at once (trigger_id lives 3 s), then fills it in. */
export async function openUploadDetailsCallback(args: ActionArgs): Promise<void> {
  await args.ack();
  const ctx = memberContext(args.context);
  if (!ctx) return;
  const locale = ctx.member.locale;
  const focus = args.action.action_id === ids.uploads.addLink ? 'link' : 'description';
  const uploadId = Number.parseInt(args.action.value ?? '', 10) || 0;
  const opened = await args.client.views.open({
    trigger_id: args.body.trigger_id,
    view: modalView(<UploadDetailsModal locale={locale} uploadId={uploadId} focus={focus} />),
  });
  const { upload, mine } = await loadOwnUpload(ctx, args.action.value);
  if (!opened.view?.id) return;
  const t = uploadText.for(locale);
  const notice = upload?.status !== 'stored' ? t('no_longer_hosted') : mine ? null : t('only_uploader_edit');
  if (!notice && !upload?.link && !upload?.description) return;
  await args.client.views.update({
    view_id: opened.view.id,
    hash: opened.view.hash,
    view: modalView(
      <UploadDetailsModal
        locale={locale}
        uploadId={uploadId}
        focus={focus}
        link={upload?.link}
        description={upload?.description}
        notice={notice}
      />,
    ),
  });
}

/** Saves the link and description, then shows them in the thread reply. */
export async function uploadDetailsSubmissionCallback(
  args: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs,
): Promise<void> {
  const ctx = memberContext(args.context);
  const locale = ctx?.member.locale ?? 'en-US';
  const parsed = parseUploadDetailsSubmission(
    args.view.state.values as StateValues,
    args.view.private_metadata,
    locale,
  );
  if (!parsed.ok) {
    await args.ack({ response_action: 'errors', errors: parsed.errors });
    return;
  }
  if (!ctx) {
    await args.ack();
    return;
  }
  const db = await getDb();
  const { upload, mine } = await loadOwnUpload(ctx, String(parsed.value.uploadId));
  const t = uploadText.for(locale);
  if (upload?.status !== 'stored' || !mine) {
    const message = upload?.status !== 'stored' ? t('no_longer_hosted') : t('only_uploader_edit');
    await args.ack({ response_action: 'errors', errors: { [ids.uploads.linkBlock]: message } });
    return;
  }
  await args.ack();
  const saved = await setUploadDetails(db, upload.id, {
    link: parsed.value.link,
    description: parsed.value.description,
  });
  if (!saved?.channelId || !saved.replyTs) return;
  await args.client.chat.update({
    channel: saved.channelId,
    ts: saved.replyTs,
    ...replyForUpload(saved, await uploaderLocale(saved, ctx)),
  });
}

export function register(app: App): void {
  app.event('message', fileShareMessageCallback);
  app.event('file_shared', fileSharedCallback);
  app.action<BlockButtonAction>(ids.uploads.delete, deleteUploadCallback);
  app.action<BlockButtonAction>(ids.uploads.addLink, openUploadDetailsCallback);
  app.action<BlockButtonAction>(ids.uploads.addDescription, openUploadDetailsCallback);
  app.view<ViewSubmitAction>(ids.uploads.detailsModal, uploadDetailsSubmissionCallback);
}
