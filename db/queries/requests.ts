import { and, asc, desc, eq, gte, inArray, lte, ne, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Conn, Db } from '@/db/client';
import { enqueueJob } from '@/db/jobs';
import {
  type DayPart,
  type LeaveType,
  type Member,
  members,
  type Request,
  type RequestKind,
  type RequestStatus,
  requestEvents,
  requests,
  type Upload,
  uploads,
} from '@/db/schema';

/**
 * Leave types that use up the yearly allowance (`members.leave_allowance_days`). Sick leave and
 * "other" (bereavement, jury duty…) are recorded and approved like the rest but never reduce it.
 */
export const COUNTED_LEAVE_TYPES: readonly LeaveType[] = ['vacation', 'personal'];

export function countsAgainstAllowance(type: LeaveType): boolean {
  return COUNTED_LEAVE_TYPES.includes(type);
}

/** The job the uploads feature runs to fetch a receipt from Slack and keep it in our storage. */
export const UPLOAD_STORE_JOB = 'upload.store';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days from `start` to `end` inclusive (local calendar dates) that are Monday to Friday. */
export function weekdaysBetween(start: string, end: string): number {
  const from = Date.parse(`${start}T00:00:00Z`);
  const to = Date.parse(`${end}T00:00:00Z`);
  if (Number.isNaN(from) || Number.isNaN(to) || to < from) return 0;
  let count = 0;
  for (let t = from; t <= to; t += DAY_MS) {
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6) count++;
  }
  return count;
}

/** Working days a leave takes: weekdays in the range, or 0.5 for a half day on a weekday. */
export function leaveWorkingDays(start: string, end: string, dayPart: DayPart): number {
  const weekdays = weekdaysBetween(start, end);
  return dayPart === 'full' ? weekdays : Math.min(weekdays, 1) * 0.5;
}

export interface LeaveBalance {
  year: number;
  allowance: number;
  /** Pending and approved counted leave starting in `year`. */
  used: number;
  balance: number;
}

/**
 * The allowance left in a calendar year: allowance − pending − approved counted leave whose first
 * day is in that year (a leave across New Year counts in the year it starts). Pending leave counts
 * so two requests cannot together spend more than is there.
 */
export async function leaveBalance(db: Conn, member: Member, year: number): Promise<LeaveBalance> {
  const [row] = await db
    .select({ used: sql<string>`coalesce(sum(${requests.days}), 0)` })
    .from(requests)
    .where(
      and(
        eq(requests.teamId, member.teamId),
        eq(requests.memberId, member.id),
        eq(requests.kind, 'leave'),
        inArray(requests.status, ['pending', 'approved']),
        inArray(requests.leaveType, [...COUNTED_LEAVE_TYPES]),
        gte(requests.startDate, `${year}-01-01`),
        lte(requests.startDate, `${year}-12-31`),
      ),
    );
  const allowance = Number(member.leaveAllowanceDays);
  const used = Number(row?.used ?? 0);
  return { year, allowance, used, balance: allowance - used };
}

/**
 * The member's pending or approved leave that shares a day with [start, end]. A morning and an
 * afternoon half of the same day don't overlap.
 */
export async function overlappingLeave(
  db: Conn,
  member: Member,
  input: { startDate: string; endDate: string; dayPart: DayPart },
): Promise<Request | undefined> {
  const halves =
    input.dayPart === 'full'
      ? sql`true`
      : or(
          ne(requests.startDate, requests.endDate),
          ne(requests.startDate, input.startDate),
          eq(requests.dayPart, 'full'),
          eq(requests.dayPart, input.dayPart),
        );
  const [row] = await db
    .select()
    .from(requests)
    .where(
      and(
        eq(requests.teamId, member.teamId),
        eq(requests.memberId, member.id),
        eq(requests.kind, 'leave'),
        inArray(requests.status, ['pending', 'approved']),
        lte(requests.startDate, input.endDate),
        gte(requests.endDate, input.startDate),
        halves,
      ),
    )
    .orderBy(asc(requests.startDate))
    .limit(1);
  return row;
}

