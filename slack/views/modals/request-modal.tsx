/** @jsxImportSource jsx-slack */

import type { InputBlock } from '@slack/types';
import {
  Context,
  DatePicker,
  Fragment,
  Input,
  type JSXSlack,
  Modal,
  Mrkdwn,
  Option,
  RadioButton,
  RadioButtonGroup,
  Select,
  Textarea,
} from 'jsx-slack';
import { requestText } from '@/slack/i18n/requests';
import { ids } from '@/slack/ids';
import {
  formatDays,
  type ViewDayPart,
  type ViewLeaveType,
  type ViewRequestKind,
} from '@/slack/views/parts/request-format';

/** Input limits, checked again when the modal is submitted (Slack's own cap is 3,000). */
export const requestLimits = {
  text: 2000,
  subject: 150,
  item: 150,
  amount: 20,
  quantityMax: 1000,
} as const;

export const REQUEST_KINDS: readonly ViewRequestKind[] = ['leave', 'expense', 'equipment', 'general'];
export const LEAVE_TYPES: readonly ViewLeaveType[] = ['vacation', 'sick', 'personal', 'other'];
export const DAY_PARTS: readonly ViewDayPart[] = ['full', 'morning', 'afternoon'];
export const CURRENCIES = [
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'KRW',
  'CNY',
  'CAD',
  'AUD',
  'CHF',
  'INR',
  'SGD',
  'HKD',
  'SEK',
  'NZD',
  'BRL',
  'MXN',
] as const;

/** Receipts Slack accepts in the file input: photos and PDFs. */
export const RECEIPT_FILETYPES = ['jpg', 'jpeg', 'png', 'gif', 'webp', 'heic', 'pdf'];

/** What the person has entered so far, any kind; carried across kind switches. */
export interface RequestDraft {
  kind: ViewRequestKind;
  leaveType?: ViewLeaveType | null;
  startDate?: string | null;
  endDate?: string | null;
  dayPart?: ViewDayPart | null;
  amount?: string | null;
  currency?: string | null;
  expenseDate?: string | null;
  item?: string | null;
  quantity?: string | null;
  neededBy?: string | null;
  subject?: string | null;
  /** The free text every kind has (reason, description, details). */
  text?: string | null;
}

export interface LeaveSummary {
  year: number;
  allowance: number;
  /** Left before this request. */
  balance: number;
  /** Working days the entered dates take, when both are set. */
  days: number | null;
  /** False for leave types that don't use the allowance (sick, other). */
  counted: boolean;
}

export interface RequestModalProps {
  /** The requester's Slack locale; every label follows it. */
  locale: string;
  draft: RequestDraft;
  /** Leave only: balance and length; null while the balance is being looked up. */
  leaveSummary?: LeaveSummary | null;
  /** Hidden fields of other kinds, so they survive a switch (Slack caps it at 3,000 chars). */
  privateMetadata: string;
}

function defaultCurrency(locale: string): string {
  const lang = locale.toLowerCase().slice(0, 2);
  if (lang === 'ko') return 'KRW';
  if (lang === 'ja') return 'JPY';
  return 'USD';
}

/**
 * The New request modal. Title, submit and close ≤ 24 chars. The kind select and the leave fields
 * dispatch block_actions, so the modal is rebuilt with `views.update` (other fields, or the new
 * length and balance) while keeping what was typed.
 */
