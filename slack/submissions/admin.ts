import { differenceInCalendarDays, parseISO } from 'date-fns';
import { z } from 'zod';
import type { MemberRole } from '@/db/schema';
import { adminText } from '@/slack/i18n/admin';
import { ids } from '@/slack/ids';
import type { FieldErrors, Parsed } from '@/slack/submissions/check-in';
import { EXPORT_MAX_DAYS } from '@/slack/views/modals/admin-export-modal';
import {
  ADMIN_NOTE_MAX_LENGTH,
  ALLOWANCE_MAX_DAYS,
  subjectBlockId,
} from '@/slack/views/modals/admin-members-modal';

/** Slack's `view.state.values` for the admin modals: block_id → action_id → element state. */
export type AdminStateValues = Record<
  string,
  Record<
    string,
    {
      type?: string;
      value?: string | null;
      selected_user?: string | null;
      selected_date?: string | null;
      selected_option?: { value: string } | null;
    }
  >
>;

export interface MemberSettingsInput {
  userId: string;
  role: MemberRole;
  allowanceDays: number;
  note: string | null;
}

/** The members modal's state → typed input, or errors keyed by the block they belong to. */
export function parseMemberSettingsSubmission(
  values: AdminStateValues | undefined,
  locale: string,
): Parsed<MemberSettingsInput> {
  const t = adminText.for(locale);
  const a = ids.admin;
  const userId = values?.[a.memberBlock]?.[a.memberSelect]?.selected_user;
  if (!userId) return { ok: false, errors: { [a.memberBlock]: t('error_pick_member') } };
  const roleBlock = subjectBlockId(a.roleBlock, userId);
  const allowanceBlock = subjectBlockId(a.allowanceBlock, userId);
  // The role and allowance of this member arrive with views.update after the pick: not yet there.
  if (!values?.[roleBlock] || !values[allowanceBlock]) {
    return { ok: false, errors: { [a.memberBlock]: t('error_wait_values') } };
  }
  const schema = z.object({
    role: z.enum(['member', 'approver', 'admin'], { message: t('error_role') }),
    allowanceDays: z
      .string({ message: t('error_allowance') })
      .trim()
      .regex(/^\d+(\.\d+)?$/, t('error_allowance'))
      .transform(Number)
      .refine((n) => n >= 0 && n <= ALLOWANCE_MAX_DAYS && Number.isInteger(n * 2), t('error_allowance')),
    note: z
      .string()
      .trim()
      .max(ADMIN_NOTE_MAX_LENGTH, t('error_note', { max: ADMIN_NOTE_MAX_LENGTH }))
      .transform((s) => (s === '' ? null : s)),
  });
  const result = schema.safeParse({
    role: values[roleBlock]?.[a.roleSelect]?.selected_option?.value,
    allowanceDays: values[allowanceBlock]?.[a.allowanceInput]?.value ?? undefined,
    note: values[a.noteBlock]?.[a.noteInput]?.value ?? '',
  });
  if (result.success) return { ok: true, value: { userId, ...result.data } };
  const blockOf: Record<string, string> = {
    role: roleBlock,
    allowanceDays: allowanceBlock,
    note: a.noteBlock,
  };
  return { ok: false, errors: errorsByBlock(result.error.issues, blockOf) };
}

function errorsByBlock(issues: z.core.$ZodIssue[], blockOf: Record<string, string>): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const block = blockOf[String(issue.path[0])];
    if (block && !errors[block]) errors[block] = issue.message;
  }
  return errors;
}

export interface ExportRangeInput {
  /** Local dates `YYYY-MM-DD`, inclusive. */
  from: string;
  to: string;
}

/** The export modal's dates → a range of at most EXPORT_MAX_DAYS days, or errors by block. */
export function parseExportSubmission(
  values: AdminStateValues | undefined,
  locale: string,
): Parsed<ExportRangeInput> {
  const t = adminText.for(locale);
  const a = ids.admin;
  const date = z.iso.date({ message: t('error_date') });
  const result = z
    .object({ from: date, to: date })
    .superRefine(({ from, to }, ctx) => {
      const span = differenceInCalendarDays(parseISO(to), parseISO(from)) + 1;
      if (span < 1) ctx.addIssue({ code: 'custom', path: ['to'], message: t('error_range_order') });
      else if (span > EXPORT_MAX_DAYS) {
        ctx.addIssue({
          code: 'custom',
          path: ['to'],
          message: t('error_range_long', { days: EXPORT_MAX_DAYS }),
        });
      }
    })
    .safeParse({
      from: values?.[a.exportFromBlock]?.[a.exportFromInput]?.selected_date ?? undefined,
      to: values?.[a.exportToBlock]?.[a.exportToInput]?.selected_date ?? undefined,
    });
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    errors: errorsByBlock(result.error.issues, { from: a.exportFromBlock, to: a.exportToBlock }),
  };
}