export type RequestInput =
  | {
      kind: 'leave';
      leaveType: LeaveType;
      startDate: string;
      endDate: string;
      dayPart: DayPart;
      reason: string | null;
    }
  | {
      kind: 'expense';
      amount: string;
      currency: string;
      expenseDate: string;
      details: string;
      receipt: { slackFileId: string; name: string } | null;
    }
  | { kind: 'equipment'; item: string; quantity: number; neededBy: string; reason: string | null }
  | { kind: 'general'; subject: string; details: string };

/** Why a leave request can't be saved; the listener turns it into a field error. */
export type LeaveProblem =
  | { problem: 'overlap'; other: Request }
  | { problem: 'balance'; days: number; balance: LeaveBalance };

export type CreateResult =
  | { status: 'created'; request: Request; upload: Upload | undefined }
  | { status: 'invalid'; leave: LeaveProblem };

/**
 * Checks leave against the member's other leave and balance, then saves the request, its
 * `created` audit row and, for a receipt, the upload and its storing job: all in one transaction.
 * The member's row is locked first, so two submissions at once cannot both spend the same days.
 */
export async function createRequest(
  db: Db,
  member: Member,
  input: RequestInput,
  options: { now?: Date; receiptPermalink?: string | null } = {},
): Promise<CreateResult> {
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    await tx.select({ id: members.id }).from(members).where(eq(members.id, member.id)).for('update');
    let days: string | null = null;
    if (input.kind === 'leave') {
      const other = await overlappingLeave(tx, member, input);
      if (other) return { status: 'invalid', leave: { problem: 'overlap', other } };
      const taken = leaveWorkingDays(input.startDate, input.endDate, input.dayPart);
      if (countsAgainstAllowance(input.leaveType)) {
        const balance = await leaveBalance(tx, member, Number(input.startDate.slice(0, 4)));
        if (taken > balance.balance) {
          return { status: 'invalid', leave: { problem: 'balance', days: taken, balance } };
        }
      }
      days = String(taken);
    }
    const { receipt, ...fields } = input.kind === 'expense' ? input : { ...input, receipt: null };
    const [request] = await tx
      .insert(requests)
      .values({ ...fields, teamId: member.teamId, memberId: member.id, days, createdAt: now })
      .returning();
    if (!request) throw new Error('insert into requests returned nothing');
    await tx.insert(requestEvents).values({
      teamId: member.teamId,
      requestId: request.id,
      actorId: member.id,
      action: 'created',
      data: options.receiptPermalink ? { receiptPermalink: options.receiptPermalink } : null,
      createdAt: now,
    });
    let upload: Upload | undefined;
    if (receipt) {
      [upload] = await tx
        .insert(uploads)
        .values({
          teamId: member.teamId,
          memberId: member.id,
          slackFileId: receipt.slackFileId,
          name: receipt.name,
          requestId: request.id,
          status: 'pending',
        })
        .onConflictDoUpdate({
          // The same Slack file attached again (a resubmitted expense) now belongs to this request.
          target: [uploads.teamId, uploads.slackFileId],
          set: { requestId: request.id, updatedAt: now },
        })
        .returning();
      if (upload) {
        await enqueueJob(tx, {
          kind: UPLOAD_STORE_JOB,
          payload: { uploadId: upload.id },
          dedupeKey: `${UPLOAD_STORE_JOB}:${upload.id}`,
        });
      }
    }
    return { status: 'created', request, upload };
  });
}

const requester = alias(members, 'requester');
const decider = alias(members, 'decider');

/** A request with the people around it, as views need it. */
export interface RequestDetail {
  request: Request;
  requester: Member;
  /** Slack user id of whoever approved, rejected or cancelled it. */
  deciderUserId: string | null;
}

function detailColumns() {
  return { request: requests, requester, deciderUserId: decider.userId };
}

