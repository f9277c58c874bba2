/** @jsxImportSource jsx-slack */
import type { WebClient } from '@slack/web-api';
import type { Conn, Db } from '@/db/client';
import { localDate } from '@/db/local-time';
import { adminRecipients } from '@/db/queries/admin';
import { effectiveRole, memberName } from '@/db/queries/members';
import {
  approvalMessages,
  cancelRequest,
  countsAgainstAllowance,
  createRequest,
  decideRequest,
  findReceipt,
  findRequestDetail,
  isCancellable,
  leaveBalance,
  leaveWorkingDays,
  pendingForApprover,
  type RequestDetail,
  recentRequests,
  recordApprovalMessage,
} from '@/db/queries/requests';
import type { Member, MemberRole, Request } from '@/db/schema';
import { sendDirectMessage } from '@/slack/direct-message';
import { publishHome } from '@/slack/home';
import { requestText } from '@/slack/i18n/requests';
import { getLogger } from '@/slack/logger';
import type { RequestSubmission } from '@/slack/submissions/request';
import { encodeDraft } from '@/slack/submissions/request';
import {
  ApprovalMessage,
  approvalMessageText,
  confirmationText,
  decisionText,
  RequestConfirmationMessage,
  RequestDecisionMessage,
} from '@/slack/views/messages/request-messages';
import { type LeaveSummary, type RequestDraft, RequestModal } from '@/slack/views/modals/request-modal';
import { formatDay } from '@/slack/views/parts/format';
import { mention, slackTime, type ViewRequest } from '@/slack/views/parts/request-format';
import { blocks, modalView } from '@/slack/views/render';

/** Where approval requests go and who the admins are (from slack/env.ts). */
export interface RequestsConfig {
  approversChannel?: string | undefined;
  admins: readonly string[];
}

const log = () => getLogger().child({ component: 'requests' });

/** Only approvers and admins decide requests. */
export function canDecide(role: MemberRole): boolean {
  return role === 'approver' || role === 'admin';
}

export function toViewRequest(
  request: Request,
  requester: Pick<Member, 'userId' | 'displayName' | 'realName'>,
  deciderUserId: string | null,
  extra: Partial<ViewRequest> = {},
): ViewRequest {
  return {
    id: request.id,
    kind: request.kind,
    status: request.status,
    requester: { userId: requester.userId, name: memberName(requester) },
    createdAt: request.createdAt.toISOString(),
    leaveType: request.leaveType,
    startDate: request.startDate,
    endDate: request.endDate,
    dayPart: request.dayPart,
    days: request.days === null ? null : Number(request.days),
    amount: request.amount,
    currency: request.currency,
    expenseDate: request.expenseDate,
    item: request.item,
    quantity: request.quantity,
    neededBy: request.neededBy,
    subject: request.subject,
    text: request.reason ?? request.details,
    decidedBy: deciderUserId,
    decidedAt: request.decidedAt?.toISOString() ?? null,
    decisionNote: request.decisionNote,
    ...extra,
  };
}

/** A request with everything its messages show: receipt link and, for counted leave, the balance after. */
export async function loadRequestView(db: Conn, detail: RequestDetail): Promise<ViewRequest> {
  const { request, requester } = detail;
  const extra: Partial<ViewRequest> = {};
  if (request.kind === 'expense') {
    const receipt = await findReceipt(db, request.id);
    if (receipt) {
      const stored = receipt.upload.status === 'stored' && Boolean(receipt.upload.publicUrl);
      extra.receipt = {
        name: receipt.upload.name || receipt.upload.slackFileId,
        url: stored ? receipt.upload.publicUrl : receipt.permalink,
        stored,
      };
    }
  }
  if (
    request.kind === 'leave' &&
    request.leaveType &&
    countsAgainstAllowance(request.leaveType) &&
    request.startDate &&
    (request.status === 'pending' || request.status === 'approved')
  ) {
    // Pending and approved leave already count, so the balance now is the balance after this one.
    extra.balanceAfter = (await leaveBalance(db, requester, Number(request.startDate.slice(0, 4)))).balance;
  }
  return toViewRequest(request, requester, detail.deciderUserId, extra);
}

