/**
 * Every action_id, callback_id and block_id Homeroom uses, shared by views and listeners.
 * Values are snake_case `<feature>_<thing>`; a test proves they are unique.
 */
export const ids = {
  attendance: {
    checkIn: 'attendance_check_in',
    checkInRemote: 'attendance_check_in_remote',
    checkOut: 'attendance_check_out',
    openCheckInModal: 'attendance_open_check_in_modal',
    checkInModal: 'attendance_check_in_modal',
    locationBlock: 'attendance_location_block',
    locationInput: 'attendance_location_input',
    noteBlock: 'attendance_note_block',
    noteInput: 'attendance_note_input',
    todayBlock: 'attendance_today_block',
    actionsBlock: 'attendance_actions_block',
    weekBlock: 'attendance_week_block',
  },
  requests: {
    /** The "New request" button: on Home, and in DM replies that mention leave. Opens the modal. */
    newRequest: 'requests_new',
    /** Global shortcut callback_id "New request" (also in slack/manifest.json). */
    newRequestShortcut: 'requests_new_shortcut',
  },
  conversations: {
    /** Buttons under a DM reply or the help message. */
    replyActions: 'conversations_reply_actions',
    /** Buttons under the morning check-in reminder. */
    morningActions: 'conversations_morning_actions',
  },
} as const;

export const slashCommand = '/homeroom';
