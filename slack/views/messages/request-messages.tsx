/** @jsxImportSource jsx-slack */
import { Actions, Blocks, Button, Context, Fragment, Mrkdwn, Section } from 'jsx-slack';
import { requestText } from '@/slack/i18n/requests';
import { ids } from '@/slack/ids';
import { formatDay } from '@/slack/views/parts/format';
import {
  clip,
  decisionLine,
  esc,
  formatAmount,
  formatDays,
  kindEmoji,
  leaveDates,
  leaveTypeLabel,
  mention,
  requestSummary,
  slackDate,
  type ViewRequest,
} from '@/slack/views/parts/request-format';

type T = ReturnType<typeof requestText.for>;

/** A section's text is capped at 3,000 characters; the free text gets what the labels leave. */
const TEXT_SHOWN = 2800;
/** A section field is capped at 2,000 characters. */
const FIELD_SHOWN = 1900;

function raw(text: string) {
  return (
    <Mrkdwn raw verbatim>
      {text}
    </Mrkdwn>
  );
}

/** The label/value pairs of a request, as section fields (at most 10). */
function requestFields(t: T, locale: string, r: ViewRequest): string[] {
  const field = (label: string, value: string) => `*${label}*\n${clip(value, FIELD_SHOWN)}`;
  switch (r.kind) {
    case 'leave':
      return [
        field(t('label_what'), leaveTypeLabel(t, r.leaveType ?? 'other')),
        field(t('label_when'), leaveDates(t, locale, r)),
        field(t('label_days'), formatDays(r.days ?? 0, locale)),
        ...(r.balanceAfter != null
          ? [field(t('label_balance_after'), t('days_count', { days: r.balanceAfter }))]
          : []),
      ];
    case 'expense': {
      const receipt = r.receipt
        ? r.receipt.url
          ? `<${r.receipt.url}|${esc(r.receipt.name)}>${r.receipt.stored ? '' : ` ${t('receipt_storing')}`}`
          : `${esc(r.receipt.name)} ${t('receipt_storing')}`
        : t('receipt_none');
      return [
        field(t('label_amount'), r.amount && r.currency ? formatAmount(r.amount, r.currency, locale) : '–'),
        field(t('label_date'), r.expenseDate ? formatDay(r.expenseDate, locale) : '–'),
        field(t('label_receipt'), receipt),
      ];
    }
    case 'equipment':
      return [
        field(
          t('label_item'),
          t('summary_equipment', { quantity: r.quantity ?? 1, item: esc(r.item ?? '') }),
        ),
        field(t('label_needed_by'), r.neededBy ? formatDay(r.neededBy, locale) : '–'),
      ];
    case 'general':
      return [field(t('label_subject'), esc(r.subject ?? ''))];
  }
}

function textLabel(t: T, r: ViewRequest): string {
  return r.kind === 'leave' || r.kind === 'equipment' ? t('label_reason') : t('label_details');
}

function RequestBody({ t, locale, request }: { t: T; locale: string; request: ViewRequest }) {
  const fields = requestFields(t, locale, request);
  return (
    <Fragment>
      {{ type: 'section', fields: fields.map((text) => ({ type: 'mrkdwn', text, verbatim: true })) }}
      {request.text ? (
        <Section>{raw(`*${textLabel(t, request)}*\n${esc(clip(request.text, TEXT_SHOWN))}`)}</Section>
      ) : null}
    </Fragment>
  );
}

function Reference({ t, request }: { t: T; request: ViewRequest }) {
  return <Context>{raw(t('request_ref', { id: request.id, date: slackDate(request.createdAt) }))}</Context>;
}

export interface ApprovalMessageProps {
  /** Language of this copy: the requester's in the approvers channel, each admin's in a DM. */
  locale: string;
  request: ViewRequest;
}

/**
 * The approval request in the approvers channel (or an admin's DM): who, what, when, how many days,
 * balance after, receipt; Approve and Reject while pending, then who decided, updated in place.
 */
export function ApprovalMessage({ locale, request }: ApprovalMessageProps) {
  const t = requestText.for(locale);
  const decided = decisionLine(t, request);
  return (
    <Blocks>
      <Section>
        {raw(
          t('approval_head', {
            kind: t('kind_noun', { kind: request.kind }),
            user: mention(request.requester.userId),
          }),
        )}
      </Section>
      <RequestBody t={t} locale={locale} request={request} />
      {request.status === 'pending' ? (
        <Actions blockId={ids.requests.decisionBlock}>
          <Button actionId={ids.requests.approve} value={String(request.id)} style="primary">
            {t('approve_button')}
          </Button>
          <Button actionId={ids.requests.reject} value={String(request.id)} style="danger">
            {t('reject_button')}
          </Button>
        </Actions>
      ) : null}
      {decided ? (
        <Section blockId={ids.requests.decisionBlock}>
          {raw(
            request.decisionNote
              ? `${decided}\n${t('decision_note', { note: esc(clip(request.decisionNote, 1000)) })}`
              : decided,
          )}
        </Section>
      ) : null}
      <Reference t={t} request={request} />
    </Blocks>
  );
}

export function approvalMessageText(locale: string, request: ViewRequest): string {
  const t = requestText.for(locale);
  return t('approval_text', { kind: t('kind_noun', { kind: request.kind }), name: request.requester.name });
}

export interface RequestConfirmationMessageProps {
  locale: string;
  request: ViewRequest;
}

/** The DM a requester gets once the request is saved and sent to the approvers. */
export function RequestConfirmationMessage({ locale, request }: RequestConfirmationMessageProps) {
  const t = requestText.for(locale);
  return (
    <Blocks>
      <Section>{raw(t('confirm_head', { kind: t('kind_noun', { kind: request.kind }) }))}</Section>
      <RequestBody t={t} locale={locale} request={request} />
      <Reference t={t} request={request} />
    </Blocks>
  );
}

export function confirmationText(locale: string, request: ViewRequest): string {
  const t = requestText.for(locale);
  return t('confirm_text', { kind: t('kind_noun', { kind: request.kind }) });
}

export interface RequestDecisionMessageProps {
  locale: string;
  /** An approved or rejected request, with `decidedBy` and, for a rejection, the reason. */
  request: ViewRequest;
}

/** The DM telling the requester the outcome, who decided and why. */
export function RequestDecisionMessage({ locale, request }: RequestDecisionMessageProps) {
  const t = requestText.for(locale);
  const kind = t('kind_noun', { kind: request.kind });
  const user = request.decidedBy ? mention(request.decidedBy) : '';
  const head =
    request.status === 'approved'
      ? t('decision_head_approved', { kind, user })
      : t('decision_head_rejected', { kind, user });
  return (
    <Blocks>
      <Section>
        {raw(
          request.decisionNote
            ? `${head}\n${t('decision_note', { note: esc(clip(request.decisionNote, 1000)) })}`
            : head,
        )}
      </Section>
      <Section>{raw(`${kindEmoji[request.kind]} ${requestSummary(t, locale, request)}`)}</Section>
      <Reference t={t} request={request} />
    </Blocks>
  );
}

export function decisionText(locale: string, request: ViewRequest): string {
  const t = requestText.for(locale);
  const kind = t('kind_noun', { kind: request.kind });
  return request.status === 'approved'
    ? t('decision_text_approved', { kind })
    : t('decision_text_rejected', { kind });
}