/** A request of the team, with its requester and decider; `teamId` null for jobs that only have the id. */
export async function findRequestDetail(
  db: Conn,
  teamId: string | null,
  requestId: number,
): Promise<RequestDetail | undefined> {
  const [row] = await db
    .select(detailColumns())
    .from(requests)
    .innerJoin(requester, eq(requester.id, requests.memberId))
    .leftJoin(decider, eq(decider.id, requests.decidedById))
    .where(and(teamId === null ? undefined : eq(requests.teamId, teamId), eq(requests.id, requestId)))
    .limit(1);
  return row;
}

/**
 * The receipt of an expense: the newest upload attached to it, and the Slack permalink given at
 * submission (shown until our copy is stored).
 */
export async function findReceipt(
  db: Conn,
  requestId: number,
): Promise<{ upload: Upload; permalink: string | null } | undefined> {
  const [row] = await db
    .select({
      upload: uploads,
      permalink: sql<string | null>`(
        select ${requestEvents.data} ->> 'receiptPermalink' from ${requestEvents}
        where ${requestEvents.requestId} = ${requestId} and ${requestEvents.action} = 'created'
        limit 1
      )`,
    })
    .from(uploads)
    .where(eq(uploads.requestId, requestId))
    .orderBy(desc(uploads.createdAt), desc(uploads.id))
    .limit(1);
  return row;
}

export type DecideResult =
  | { status: 'decided'; request: Request }
  | { status: 'not_pending'; detail: RequestDetail | undefined };

/**
 * Approves or rejects a pending request. The update only matches while the status is `pending`, so
 * of two approvers clicking at once exactly one wins; the other learns who did.
 */
export async function decideRequest(
  db: Db,
  input: {
    teamId: string;
    requestId: number;
    actorId: number;
    decision: 'approved' | 'rejected';
    note: string | null;
    at: Date;
  },
): Promise<DecideResult> {
  const decided = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(requests)
      .set({
        status: input.decision,
        decidedById: input.actorId,
        decidedAt: input.at,
        decisionNote: input.note,
      })
      .where(
        and(
          eq(requests.teamId, input.teamId),
          eq(requests.id, input.requestId),
          eq(requests.status, 'pending'),
          // Nobody decides their own request, even through a crafted payload.
          ne(requests.memberId, input.actorId),
        ),
      )
      .returning();
    if (!row) return undefined;
    await tx.insert(requestEvents).values({
      teamId: input.teamId,
      requestId: row.id,
      actorId: input.actorId,
      action: input.decision,
      note: input.note,
      createdAt: input.at,
    });
    return row;
  });
  if (decided) return { status: 'decided', request: decided };
  return { status: 'not_pending', detail: await findRequestDetail(db, input.teamId, input.requestId) };
}

/**
 * Cancels the member's own request while it is pending, or approved leave that hasn't started yet
 * (`today` is the member's local date); the days return to the balance because only pending and
 * approved leave count.
 */
export async function cancelRequest(
  db: Db,
  input: { member: Member; requestId: number; today: string; at: Date },
): Promise<Request | undefined> {
  return db.transaction(async (tx) => {
    // Locked, so a decision arriving at the same moment waits and then finds it cancelled.
    const [current] = await tx
      .select()
      .from(requests)
      .where(
        and(
          eq(requests.teamId, input.member.teamId),
          eq(requests.id, input.requestId),
          eq(requests.memberId, input.member.id),
        ),
      )
      .for('update');
    if (!current || !isCancellable(current, input.today)) return undefined;
    const [row] = await tx
      .update(requests)
      .set({ status: 'cancelled', decidedById: input.member.id, decidedAt: input.at, decisionNote: null })
      .where(eq(requests.id, current.id))
      .returning();
    await tx.insert(requestEvents).values({
      teamId: current.teamId,
      requestId: current.id,
      actorId: input.member.id,
      action: 'cancelled',
      data: { previousStatus: current.status },
      createdAt: input.at,
    });
    return row;
  });
}

