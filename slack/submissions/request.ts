import { z } from 'zod';
import { leaveWorkingDays, type RequestInput } from '@/db/queries/requests';
import { requestText } from '@/slack/i18n/requests';
import { ids } from '@/slack/ids';
import type { FieldErrors, Parsed } from '@/slack/submissions/check-in';
import {
  CURRENCIES,
  DAY_PARTS,
  LEAVE_TYPES,
  REQUEST_KINDS,
  type RequestDraft,
  requestLimits,
} from '@/slack/views/modals/request-modal';

/** One element's state in `view.state.values`, whatever its type. */
const elementState = z
  .object({
    type: z.string().optional(),
    value: z.string().nullish(),
    selected_option: z.object({ value: z.string() }).nullish(),
    selected_date: z.string().nullish(),
    files: z
      .array(
        z.object({
          id: z.string(),
          name: z.string().nullish(),
          title: z.string().nullish(),
          permalink: z.string().nullish(),
          url_private: z.string().nullish(),
        }),
      )
      .nullish(),
  })
  .loose();
type ElementState = z.infer<typeof elementState>;

/** Slack's `view.state.values`: block_id → action_id → element state. */
export type RequestStateValues = Record<string, Record<string, unknown>>;

const r = ids.requests;

function element(
  values: RequestStateValues | undefined,
  block: string,
  action: string,
): ElementState | undefined {
  const parsed = elementState.safeParse(values?.[block]?.[action]);
  return parsed.success ? parsed.data : undefined;
}

const text = (values: RequestStateValues | undefined, block: string, action: string) =>
  element(values, block, action)?.value ?? null;
const option = (values: RequestStateValues | undefined, block: string, action: string) =>
  element(values, block, action)?.selected_option?.value ?? null;
const date = (values: RequestStateValues | undefined, block: string, action: string) =>
  element(values, block, action)?.selected_date ?? null;

const isDate = (s: string | null | undefined): s is string =>
  typeof s === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));

function oneOf<T extends string>(list: readonly T[], value: string | null | undefined): T | null {
  return value != null && (list as readonly string[]).includes(value) ? (value as T) : null;
}

/** Fields of kinds not on screen, kept in private_metadata. Text is always on screen, so it stays out. */
const hiddenDraft = z
  .object({
    kind: z.enum(['leave', 'expense', 'equipment', 'general']),
    leaveType: z.enum(['vacation', 'sick', 'personal', 'other']).nullish(),
    startDate: z.string().max(10).nullish(),
    endDate: z.string().max(10).nullish(),
    dayPart: z.enum(['full', 'morning', 'afternoon']).nullish(),
    amount: z.string().max(requestLimits.amount).nullish(),
    currency: z.string().max(3).nullish(),
    expenseDate: z.string().max(10).nullish(),
    item: z.string().max(requestLimits.item).nullish(),
    quantity: z.string().max(4).nullish(),
    neededBy: z.string().max(10).nullish(),
    subject: z.string().max(requestLimits.subject).nullish(),
  })
  .partial({ kind: true });

/** The draft as private_metadata: short fields only, well under Slack's 3,000 characters. */
export function encodeDraft(draft: RequestDraft): string {
  const { text: _text, ...rest } = draft;
  const kept = Object.fromEntries(Object.entries(rest).filter(([, v]) => v != null && v !== ''));
  return JSON.stringify(hiddenDraft.parse(kept));
}

