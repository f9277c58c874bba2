/** @jsxImportSource jsx-slack */
import { Input, Modal, Section, Textarea } from 'jsx-slack';
import { uploadText } from '@/slack/i18n/uploads';
import { ids } from '@/slack/ids';

export const LINK_MAX_LENGTH = 2000;
export const DESCRIPTION_MAX_LENGTH = 3000;

export interface UploadDetailsModalProps {
  locale: string;
  /** The upload the modal edits; travels in private_metadata. */
  uploadId: number;
  link?: string | null;
  description?: string | null;
  /** Which field the button asked for gets the focus. */
  focus: 'link' | 'description';
  /** Set instead of the fields when the clicker may not edit (not the uploader, or deleted). */
  notice?: string | null;
}

/** Add or edit an image's link and description. Title ≤ 24 chars. */
export function UploadDetailsModal({
  locale,
  uploadId,
  link,
  description,
  focus,
  notice,
}: UploadDetailsModalProps) {
  const t = uploadText.for(locale);
  if (notice) {
    return (
      <Modal title={t('modal_title')} close={t('cancel')} callbackId={ids.uploads.detailsModal}>
        <Section>{notice}</Section>
      </Modal>
    );
  }
  return (
    <Modal
      title={t('modal_title')}
      submit={t('modal_save')}
      close={t('cancel')}
      callbackId={ids.uploads.detailsModal}
      privateMetadata={String(uploadId)}
    >
      <Input
        type="url"
        label={t('link_label')}
        blockId={ids.uploads.linkBlock}
        actionId={ids.uploads.linkInput}
        placeholder="https://"
        hint={t('link_hint')}
        required={false}
        autoFocus={focus === 'link'}
        value={link ?? undefined}
      />
      <Textarea
        label={t('description_label')}
        blockId={ids.uploads.descriptionBlock}
        actionId={ids.uploads.descriptionInput}
        hint={t('description_hint')}
        maxLength={DESCRIPTION_MAX_LENGTH}
        required={false}
        autoFocus={focus === 'description'}
        value={description ?? undefined}
      />
    </Modal>
  );
}
