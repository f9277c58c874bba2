import crypto from 'node:crypto';
import { TZDate } from '@date-fns/tz';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { type Conn, getDb } from '@/db/client';
import { localDayBounds } from '@/db/local-time';
import {
  type ExportRange,
  exportRequestsPage,
  exportSessionsPage,
  type SessionCursor,
} from '@/db/queries/export';
import { effectiveRole, findMember, memberName } from '@/db/queries/members';
import { runtimeEnvOrLog } from '@/slack/app';
import { getLogger } from '@/slack/logger';

/** Export links work this long after they are made. */
export const EXPORT_TTL_MS = 24 * 60 * 60 * 1000;
/** Rows fetched per query while streaming; memory stays flat whatever the range. */
const PAGE = 1000;

/** What a signed export link carries. Dates are local calendar dates in `zone` (the admin's). */
export interface ExportClaims {
  teamId: string;
  userId: string;
  from: string;
  to: string;
  zone: string;
  /** Expiry, epoch milliseconds. */
  expiresAt: number;
}

const claimsSchema = z.object({
  teamId: z.string().min(1),
  userId: z.string().min(1),
  from: z.iso.date(),
  to: z.iso.date(),
  zone: z.string().min(1),
  expiresAt: z.number().int(),
});

function mac(secret: string, payload: string): Buffer {
  return crypto.createHmac('sha256', secret).update(`homeroom-export:v1:${payload}`).digest();
}