function decodeDraft(metadata: string | undefined): Partial<RequestDraft> {
  if (!metadata) return {};
  try {
    const parsed = hiddenDraft.safeParse(JSON.parse(metadata));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/**
 * Everything entered so far: what is on screen (the modal's state) over what was entered under
 * another kind (private_metadata). `kind` is the switch's current choice.
 */
export function readDraft(
  values: RequestStateValues | undefined,
  metadata: string | undefined,
): RequestDraft {
  const hidden = decodeDraft(metadata);
  const onScreen: Partial<RequestDraft> = {
    kind: oneOf(REQUEST_KINDS, option(values, r.kindBlock, r.kindInput)) ?? undefined,
    leaveType: oneOf(LEAVE_TYPES, option(values, r.leaveTypeBlock, r.leaveTypeInput)),
    startDate: date(values, r.startBlock, r.startInput),
    endDate: date(values, r.endBlock, r.endInput),
    dayPart: oneOf(DAY_PARTS, option(values, r.dayPartBlock, r.dayPartInput)),
    amount: text(values, r.amountBlock, r.amountInput),
    currency: option(values, r.currencyBlock, r.currencyInput),
    expenseDate: date(values, r.expenseDateBlock, r.expenseDateInput),
    item: text(values, r.itemBlock, r.itemInput),
    quantity: text(values, r.quantityBlock, r.quantityInput),
    neededBy: date(values, r.neededByBlock, r.neededByInput),
    subject: text(values, r.subjectBlock, r.subjectInput),
    text: text(values, r.textBlock, r.textInput),
  };
  const merged: Record<string, unknown> = { ...hidden };
  for (const [key, value] of Object.entries(onScreen)) {
    // Blocks of other kinds aren't in the state at all; only present fields replace hidden ones.
    if (value !== null && value !== undefined) merged[key] = value;
  }
  return { ...(merged as Partial<RequestDraft>), kind: onScreen.kind ?? hidden.kind ?? 'leave' };
}

export type RequestSubmission = RequestInput & {
  /** Slack's permalink of the receipt, shown until our copy is stored. */
  receiptPermalink?: string | null;
};

const AMOUNT = /^\d{1,10}(\.\d{1,2})?$/;

/**
 * "1,234.50" and "1234.5" as typed in English; "12,50" and "1.234,50" as typed with a decimal comma
 * (much of Europe and Latin America). Anything else is left for AMOUNT to reject.
 */
export function normalizeAmount(typed: string): string {
  const s = typed.trim().replace(/\s/g, '');
  if (/^\d{1,3}(\.\d{3})*,\d{1,2}$/.test(s) || /^\d+,\d{1,2}$/.test(s)) {
    return s.replace(/\./g, '').replace(',', '.');
  }
  if (/^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(s)) return s.replace(/,/g, '');
  return s;
}

/**
 * The submitted modal → typed input, or errors under the right fields (`response_action: errors`),
 * in the requester's language. `today` is the requester's local date; checks that need the
 * database (overlapping leave, the balance) come after this.
 */
export function parseRequestSubmission(
  values: RequestStateValues | undefined,
  options: { today: string; locale: string },
): Parsed<RequestSubmission> {
  const t = requestText.for(options.locale);
  const errors: FieldErrors = {};
  const fail = (block: string, message: string) => {
    errors[block] ??= message;
  };
  const kind = oneOf(REQUEST_KINDS, option(values, r.kindBlock, r.kindInput));
  if (!kind) return { ok: false, errors: { [r.kindBlock]: t('err_required') } };

  const body = (text(values, r.textBlock, r.textInput) ?? '').trim();
  if (body.length > requestLimits.text) fail(r.textBlock, t('err_too_long', { max: requestLimits.text }));
  const bodyOrNull = body === '' ? null : body;

  const requiredDate = (block: string, action: string): string | null => {
    const value = date(values, block, action);
    if (!isDate(value)) {
      fail(block, t('err_required'));
      return null;
    }
    return value;
  };
  const requiredText = (block: string, action: string, max: number): string | null => {
    const value = (text(values, block, action) ?? '').trim();
    if (value === '') fail(block, t('err_required'));
    else if (value.length > max) fail(block, t('err_too_long', { max }));
    return value === '' ? null : value;
  };

  switch (kind) {
    case 'leave': {
      const leaveType = oneOf(LEAVE_TYPES, option(values, r.leaveTypeBlock, r.leaveTypeInput));
      if (!leaveType) fail(r.leaveTypeBlock, t('err_required'));
      const dayPart = oneOf(DAY_PARTS, option(values, r.dayPartBlock, r.dayPartInput)) ?? 'full';
      const start = requiredDate(r.startBlock, r.startInput);
      const end = requiredDate(r.endBlock, r.endInput);
      if (start && start < options.today) fail(r.startBlock, t('err_past'));
      if (start && end && end < start) fail(r.endBlock, t('err_end_before_start'));
      if (start && end && dayPart !== 'full' && start !== end) fail(r.dayPartBlock, t('err_half_day_range'));
      if (start && end && end >= start && leaveWorkingDays(start, end, dayPart) === 0) {
        fail(r.startBlock, t('err_weekend'));
      }
      if (!leaveType || !start || !end || Object.keys(errors).length > 0) return { ok: false, errors };
      return {
        ok: true,
        value: { kind, leaveType, startDate: start, endDate: end, dayPart, reason: bodyOrNull },
      };
    }
    case 'expense': {
      const rawAmount = normalizeAmount(text(values, r.amountBlock, r.amountInput) ?? '');
      if (!AMOUNT.test(rawAmount) || Number(rawAmount) <= 0) fail(r.amountBlock, t('err_amount'));
      const currency = oneOf(CURRENCIES, option(values, r.currencyBlock, r.currencyInput));
      if (!currency) fail(r.currencyBlock, t('err_currency'));
      const expenseDate = requiredDate(r.expenseDateBlock, r.expenseDateInput);
      if (expenseDate && expenseDate > options.today) fail(r.expenseDateBlock, t('err_future'));
      if (!bodyOrNull) fail(r.textBlock, t('err_required'));
      const file = element(values, r.receiptBlock, r.receiptInput)?.files?.[0];
      if (!currency || !expenseDate || !bodyOrNull || Object.keys(errors).length > 0) {
        return { ok: false, errors };
      }
      return {
        ok: true,
        value: {
          kind,
          amount: Number(rawAmount).toFixed(2),
          currency,
          expenseDate,
          details: bodyOrNull,
          receipt: file ? { slackFileId: file.id, name: file.name ?? file.title ?? file.id } : null,
          receiptPermalink: file?.permalink ?? null,
        },
      };
    }
    case 'equipment': {
      const item = requiredText(r.itemBlock, r.itemInput, requestLimits.item);
      const rawQuantity = (text(values, r.quantityBlock, r.quantityInput) ?? '').trim();
      const quantity = /^\d{1,4}$/.test(rawQuantity) ? Number(rawQuantity) : Number.NaN;
      if (!(quantity >= 1 && quantity <= requestLimits.quantityMax)) {
        fail(r.quantityBlock, t('err_quantity', { max: requestLimits.quantityMax }));
      }
      const neededBy = requiredDate(r.neededByBlock, r.neededByInput);
      if (neededBy && neededBy < options.today) fail(r.neededByBlock, t('err_past'));
      if (!item || !neededBy || Object.keys(errors).length > 0) return { ok: false, errors };
      return { ok: true, value: { kind, item, quantity, neededBy, reason: bodyOrNull } };
    }
    case 'general': {
      const subject = requiredText(r.subjectBlock, r.subjectInput, requestLimits.subject);
      if (!bodyOrNull) fail(r.textBlock, t('err_required'));
      if (!subject || !bodyOrNull || Object.keys(errors).length > 0) return { ok: false, errors };
      return { ok: true, value: { kind, subject, details: bodyOrNull } };
    }
  }
}

export const REJECT_REASON_MAX = 1000;

/** The reject modal: a reason is required, so the requester learns why. */
export function parseRejectSubmission(
  values: RequestStateValues | undefined,
  locale: string,
): Parsed<{ reason: string }> {
  const t = requestText.for(locale);
  const reason = (text(values, r.rejectReasonBlock, r.rejectReasonInput) ?? '').trim();
  if (reason === '') return { ok: false, errors: { [r.rejectReasonBlock]: t('err_required') } };
  if (reason.length > REJECT_REASON_MAX) {
    return { ok: false, errors: { [r.rejectReasonBlock]: t('err_too_long', { max: REJECT_REASON_MAX }) } };
  }
  return { ok: true, value: { reason } };
}