// ── The modal ────────────────────────────────────────────────────────────────────────────────

/** The leave line under the dates: balance in the year of the first day, and the length. */
export async function leaveSummaryFor(
  db: Conn,
  member: Member,
  draft: RequestDraft,
  now: Date,
): Promise<LeaveSummary> {
  const start = draft.startDate ?? localDate(now, member.timeZone);
  const balance = await leaveBalance(db, member, Number(start.slice(0, 4)));
  const days =
    draft.startDate && draft.endDate && draft.endDate >= draft.startDate
      ? leaveWorkingDays(draft.startDate, draft.endDate, draft.dayPart ?? 'full')
      : null;
  return {
    year: balance.year,
    allowance: balance.allowance,
    balance: balance.balance,
    days,
    counted: countsAgainstAllowance(draft.leaveType ?? 'vacation'),
  };
}

export function requestModal(member: Member, draft: RequestDraft, leaveSummary: LeaveSummary | null) {
  return modalView(
    <RequestModal
      locale={member.locale}
      draft={draft}
      leaveSummary={leaveSummary}
      privateMetadata={encodeDraft(draft)}
    />,
  );
}

/**
 * Opens the New request modal at once (trigger_id lives 3 s), then fills in the leave balance with
 * `views.update`. Used by the Home button, DM buttons, the global shortcut and `/homeroom request`.
 */
export async function openRequestModal(
  client: WebClient,
  db: () => Promise<Db>,
  member: Member,
  triggerId: string,
  kind: RequestDraft['kind'] = 'leave',
): Promise<void> {
  const draft: RequestDraft = { kind };
  const opened = await client.views.open({ trigger_id: triggerId, view: requestModal(member, draft, null) });
  if (kind !== 'leave' || !opened.view?.id) return;
  const summary = await leaveSummaryFor(await db(), member, draft, new Date());
  await updateModalQuietly(client, opened.view.id, opened.view.hash, requestModal(member, draft, summary));
}

/** A stale hash means a newer update already landed: nothing to do. */
export async function updateModalQuietly(
  client: WebClient,
  viewId: string,
  hash: string | undefined,
  view: ReturnType<typeof modalView>,
): Promise<void> {
  try {
    await client.views.update({ view_id: viewId, hash, view });
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error;
    if (code === 'hash_conflict') return;
    throw error;
  }
}

// ── Submitting ───────────────────────────────────────────────────────────────────────────────

export type SubmitOutcome = { ok: true; request: Request } | { ok: false; errors: Record<string, string> };

/** Saves a parsed submission, or explains (in the member's language) why leave can't be taken. */
export async function submitRequest(
  db: Db,
  member: Member,
  submission: RequestSubmission,
  blockIds: { start: string; end: string },
): Promise<SubmitOutcome> {
  const { receiptPermalink, ...input } = submission;
  const result = await createRequest(db, member, input, { receiptPermalink });
  if (result.status === 'created') return { ok: true, request: result.request };
  const t = requestText.for(member.locale);
  const problem = result.leave;
  if (problem.problem === 'overlap') {
    const other = problem.other;
    return {
      ok: false,
      errors: {
        [blockIds.start]: t('err_overlap', {
          start: formatDay(other.startDate ?? '', member.locale),
          end: formatDay(other.endDate ?? '', member.locale),
          status: t(`status_${other.status}`),
        }),
      },
    };
  }
  return {
    ok: false,
    errors: {
      [blockIds.end]: t('err_balance', {
        days: problem.days,
        balance: problem.balance.balance,
        year: String(problem.balance.year),
      }),
    },
  };
}

/** Runs one side effect; a failure is logged and does not stop the others. */
async function quietly(what: string, work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    log().warn({ err: error }, `${what} failed`);
  }
}

/**
 * Posts the approval message to HOMEROOM_APPROVERS_CHANNEL or, when unset, DMs every admin (the
 * requester excepted), and keeps each copy's channel and ts so decisions update them in place.
 */