/** `<claims as base64url JSON>.<HMAC-SHA256 with the signing secret>`: nothing is stored server-side. */
export function signExportToken(claims: ExportClaims, secret: string): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${payload}.${mac(secret, payload).toString('base64url')}`;
}

export type TokenCheck =
  | { ok: true; claims: ExportClaims }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'expired'; claims: ExportClaims };

export function verifyExportToken(token: string, secret: string, now: Date): TokenCheck {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return { ok: false, reason: 'invalid' };
  const expected = mac(secret, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'invalid' };
  }
  let parsed: ReturnType<typeof claimsSchema.safeParse>;
  try {
    parsed = claimsSchema.safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  if (parsed.data.expiresAt <= now.getTime()) return { ok: false, reason: 'expired', claims: parsed.data };
  return { ok: true, claims: parsed.data };
}

/** The instants a local date range covers in a zone: from the first day's start to the last day's end. */
export function rangeOf(claims: Pick<ExportClaims, 'teamId' | 'from' | 'to' | 'zone'>): ExportRange {
  const noon = (date: string) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return new Date(new TZDate(y, m - 1, d, 12, 0, 0, claims.zone).getTime());
  };
  return {
    teamId: claims.teamId,
    from: localDayBounds(noon(claims.from), claims.zone).start,
    to: localDayBounds(noon(claims.to), claims.zone).end,
    fromDate: claims.from,
    toDate: claims.to,
  };
}

/** One file for both kinds of record; `record` says which columns apply to a row. */
export const CSV_COLUMNS = [
  'record',
  'id',
  'user_id',
  'member',
  'kind',
  'status',
  'start_date',
  'end_date',
  'day_part',
  'days',
  'amount',
  'currency',
  'item',
  'quantity',
  'subject',
  'details',
  'created_at',
  'decided_by',
  'decided_at',
  'decision_note',
  'check_in_at',
  'check_out_at',
  'local_date',
  'time_zone',
  'hours',
  'location',
  'source',
  'note',
] as const;

type CsvRow = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | null>>;

const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

/**
 * CSV text for rows. `escape_formulas` puts a quote before a cell starting with = + - @ (or a tab or
 * CR), so a spreadsheet never runs a member's "=HYPERLINK(…)" note as a formula.
 */
function csv(rows: CsvRow[], header: boolean): string {
  return stringify(rows, {
    header,
    columns: [...CSV_COLUMNS],
    escape_formulas: true,
    record_delimiter: 'windows',
  });
}

type RequestPage = Awaited<ReturnType<typeof exportRequestsPage>>;

/** The export as CSV chunks, page by page: requests first, then attendance sessions. */
export async function* exportCsvChunks(db: Conn, range: ExportRange): AsyncGenerator<string> {
  // A byte-order mark, so spreadsheet apps read Korean and Japanese names as UTF-8.
  yield `\ufeff${csv([], true)}`;
  let afterId = 0;
  for (;;) {
    const page: RequestPage = await exportRequestsPage(db, range, afterId, PAGE);
    if (page.length === 0) break;
    yield csv(
      page.map(({ request: r, ...who }) => ({
        record: 'request',
        id: r.id,
        user_id: who.userId,
        member: memberName({ ...who }),
        kind: r.kind === 'leave' && r.leaveType ? `leave:${r.leaveType}` : r.kind,
        status: r.status,
        start_date: r.startDate ?? r.expenseDate ?? r.neededBy,
        end_date: r.endDate,
        day_part: r.dayPart,
        days: r.days,
        amount: r.amount,
        currency: r.currency,
        item: r.item,
        quantity: r.quantity,
        subject: r.subject,
        details: r.details ?? r.reason,
        created_at: iso(r.createdAt),
        decided_by: who.decidedByUserId,
        decided_at: iso(r.decidedAt),
        decision_note: r.decisionNote,
      })),
      false,
    );
    afterId = page.at(-1)!.request.id;
    if (page.length < PAGE) break;
  }
  let cursor: SessionCursor | undefined;
  for (;;) {
    const page = await exportSessionsPage(db, range, cursor, PAGE);
    if (page.length === 0) break;
    yield csv(
      page.map(({ session: s, ...who }) => ({
        record: 'attendance',
        id: s.id,
        user_id: who.userId,
        member: memberName(who),
        check_in_at: iso(s.checkInAt),
        check_out_at: iso(s.checkOutAt),
        local_date: who.localDate,
        time_zone: who.timeZone,
        hours: s.checkOutAt
          ? ((s.checkOutAt.getTime() - s.checkInAt.getTime()) / 3_600_000).toFixed(2)
          : null,
        location: s.location,
        source: s.checkOutSource ? `${s.checkInSource}/${s.checkOutSource}` : s.checkInSource,
        note: s.note,
      })),
      false,
    );
    const last = page.at(-1)!.session;
    cursor = { checkInAt: last.checkInAt, id: last.id };
    if (page.length < PAGE) break;
  }
}

function plain(status: number, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}

export interface DownloadDeps {
  db: Conn;
  secret: string;
  admins: readonly string[];
  log: { warn(obj: object, msg: string): void; info(obj: object, msg: string): void };
  now?: Date;
}

/**
 * GET /api/export/<token>: checks the signature, the expiry and that the link's owner is still an
 * admin, then streams the CSV as an attachment. Nothing is stored; the file is built on download.
 */
export async function exportDownload(token: string, deps: DownloadDeps): Promise<Response> {
  const now = deps.now ?? new Date();
  const check = verifyExportToken(token, deps.secret, now);
  if (!check.ok) {
    deps.log.warn({ reason: check.reason }, 'export link refused');
    return check.reason === 'expired'
      ? plain(410, 'This export link has expired. Choose Export CSV on your Homeroom Home tab for a new one.')
      : plain(404, 'This export link is not valid. Check that you copied all of it.');
  }
  const { claims } = check;
  const owner = await findMember(deps.db, claims.teamId, claims.userId);
  if (!owner || effectiveRole(owner, deps.admins) !== 'admin') {
    deps.log.warn({ userId: claims.userId }, 'export link of someone who is no longer an admin');
    return plain(403, 'This export link belongs to someone who is no longer a Homeroom admin.');
  }
  const range = rangeOf(claims);
  const chunks = exportCsvChunks(deps.db, range);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        deps.log.warn({ err: error }, 'export stream failed');
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  deps.log.info({ userId: claims.userId, from: claims.from, to: claims.to }, 'export downloaded');
  return new Response(body, {
    status: 200,
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="homeroom-${claims.from}-to-${claims.to}.csv"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}

/** The route's handler, with the process-wide database and configuration. */
export async function handleExportRequest(token: string): Promise<Response> {
  // The runtime's configuration, so the secret is the one the link was signed with.
  const env = runtimeEnvOrLog();
  if (!env) return plain(500, 'Homeroom is not configured; see the server log.');
  const log = getLogger(env.logLevel).child({ component: 'export' });
  return exportDownload(token, { db: await getDb(), secret: env.signingSecret, admins: env.admins, log });
}
