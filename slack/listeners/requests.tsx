/** @jsxImportSource jsx-slack */
import type {
  AllMiddlewareArgs,
  App,
  BlockAction,
  BlockButtonAction,
  GlobalShortcut,
  SlackActionMiddlewareArgs,
  SlackShortcutMiddlewareArgs,
  SlackViewMiddlewareArgs,
  ViewSubmitAction,
} from '@slack/bolt';
import { getDb } from '@/db/client';
import { localDate } from '@/db/local-time';
import { findRequestDetail } from '@/db/queries/requests';
import type { Member, MemberRole } from '@/db/schema';
import { publishHome } from '@/slack/home';
import { requestText } from '@/slack/i18n/requests';
import { ids } from '@/slack/ids';
import { memberContext } from '@/slack/middleware';
import {
  announceDecision,
  announceRequest,
  cancelOwnRequest,
  canDecide,
  decide,
  leaveSummaryFor,
  loadRequestView,
  openRequestModal,
  type RequestsConfig,
  requestModal,
  submitRequest,
  updateModalQuietly,
} from '@/slack/requests';
import {
  parseRejectSubmission,
  parseRequestSubmission,
  type RequestStateValues,
  readDraft,
} from '@/slack/submissions/request';
import { RejectModal } from '@/slack/views/modals/reject-modal';
import { REQUEST_KINDS } from '@/slack/views/modals/request-modal';
import { modalView } from '@/slack/views/render';

