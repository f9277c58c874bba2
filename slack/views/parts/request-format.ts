/**
 * Requests as views see them, and the mrkdwn lines several views share. Everything is a pure
 * function of its inputs; user text is escaped here because these lines are raw mrkdwn (they carry
 * `<@U…>` mentions, which jsx-slack's own text would escape).
 */
import type { requestText } from '@/slack/i18n/requests';
import { formatDay } from '@/slack/views/parts/format';

export type ViewRequestKind = 'leave' | 'expense' | 'equipment' | 'general';
export type ViewRequestStatus = 'pending' | 'approved' | 'rejected' | 'cancelled';
export type ViewLeaveType = 'vacation' | 'sick' | 'personal' | 'other';
export type ViewDayPart = 'full' | 'morning' | 'afternoon';

export interface ViewRequest {
  id: number;
  kind: ViewRequestKind;
  status: ViewRequestStatus;
  requester: { userId: string; name: string };
  /** ISO 8601. */
  createdAt: string;
  leaveType?: ViewLeaveType | null;
  /** Local dates `YYYY-MM-DD`, inclusive. */
  startDate?: string | null;
  endDate?: string | null;
  dayPart?: ViewDayPart | null;
  /** Working days, e.g. 0.5 or 3. */
  days?: number | null;
  /** Decimal string, e.g. "42.50". */
  amount?: string | null;
  currency?: string | null;
  expenseDate?: string | null;
  item?: string | null;
  quantity?: number | null;
  neededBy?: string | null;
  subject?: string | null;
  /** Reason (leave, equipment) or details (expense, general). */
  text?: string | null;
  decidedBy?: string | null;
  decidedAt?: string | null;
  decisionNote?: string | null;
  /** Expense receipt: our hosted URL once stored, else Slack's permalink; `stored` false while copying. */
  receipt?: { name: string; url: string | null; stored: boolean } | null;
  /** Counted leave: the balance once this request is taken (pending and approved leave included). */
  balanceAfter?: number | null;
  /** Whether the requester may cancel it now (pending, or approved leave that hasn't started). */
  cancellable?: boolean;
}

type T = ReturnType<typeof requestText.for>;

/** Escapes the three characters mrkdwn treats as markup delimiters of links and mentions. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export const mention = (userId: string) => `<@${userId}>`;

export const statusEmoji: Record<ViewRequestStatus, string> = {
  pending: ':hourglass_flowing_sand:',
  approved: ':white_check_mark:',
  rejected: ':x:',
  cancelled: ':heavy_multiplication_x:',
};

export const kindEmoji: Record<ViewRequestKind, string> = {
  leave: ':palm_tree:',
  expense: ':receipt:',
  equipment: ':desktop_computer:',
  general: ':memo:',
};

export function kindLabel(t: T, kind: ViewRequestKind): string {
  return t(`kind_${kind}`);
}

export function statusLabel(t: T, status: ViewRequestStatus): string {
  return t(`status_${status}`);
}

export function leaveTypeLabel(t: T, type: ViewLeaveType): string {
  return t(`leave_${type}`);
}

export function formatAmount(amount: string, currency: string, locale: string): string {
  const value = Number(amount);
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value);
  } catch {
    return `${amount} ${currency}`;
  }
}

/** "Mon, Dec 1 – Wed, Dec 3", or "Mon, Dec 1, Morning (half day)". */
export function leaveDates(t: T, locale: string, r: ViewRequest): string {
  if (!r.startDate) return '';
  const start = formatDay(r.startDate, locale);
  if (r.dayPart && r.dayPart !== 'full')
    return t('dates_half', { date: start, part: t(`day_part_${r.dayPart}`) });
  if (!r.endDate || r.endDate === r.startDate) return start;
  return t('dates_range', { start, end: formatDay(r.endDate, locale) });
}

/** One line saying what is asked, without who: "Vacation · Mon, Dec 1 – Wed, Dec 3 · 3 days". */
export function requestSummary(t: T, locale: string, r: ViewRequest): string {
  switch (r.kind) {
    case 'leave':
      return [
        leaveTypeLabel(t, r.leaveType ?? 'other'),
        leaveDates(t, locale, r),
        r.days != null ? t('days_count', { days: r.days }) : null,
      ]
        .filter(Boolean)
        .join(' · ');
    case 'expense':
      return [
        r.amount && r.currency ? formatAmount(r.amount, r.currency, locale) : null,
        r.expenseDate ? formatDay(r.expenseDate, locale) : null,
        r.text ? esc(clip(r.text, 80)) : null,
      ]
        .filter(Boolean)
        .join(' · ');
    case 'equipment':
      return [
        t('summary_equipment', { quantity: r.quantity ?? 1, item: esc(r.item ?? '') }),
        r.neededBy ? t('needed_by', { date: formatDay(r.neededBy, locale) }) : null,
      ]
        .filter(Boolean)
        .join(' · ');
    case 'general':
      return esc(r.subject ?? '');
  }
}

/** Slack shows `<!date^…>` in each reader's own zone and format; the fallback is for old clients. */
export function slackTime(iso: string): string {
  const epoch = Math.floor(Date.parse(iso) / 1000);
  return `<!date^${epoch}^{date_short_pretty} {time}|${iso.slice(0, 16).replace('T', ' ')} UTC>`;
}

/** A day in each reader's own zone: "Nov 24" / "yesterday". */
export function slackDate(iso: string): string {
  const epoch = Math.floor(Date.parse(iso) / 1000);
  return `<!date^${epoch}^{date_short_pretty}|${iso.slice(0, 10)}>`;
}

/** "✅ Approved by @x at …" for a decided or cancelled request, else null. */
export function decisionLine(t: T, r: ViewRequest): string | null {
  if (r.status === 'pending' || !r.decidedBy || !r.decidedAt) return null;
  return t(`decided_${r.status}`, { user: mention(r.decidedBy), time: slackTime(r.decidedAt) });
}

export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Days as the member's locale writes them: 2.5, not 2.50. */
export function formatDays(days: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(days);
  } catch {
    return String(days);
  }
}
