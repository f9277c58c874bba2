/** @jsxImportSource jsx-slack */
import { Modal, RadioButton, RadioButtonGroup, Textarea } from 'jsx-slack';
import { ids } from '@/slack/ids';
import type { Location } from '@/slack/views/parts/types';

export const NOTE_MAX_LENGTH = 500;

export interface CheckInModalProps {
  /** `new` checks in on submit; `edit` changes the open session's note and place. */
  mode: 'new' | 'edit';
  location: Location;
  note?: string | null;
}

/** Check in with a place and a note, or edit them on the open session. Title ≤ 24 chars. */
export function CheckInModal({ mode, location, note }: CheckInModalProps) {
  return (
    <Modal
      title={mode === 'new' ? 'Check in' : 'Edit check-in'}
      submit={mode === 'new' ? 'Check in' : 'Save'}
      close="Cancel"
      callbackId={ids.attendance.checkInModal}
      privateMetadata={mode}
    >
      <RadioButtonGroup
        label="Where are you working?"
        blockId={ids.attendance.locationBlock}
        actionId={ids.attendance.locationInput}
        value={location}
        required
      >
        <RadioButton value="office">Office</RadioButton>
        <RadioButton value="remote">Remote</RadioButton>
      </RadioButtonGroup>
      <Textarea
        label="Note"
        blockId={ids.attendance.noteBlock}
        actionId={ids.attendance.noteInput}
        placeholder="e.g. at the client's site until noon"
        hint="Visible to you and the admins."
        maxLength={NOTE_MAX_LENGTH}
        required={false}
        value={note ?? undefined}
      />
    </Modal>
  );
}