type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;
type ModalActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;
type SubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** `value` of a request button: the request id. */
function requestIdOf(value: string | undefined): number | undefined {
  const id = Number(value);
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

/**
 * Tells the person who clicked something that nothing changed: an ephemeral message where the
 * button was a message (approvers channel, DM), a notice on Home where it was the Home tab.
 */
async function tellActor(args: ButtonArgs, member: Member, role: MemberRole, text: string) {
  const container = args.body.container as { type?: string; channel_id?: string };
  if (container.type === 'message' && container.channel_id) {
    await args.client.chat.postEphemeral({ channel: container.channel_id, user: member.userId, text });
    return;
  }
  await publishHome(args.client, await getDb(), member, role, { notice: text });
}

/** New request from Home or a DM button; the button's value may choose the kind. */
export async function newRequestCallback(args: ButtonArgs) {
  await args.ack();
  const ctx = memberContext(args.context);
  if (!ctx) return;
  const kind = REQUEST_KINDS.find((k) => k === args.action.value) ?? 'leave';
  await openRequestModal(args.client, getDb, ctx.member, args.body.trigger_id, kind);
}

export async function newRequestShortcutCallback(
  args: SlackShortcutMiddlewareArgs<GlobalShortcut> & AllMiddlewareArgs,
) {
  await args.ack();
  const ctx = memberContext(args.context);
  if (!ctx) return;
  await openRequestModal(args.client, getDb, ctx.member, args.shortcut.trigger_id);
}

/**
 * A change inside the modal that alters it: the kind (other fields), the leave type, dates or half
 * day (length and balance). The modal is rebuilt from what was entered, so nothing typed is lost.
 */
export async function requestModalChangeCallback(args: ModalActionArgs) {
  await args.ack();
  const ctx = memberContext(args.context);
  const view = args.body.view;
  if (!ctx || !view) return;
  const draft = readDraft(view.state.values as RequestStateValues, view.private_metadata);
  const summary =
    draft.kind === 'leave' ? await leaveSummaryFor(await getDb(), ctx.member, draft, new Date()) : null;
  await updateModalQuietly(args.client, view.id, view.hash, requestModal(ctx.member, draft, summary));
}

export function requestModalSubmitCallback(config: RequestsConfig) {
  return async (args: SubmitArgs) => {
    const ctx = memberContext(args.context);
    if (!ctx) {
      await args.ack();
      return;
    }
    const { member } = ctx;
    const parsed = parseRequestSubmission(args.view.state.values as RequestStateValues, {
      today: localDate(new Date(), member.timeZone),
      locale: member.locale,
    });
    if (!parsed.ok) {
      await args.ack({ response_action: 'errors', errors: parsed.errors });
      return;
    }
    const db = await getDb();
    const outcome = await submitRequest(db, member, parsed.value, {
      start: ids.requests.startBlock,
      end: ids.requests.endBlock,
    });
    if (!outcome.ok) {
      await args.ack({ response_action: 'errors', errors: outcome.errors });
      return;
    }
    await args.ack();
    args.logger.info(`request ${outcome.request.id} (${outcome.request.kind}) from ${member.userId}`);
    await announceRequest(args.client, db, config, member, outcome.request);
  };
}

export function approveCallback(config: RequestsConfig) {
  return async (args: ButtonArgs) => {
    await args.ack();
    const ctx = memberContext(args.context);
    const requestId = requestIdOf(args.action.value);
    if (!ctx || !requestId) return;
    const db = await getDb();
    const outcome = await decide(db, ctx.member, ctx.role, requestId, 'approved', null);
    if (outcome.status !== 'decided') {
      await tellActor(args, ctx.member, ctx.role, outcome.message);
      return;
    }
    await announceDecision(args.client, db, config, ctx.member, ctx.role, outcome.request);
  };
}

/** Reject opens a modal asking why; the decision happens when it is submitted. */
export async function rejectCallback(args: ButtonArgs) {
  await args.ack();
  const ctx = memberContext(args.context);
  const requestId = requestIdOf(args.action.value);
  if (!ctx || !requestId) return;
  if (!canDecide(ctx.role)) {
    await tellActor(args, ctx.member, ctx.role, requestText.for(ctx.member.locale)('not_allowed'));
    return;
  }
  const locale = ctx.member.locale;
  const opened = await args.client.views.open({
    trigger_id: args.body.trigger_id,
    view: modalView(<RejectModal locale={locale} request={null} requestId={requestId} />),
  });
  if (!opened.view?.id) return;
  const db = await getDb();
  const detail = await findRequestDetail(db, ctx.member.teamId, requestId);
  if (!detail) return;
  const request = await loadRequestView(db, detail);
  await updateModalQuietly(
    args.client,
    opened.view.id,
    opened.view.hash,
    modalView(<RejectModal locale={locale} request={request} requestId={requestId} />),
  );
}

export function rejectModalSubmitCallback(config: RequestsConfig) {
  return async (args: SubmitArgs) => {
    const ctx = memberContext(args.context);
    const requestId = requestIdOf(args.view.private_metadata);
    if (!ctx || !requestId) {
      await args.ack();
      return;
    }
    const parsed = parseRejectSubmission(args.view.state.values as RequestStateValues, ctx.member.locale);
    if (!parsed.ok) {
      await args.ack({ response_action: 'errors', errors: parsed.errors });
      return;
    }
    const db = await getDb();
    const outcome = await decide(db, ctx.member, ctx.role, requestId, 'rejected', parsed.value.reason);
    if (outcome.status !== 'decided') {
      await args.ack({
        response_action: 'errors',
        errors: { [ids.requests.rejectReasonBlock]: outcome.message },
      });
      return;
    }
    await args.ack();
    await announceDecision(args.client, db, config, ctx.member, ctx.role, outcome.request);
  };
}

export async function cancelCallback(args: ButtonArgs) {
  await args.ack();
  const ctx = memberContext(args.context);
  const requestId = requestIdOf(args.action.value);
  if (!ctx || !requestId) return;
  await cancelOwnRequest(args.client, await getDb(), ctx.member, ctx.role, requestId);
}

export function register(app: App, config: RequestsConfig): void {
  app.action<BlockButtonAction>(ids.requests.newRequest, newRequestCallback);
  app.shortcut<GlobalShortcut>(ids.requests.newRequestShortcut, newRequestShortcutCallback);
  for (const actionId of [
    ids.requests.kindInput,
    ids.requests.leaveTypeInput,
    ids.requests.startInput,
    ids.requests.endInput,
    ids.requests.dayPartInput,
  ]) {
    app.action<BlockAction>(actionId, requestModalChangeCallback);
  }
  app.view<ViewSubmitAction>(ids.requests.modal, requestModalSubmitCallback(config));
  app.action<BlockButtonAction>(ids.requests.approve, approveCallback(config));
  app.action<BlockButtonAction>(ids.requests.reject, rejectCallback);
  app.view<ViewSubmitAction>(ids.requests.rejectModal, rejectModalSubmitCallback(config));
  app.action<BlockButtonAction>(ids.requests.cancel, cancelCallback);
}