export async function postApproval(
  client: WebClient,
  db: Db,
  config: RequestsConfig,
  detail: RequestDetail,
  view?: ViewRequest,
): Promise<number> {
  const shown = view ?? (await loadRequestView(db, detail));
  const targets: { channel?: string; userId?: string; locale: string }[] = config.approversChannel
    ? [{ channel: config.approversChannel, locale: detail.requester.locale }]
    : (await adminRecipients(db, detail.request.teamId, config.admins))
        .filter((a) => a.userId !== detail.requester.userId)
        .map((a) => ({ userId: a.userId, locale: a.locale }));
  if (targets.length === 0) {
    log().warn(
      { requestId: detail.request.id },
      'no approvers channel and no admins to DM: the request waits on approvers’ Home tabs only',
    );
  }
  let posted = 0;
  for (const target of targets) {
    await quietly(`posting request ${detail.request.id} to ${target.channel ?? target.userId}`, async () => {
      const text = approvalMessageText(target.locale, shown);
      const messageBlocks = blocks(<ApprovalMessage locale={target.locale} request={shown} />);
      const res = target.channel
        ? await client.chat.postMessage({ channel: target.channel, text, blocks: messageBlocks })
        : await sendDirectMessage(client, target.userId!, text, messageBlocks);
      if (res.channel && res.ts) {
        await recordApprovalMessage(db, detail.request, {
          channel: res.channel,
          ts: res.ts,
          locale: target.locale,
        });
        posted++;
      }
    });
  }
  return posted;
}

/**
 * Re-renders every copy of a request's approval message with `chat.update`: after a decision or a
 * cancellation, and when the receipt has been stored (the upload job calls this). Throws after
 * trying all copies if any update failed, so a job can retry. A caller that has the view passes it.
 */
