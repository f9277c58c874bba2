/** @jsxImportSource jsx-slack */
import { Modal, RadioButton, RadioButtonGroup, Textarea } from 'jsx-slack';
import { attendanceText } from '@/slack/i18n/attendance';
import { ids } from '@/slack/ids';
import { locationName } from '@/slack/views/parts/format';
import type { Location } from '@/slack/views/parts/types';

export const NOTE_MAX_LENGTH = 500;

export interface CheckInModalProps {
  /** `new` checks in on submit; `edit` changes the open session's note and place. */
  mode: 'new' | 'edit';
  location: Location;
  note?: string | null;
  /** The member's Slack locale (BCP 47), for the modal's language; English when absent. */
  locale?: string;
}

/** Check in with a place and a note, or edit them on the open session. Title ≤ 24 chars. */
export function CheckInModal({ mode, location, note, locale = 'en-US' }: CheckInModalProps) {
  const t = attendanceText.for(locale);
  return (
    <Modal
      title={mode === 'new' ? t('modal_title_new') : t('modal_title_edit')}
      submit={mode === 'new' ? t('modal_submit_new') : t('modal_submit_edit')}
      close={t('modal_close')}
      callbackId={ids.attendance.checkInModal}
      privateMetadata={mode}
    >
      <RadioButtonGroup
        label={t('modal_location_label')}
        blockId={ids.attendance.locationBlock}
        actionId={ids.attendance.locationInput}
        value={location}
        required
      >
        <RadioButton value="office">{locationName('office', locale)}</RadioButton>
        <RadioButton value="remote">{locationName('remote', locale)}</RadioButton>
      </RadioButtonGroup>
      <Textarea
        label={t('modal_note_label')}
        blockId={ids.attendance.noteBlock}
        actionId={ids.attendance.noteInput}
        placeholder={t('modal_note_placeholder')}
        hint={t('modal_note_hint')}
        maxLength={NOTE_MAX_LENGTH}
        required={false}
        value={note ?? undefined}
      />
    </Modal>
  );
}