export function RequestModal({ locale, draft, leaveSummary, privateMetadata }: RequestModalProps) {
  const t = requestText.for(locale);
  const receiptBlock: InputBlock = {
    type: 'input',
    block_id: ids.requests.receiptBlock,
    optional: true,
    label: { type: 'plain_text', text: t('receipt_label'), emoji: true },
    hint: { type: 'plain_text', text: t('receipt_hint'), emoji: true },
    // jsx-slack has no file_input yet; a plain block object passes through as is.
    element: {
      type: 'file_input',
      action_id: ids.requests.receiptInput,
      filetypes: RECEIPT_FILETYPES,
      max_files: 1,
    },
  };
  return (
    <Modal
      title={t('modal_title')}
      submit={t('modal_submit')}
      close={t('modal_close')}
      callbackId={ids.requests.modal}
      privateMetadata={privateMetadata}
    >
      <Select
        label={t('kind_label')}
        blockId={ids.requests.kindBlock}
        actionId={ids.requests.kindInput}
        value={draft.kind}
        dispatchAction
        required
      >
        {REQUEST_KINDS.map((kind) => (
          <Option value={kind}>{t(`kind_${kind}`)}</Option>
        ))}
      </Select>
      {draft.kind === 'leave' ? (
        <LeaveFields t={t} locale={locale} draft={draft} summary={leaveSummary} />
      ) : null}
      {draft.kind === 'expense' ? (
        <Input
          label={t('amount_label')}
          blockId={ids.requests.amountBlock}
          actionId={ids.requests.amountInput}
          placeholder={t('amount_placeholder')}
          maxLength={requestLimits.amount}
          value={draft.amount ?? undefined}
          required
        />
      ) : null}
      {draft.kind === 'expense' ? (
        <Select
          label={t('currency_label')}
          blockId={ids.requests.currencyBlock}
          actionId={ids.requests.currencyInput}
          value={draft.currency ?? defaultCurrency(locale)}
          required
        >
          {CURRENCIES.map((c) => (
            <Option value={c}>{c}</Option>
          ))}
        </Select>
      ) : null}
      {draft.kind === 'expense' ? (
        <DatePicker
          label={t('expense_date_label')}
          blockId={ids.requests.expenseDateBlock}
          actionId={ids.requests.expenseDateInput}
          initialDate={draft.expenseDate ?? undefined}
          required
        />
      ) : null}
      {draft.kind === 'equipment' ? (
        <Input
          label={t('item_label')}
          blockId={ids.requests.itemBlock}
          actionId={ids.requests.itemInput}
          placeholder={t('item_placeholder')}
          maxLength={requestLimits.item}
          value={draft.item ?? undefined}
          required
        />
      ) : null}
      {draft.kind === 'equipment' ? (
        <Input
          label={t('quantity_label')}
          blockId={ids.requests.quantityBlock}
          actionId={ids.requests.quantityInput}
          maxLength={4}
          value={draft.quantity ?? '1'}
          required
        />
      ) : null}
      {draft.kind === 'equipment' ? (
        <DatePicker
          label={t('needed_by_label')}
          blockId={ids.requests.neededByBlock}
          actionId={ids.requests.neededByInput}
          initialDate={draft.neededBy ?? undefined}
          required
        />
      ) : null}
      {draft.kind === 'general' ? (
        <Input
          label={t('subject_label')}
          blockId={ids.requests.subjectBlock}
          actionId={ids.requests.subjectInput}
          maxLength={requestLimits.subject}
          value={draft.subject ?? undefined}
          required
        />
      ) : null}
      <Textarea
        label={t(`text_label_${draft.kind}`)}
        blockId={ids.requests.textBlock}
        actionId={ids.requests.textInput}
        placeholder={draft.kind === 'leave' ? t('text_placeholder_leave') : undefined}
        maxLength={requestLimits.text}
        value={draft.text ?? undefined}
        // Leave and equipment may go without a reason; an expense or a general request needs one.
        required={draft.kind === 'expense' || draft.kind === 'general'}
      />
      {draft.kind === 'expense' ? (receiptBlock as unknown as JSXSlack.Node) : null}
    </Modal>
  );
}

function LeaveFields({
  t,
  locale,
  draft,
  summary,
}: {
  t: ReturnType<typeof requestText.for>;
  locale: string;
  draft: RequestDraft;
  summary: LeaveSummary | null | undefined;
}) {
  const type = draft.leaveType ?? 'vacation';
  const lines = summary
    ? [
        t('balance_line', {
          balance: summary.balance,
          allowance: formatDays(summary.allowance, locale),
          year: String(summary.year),
        }),
        summary.days !== null ? t('takes_line', { days: summary.days }) : null,
        summary.counted ? null : t('not_counted', { type: t(`leave_${type}`) }),
      ].filter((l): l is string => l !== null)
    : [t('balance_loading')];
  return (
    <Fragment>
      <Select
        label={t('leave_type_label')}
        blockId={ids.requests.leaveTypeBlock}
        actionId={ids.requests.leaveTypeInput}
        value={type}
        dispatchAction
        required
      >
        {LEAVE_TYPES.map((lt) => (
          <Option value={lt}>{t(`leave_${lt}`)}</Option>
        ))}
      </Select>
      <DatePicker
        label={t('start_label')}
        blockId={ids.requests.startBlock}
        actionId={ids.requests.startInput}
        initialDate={draft.startDate ?? undefined}
        dispatchAction
        required
      />
      <DatePicker
        label={t('end_label')}
        blockId={ids.requests.endBlock}
        actionId={ids.requests.endInput}
        initialDate={draft.endDate ?? undefined}
        dispatchAction
        required
      />
      <RadioButtonGroup
        label={t('day_part_label')}
        blockId={ids.requests.dayPartBlock}
        actionId={ids.requests.dayPartInput}
        value={draft.dayPart ?? 'full'}
        dispatchAction
        required
      >
        {DAY_PARTS.map((part) => (
          <RadioButton value={part}>{t(`day_part_${part}`)}</RadioButton>
        ))}
      </RadioButtonGroup>
      <Context blockId={ids.requests.summaryBlock}>
        <Mrkdwn raw verbatim>
          {lines.join('\n')}
        </Mrkdwn>
      </Context>
    </Fragment>
  );
}