export async function refreshApprovalMessage(
  client: WebClient,
  db: Db,
  requestId: number,
  known?: ViewRequest,
): Promise<void> {
  const messages = await approvalMessages(db, requestId);
  if (messages.length === 0) return;
  let view = known;
  if (!view) {
    const detailRow = await findRequestDetail(db, null, requestId);
    if (!detailRow) return;
    view = await loadRequestView(db, detailRow);
  }
  const failures: unknown[] = [];
  for (const m of messages) {
    try {
      await client.chat.update({
        channel: m.channel,
        ts: m.ts,
        text: approvalMessageText(m.locale, view),
        blocks: blocks(<ApprovalMessage locale={m.locale} request={view} />),
      });
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length > 0) {
    throw new Error(`could not update ${failures.length} approval message(s) of request ${requestId}`, {
      cause: failures[0],
    });
  }
}

/** After a valid submission: the approval message, the requester's confirmation DM, their Home. */
export async function announceRequest(
  client: WebClient,
  db: Db,
  config: RequestsConfig,
  member: Member,
  request: Request,
): Promise<void> {
  const detail = await findRequestDetail(db, member.teamId, request.id);
  if (!detail) return;
  const view = await loadRequestView(db, detail);
  await postApproval(client, db, config, detail, view);
  await quietly('confirmation DM', () =>
    sendDirectMessage(
      client,
      member.userId,
      confirmationText(member.locale, view),
      blocks(<RequestConfirmationMessage locale={member.locale} request={view} />),
    ),
  );
  await quietly('Home refresh', () => publishHome(client, db, member, effectiveRole(member, config.admins)));
}

// ── Deciding and cancelling ──────────────────────────────────────────────────────────────────

export type DecisionOutcome =
  | { status: 'decided'; request: Request }
  | { status: 'not_allowed' | 'own_request' | 'not_found'; message: string }
  | { status: 'already_decided'; message: string };

/**
 * Approves or rejects. Of two approvers at once exactly one decides (a conditional update); the
 * other gets a message naming who decided first. Messages are in the actor's language.
 */
export async function decide(
  db: Db,
  actor: Member,
  role: MemberRole,
  requestId: number,
  decision: 'approved' | 'rejected',
  note: string | null,
  now = new Date(),
): Promise<DecisionOutcome> {
  const t = requestText.for(actor.locale);
  if (!canDecide(role)) return { status: 'not_allowed', message: t('not_allowed') };
  const result = await decideRequest(db, {
    teamId: actor.teamId,
    requestId,
    actorId: actor.id,
    decision,
    note,
    at: now,
  });
  if (result.status === 'decided') return result;
  const detail = result.detail;
  if (!detail) return { status: 'not_found', message: t('not_found') };
  if (detail.request.status === 'pending' && detail.request.memberId === actor.id) {
    return { status: 'own_request', message: t('own_request') };
  }
  const status = t(`status_${detail.request.status}`).toLowerCase();
  if (detail.deciderUserId && detail.request.decidedAt) {
    return {
      status: 'already_decided',
      message: t('already_decided', {
        status,
        user: mention(detail.deciderUserId),
        time: slackTime(detail.request.decidedAt.toISOString()),
      }),
    };
  }
  return { status: 'already_decided', message: t('already_closed', { status }) };
}

/**
 * After a decision: the approval message(s) in place, the requester's DM with outcome and reason,
 * and both Home tabs (the requester's and the decider's).
 */
export async function announceDecision(
  client: WebClient,
  db: Db,
  config: RequestsConfig,
  actor: Member,
  actorRole: MemberRole,
  request: Request,
): Promise<void> {
  const detail = await findRequestDetail(db, request.teamId, request.id);
  if (!detail) return;
  const requester = detail.requester;
  const view = await loadRequestView(db, detail);
  await quietly('approval message update', () => refreshApprovalMessage(client, db, request.id, view));
  await quietly('decision DM', () =>
    sendDirectMessage(
      client,
      requester.userId,
      decisionText(requester.locale, view),
      blocks(<RequestDecisionMessage locale={requester.locale} request={view} />),
    ),
  );
  await quietly('requester Home refresh', () =>
    publishHome(client, db, requester, effectiveRole(requester, config.admins)),
  );
  await quietly('decider Home refresh', () => publishHome(client, db, actor, actorRole));
}

/** The member cancels their own request; approved leave gives its days back. */
export async function cancelOwnRequest(
  client: WebClient,
  db: Db,
  member: Member,
  role: MemberRole,
  requestId: number,
  now = new Date(),
): Promise<{ cancelled: boolean; notice: string }> {
  const t = requestText.for(member.locale);
  const today = localDate(now, member.timeZone);
  const cancelled = await cancelRequest(db, { member, requestId, today, at: now });
  if (cancelled)
    await quietly('approval message update', () => refreshApprovalMessage(client, db, requestId));
  const notice = cancelled ? t('cancelled_notice') : t('cannot_cancel');
  await quietly('Home refresh', () => publishHome(client, db, member, role, { now, notice }));
  return { cancelled: Boolean(cancelled), notice };
}

// ── Home ─────────────────────────────────────────────────────────────────────────────────────

export const MY_REQUESTS_SHOWN = 10;
export const PENDING_SHOWN = 10;

export interface RequestsHome {
  myRequests: ViewRequest[];
  /** Approvers and admins only. */
  pendingApprovals?: { pending: ViewRequest[]; total: number };
}

/** The Home tab's request data: two indexed queries, no per-row lookups. */
export async function loadRequestsHome(
  db: Conn,
  member: Member,
  role: MemberRole,
  now: Date,
): Promise<RequestsHome> {
  const today = localDate(now, member.timeZone);
  const [mine, pending] = await Promise.all([
    recentRequests(db, member.id, MY_REQUESTS_SHOWN),
    canDecide(role) ? pendingForApprover(db, member, PENDING_SHOWN) : Promise.resolve(undefined),
  ]);
  return {
    myRequests: mine.map(({ request, deciderUserId }) =>
      toViewRequest(request, member, deciderUserId, { cancellable: isCancellable(request, today) }),
    ),
    pendingApprovals: pending && {
      pending: pending.rows.map(({ request, requester }) => toViewRequest(request, requester, null)),
      total: pending.total,
    },
  };
}
