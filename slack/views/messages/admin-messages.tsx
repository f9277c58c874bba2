/** @jsxImportSource jsx-slack */
import { Blocks, Context, Escape, Fragment, Header, Section } from 'jsx-slack';
import { adminText } from '@/slack/i18n/admin';
import { formatDay } from '@/slack/views/parts/format';

export interface ExportLinkMessageProps {
  locale: string;
  timeZone: string;
  /** The signed download URL (≤ 3000 chars with the text around it). */
  url: string;
  from: string;
  to: string;
  /** When the link stops working, ISO 8601. */
  expiresAt: string;
}

function formatDateTime(iso: string, locale: string, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
      new Date(iso),
    );
  } catch {
    return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
      new Date(iso),
    );
  }
}

/** DM to an admin with the CSV link and when it expires, in their zone. */
export function ExportLinkMessage({ locale, timeZone, url, from, to, expiresAt }: ExportLinkMessageProps) {
  const t = adminText.for(locale);
  return (
    <Blocks>
      <Section>
        :page_facing_up:{'\u00a0'}
        <a href={url}>
          <b>{t('export_download')}</b>
        </a>
        <br />
        {t('export_range', { from: formatDay(from, locale), to: formatDay(to, locale) })}
      </Section>
      <Context>
        {t('export_expires', { expires: formatDateTime(expiresAt, locale, timeZone), zone: timeZone })}
      </Context>
    </Blocks>
  );
}

export interface ReminderRequest {
  id: number;
  kind: 'leave' | 'expense' | 'equipment' | 'general';
  userId: string;
  createdAt: string;
  startDate?: string | null;
  endDate?: string | null;
  days?: string | null;
  amount?: string | null;
  currency?: string | null;
  item?: string | null;
  quantity?: number | null;
  subject?: string | null;
}

export interface ApprovalReminderMessageProps {
  /** The reader's locale: the admin's for a DM, English for the approvers channel. */
  locale: string;
  /** Pending requests, oldest first. */
  requests: ReminderRequest[];
  /** HOMEROOM_APPROVAL_REMINDER_HOURS. */
  hours: number;
  /** When the reminder is sent, ISO 8601; ages are counted from it. */
  now: string;
}

/** Lines shown; a section's text stays well under Slack's 3000 characters. */
export const REMINDER_LINES = 15;

function money(amount: string, currency: string | null | undefined, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: currency ?? 'USD' }).format(
      Number(amount),
    );
  } catch {
    return `${amount} ${currency ?? ''}`.trim();
  }
}

function summaryOf(r: ReminderRequest, locale: string): string {
  switch (r.kind) {
    case 'leave': {
      if (!r.startDate) return '';
      const dates =
        r.endDate && r.endDate !== r.startDate
          ? `${formatDay(r.startDate, locale)} – ${formatDay(r.endDate, locale)}`
          : formatDay(r.startDate, locale);
      return r.days ? `${dates} (${Number(r.days)})` : dates;
    }
    case 'expense':
      return r.amount ? money(r.amount, r.currency, locale) : '';
    case 'equipment':
      return r.item ? `${r.item}${r.quantity && r.quantity > 1 ? ` × ${r.quantity}` : ''}` : '';
    case 'general':
      return r.subject ?? '';
  }
}

/** The daily summary of requests still waiting for a decision, to the approvers channel or each admin. */
export function ApprovalReminderMessage({ locale, requests, hours, now }: ApprovalReminderMessageProps) {
  const t = adminText.for(locale);
  const ageOf = (createdAt: string) => {
    const h = Math.floor((new Date(now).getTime() - new Date(createdAt).getTime()) / 3_600_000);
    return h < 48 ? t('age_hours', { count: h }) : t('age_days', { count: Math.floor(h / 24) });
  };
  const shown = requests.slice(0, REMINDER_LINES);
  return (
    <Blocks>
      <Header>{t('reminder_title', { count: requests.length })}</Header>
      <Section>
        {t('reminder_intro', { hours })}
        {shown.map((r) => (
          <Fragment>
            <br />•{'\u00a0'}
            <a href={`@${r.userId}`} />
            {'\u00a0'}·{'\u00a0'}
            <Escape>
              {t('reminder_line', {
                id: r.id,
                kind: t(`kind_${r.kind}`),
                summary: summaryOf(r, locale),
                age: ageOf(r.createdAt),
              })}
            </Escape>
          </Fragment>
        ))}
        {requests.length > shown.length ? (
          <Fragment>
            <br />
            {t('reminder_more', { count: requests.length - shown.length })}
          </Fragment>
        ) : null}
      </Section>
      <Context>{t('reminder_footer')}</Context>
    </Blocks>
  );
}
