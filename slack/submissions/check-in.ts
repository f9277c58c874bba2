import { z } from 'zod';
import { attendanceText } from '@/slack/i18n/attendance';
import { ids } from '@/slack/ids';
import { NOTE_MAX_LENGTH } from '@/slack/views/modals/check-in-modal';

export type FieldErrors = Record<string, string>;
export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** Slack's `view.state.values` shape: block_id → action_id → element state. */
export type StateValues = Record<
  string,
  Record<string, { type?: string; value?: string | null; selected_option?: { value: string } | null }>
>;

const schema = z.object({
  location: z.enum(['office', 'remote']),
  note: z
    .string()
    .trim()
    .max(NOTE_MAX_LENGTH)
    .transform((s) => (s === '' ? null : s)),
});

export type CheckInInput = z.output<typeof schema>;

/**
 * The check-in modal's state → typed input, or errors keyed by block_id for `response_action: errors`,
 * in the member's language.
 */
export function parseCheckInSubmission(
  values: StateValues | undefined,
  locale = 'en-US',
): Parsed<CheckInInput> {
  const a = ids.attendance;
  const raw = {
    location: values?.[a.locationBlock]?.[a.locationInput]?.selected_option?.value,
    note: values?.[a.noteBlock]?.[a.noteInput]?.value ?? '',
  };
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  const t = attendanceText.for(locale);
  const fields: Record<string, [string, string]> = {
    location: [a.locationBlock, t('error_location')],
    note: [a.noteBlock, t('error_note_too_long', { max: NOTE_MAX_LENGTH })],
  };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = fields[String(issue.path[0])];
    if (field && !errors[field[0]]) errors[field[0]] = field[1];
  }
  return { ok: false, errors };
}