/** Whether the member may still cancel this request of theirs. */
export function isCancellable(
  request: Pick<Request, 'status' | 'kind' | 'startDate'>,
  today: string,
): boolean {
  if (request.status === 'pending') return true;
  return (
    request.status === 'approved' &&
    request.kind === 'leave' &&
    request.startDate !== null &&
    request.startDate > today
  );
}

export interface MyRequestRow {
  request: Request;
  deciderUserId: string | null;
}

/** The member's newest requests (Home "My requests"): one indexed query. */
export async function recentRequests(db: Conn, memberId: number, limit = 10): Promise<MyRequestRow[]> {
  return db
    .select({ request: requests, deciderUserId: decider.userId })
    .from(requests)
    .leftJoin(decider, eq(decider.id, requests.decidedById))
    .where(eq(requests.memberId, memberId))
    .orderBy(desc(requests.createdAt), desc(requests.id))
    .limit(limit);
}

export interface PendingRow {
  request: Request;
  requester: Member;
  /** Every pending request the viewer may decide, not only the ones returned. */
  total: number;
}

/**
 * The oldest pending requests of the team that `viewer` may decide (not their own), with the total
 * count in the same query (a window over the partial pending index), for "and N more".
 */
export async function pendingForApprover(
  db: Conn,
  viewer: Member,
  limit = 10,
): Promise<{ rows: Omit<PendingRow, 'total'>[]; total: number }> {
  // Page the pending requests first and join the requesters after the limit: joined before, PGlite
  // hashes every member of the team (16–29 ms with 10,000 members); after, it is ten primary-key lookups.
  const page = db.$with('pending_page').as(
    db
      .select({
        id: requests.id,
        createdAt: requests.createdAt,
        total: sql<number>`(count(*) over ())::int`.as('total'),
      })
      .from(requests)
      .where(
        and(
          eq(requests.teamId, viewer.teamId),
          eq(requests.status, 'pending'),
          ne(requests.memberId, viewer.id),
        ),
      )
      .orderBy(asc(requests.createdAt), asc(requests.id))
      .limit(limit),
  );
  const rows = await db
    .with(page)
    .select({ request: requests, requester, total: page.total })
    .from(page)
    .innerJoin(requests, eq(requests.id, page.id))
    .innerJoin(requester, eq(requester.id, requests.memberId))
    .orderBy(asc(page.createdAt), asc(page.id));
  return {
    rows: rows.map(({ request, requester }) => ({ request, requester })),
    total: Number(rows[0]?.total ?? 0),
  };
}

/** Where an approval message was posted, kept as audit rows so every copy can be updated. */
export interface PostedMessage {
  channel: string;
  ts: string;
  /** Language the copy was written in (the admin's for a DM). */
  locale: string;
}

export async function recordApprovalMessage(
  db: Db,
  request: Pick<Request, 'id' | 'teamId'>,
  message: PostedMessage,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(requests)
      .set({ approvalChannel: message.channel, approvalTs: message.ts })
      .where(and(eq(requests.id, request.id), sql`${requests.approvalTs} is null`));
    await tx.insert(requestEvents).values({
      teamId: request.teamId,
      requestId: request.id,
      action: 'approval_posted',
      data: { ...message },
    });
  });
}

export async function approvalMessages(db: Conn, requestId: number): Promise<PostedMessage[]> {
  const rows = await db
    .select({ data: requestEvents.data })
    .from(requestEvents)
    .where(and(eq(requestEvents.requestId, requestId), eq(requestEvents.action, 'approval_posted')))
    .orderBy(asc(requestEvents.id));
  return rows.flatMap(({ data }) => {
    const channel = data?.channel;
    const ts = data?.ts;
    const locale = data?.locale;
    return typeof channel === 'string' && typeof ts === 'string'
      ? [{ channel, ts, locale: typeof locale === 'string' ? locale : 'en-US' }]
      : [];
  });
}

export type { RequestKind, RequestStatus };
