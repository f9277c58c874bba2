import { z } from 'zod';
import { uploadText } from '@/slack/i18n/uploads';
import { ids } from '@/slack/ids';
import type { Parsed, StateValues } from '@/slack/submissions/check-in';
import { DESCRIPTION_MAX_LENGTH, LINK_MAX_LENGTH } from '@/slack/views/modals/upload-details-modal';

export interface UploadDetailsInput {
  uploadId: number;
  link: string | null;
  description: string | null;
}

const emptyToNull = (s: string) => (s === '' ? null : s);

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** The upload details modal's state → typed input, or errors by block_id in the member's language. */
export function parseUploadDetailsSubmission(
  values: StateValues | undefined,
  privateMetadata: string,
  locale: string,
): Parsed<UploadDetailsInput> {
  const t = uploadText.for(locale);
  const u = ids.uploads;
  const schema = z.object({
    link: z
      .string()
      .trim()
      .max(LINK_MAX_LENGTH, t('error_link'))
      .refine((s) => s === '' || isWebUrl(s), t('error_link'))
      .transform(emptyToNull),
    description: z
      .string()
      .trim()
      .max(DESCRIPTION_MAX_LENGTH, t('error_description', { max: DESCRIPTION_MAX_LENGTH }))
      .transform(emptyToNull),
  });
  const result = schema.safeParse({
    link: values?.[u.linkBlock]?.[u.linkInput]?.value ?? '',
    description: values?.[u.descriptionBlock]?.[u.descriptionInput]?.value ?? '',
  });
  const uploadId = Number.parseInt(privateMetadata, 10);
  if (result.success && Number.isSafeInteger(uploadId) && uploadId > 0) {
    return { ok: true, value: { uploadId, ...result.data } };
  }
  const blockOf: Record<string, string> = { link: u.linkBlock, description: u.descriptionBlock };
  const errors: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) {
    const block = blockOf[String(issue.path[0])];
    if (block && !errors[block]) errors[block] = issue.message;
  }
  if (Object.keys(errors).length === 0) errors[u.linkBlock] = t('no_longer_hosted');
  return { ok: false, errors };
}
