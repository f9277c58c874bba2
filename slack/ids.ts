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
    // The new-request modal: one block per field; every kind shares the text block.
    modal: 'requests_modal',
    kindBlock: 'requests_kind_block',
    kindInput: 'requests_kind_input',
    summaryBlock: 'requests_summary_block',
    leaveTypeBlock: 'requests_leave_type_block',
    leaveTypeInput: 'requests_leave_type_input',
    startBlock: 'requests_start_block',
    startInput: 'requests_start_input',
    endBlock: 'requests_end_block',
    endInput: 'requests_end_input',
    dayPartBlock: 'requests_day_part_block',
    dayPartInput: 'requests_day_part_input',
    amountBlock: 'requests_amount_block',
    amountInput: 'requests_amount_input',
    currencyBlock: 'requests_currency_block',
    currencyInput: 'requests_currency_input',
    expenseDateBlock: 'requests_expense_date_block',
    expenseDateInput: 'requests_expense_date_input',
    receiptBlock: 'requests_receipt_block',
    receiptInput: 'requests_receipt_input',
    itemBlock: 'requests_item_block',
    itemInput: 'requests_item_input',
    quantityBlock: 'requests_quantity_block',
    quantityInput: 'requests_quantity_input',
    neededByBlock: 'requests_needed_by_block',
    neededByInput: 'requests_needed_by_input',
    subjectBlock: 'requests_subject_block',
    subjectInput: 'requests_subject_input',
    textBlock: 'requests_text_block',
    textInput: 'requests_text_input',
    // Buttons on Home, approval messages and DMs; the value is the request id.
    cancel: 'requests_cancel',
    approve: 'requests_approve',
    reject: 'requests_reject',
    decisionBlock: 'requests_decision_block',
    myRequestsBlock: 'requests_my_requests_block',
    pendingBlock: 'requests_pending_block',
    // The reject-with-reason modal.
    rejectModal: 'requests_reject_modal',
    rejectReasonBlock: 'requests_reject_reason_block',
    rejectReasonInput: 'requests_reject_reason_input',
  },
  admin: {
    toolsBlock: 'admin_tools_block',
    openMembers: 'admin_open_members',
    openExport: 'admin_open_export',
    membersModal: 'admin_members_modal',
    memberBlock: 'admin_member_block',
    memberSelect: 'admin_member_select',
    /** Role and allowance blocks get the picked member's id appended, so views.update can set new initial values. */
    roleBlock: 'admin_role_block',
    roleSelect: 'admin_role_select',
    allowanceBlock: 'admin_allowance_block',
    allowanceInput: 'admin_allowance_input',
    noteBlock: 'admin_note_block',
    noteInput: 'admin_note_input',
    exportModal: 'admin_export_modal',
    exportFromBlock: 'admin_export_from_block',
    exportFromInput: 'admin_export_from_input',
    exportToBlock: 'admin_export_to_block',
    exportToInput: 'admin_export_to_input',
    deniedModal: 'admin_denied_modal',
  },
  uploads: {
    addLink: 'uploads_add_link',
    addDescription: 'uploads_add_description',
    delete: 'uploads_delete',
    actionsBlock: 'uploads_actions_block',
    detailsModal: 'uploads_details_modal',
    linkBlock: 'uploads_link_block',
    linkInput: 'uploads_link_input',
    descriptionBlock: 'uploads_description_block',
    descriptionInput: 'uploads_description_input',
    recentBlock: 'uploads_recent_block',
  },
  conversations: {
    /** Buttons under a DM reply or the help message. */
    replyActions: 'conversations_reply_actions',
    /** Buttons under the morning check-in reminder. */
    morningActions: 'conversations_morning_actions',
  },
} as const;

export const slashCommand = '/homeroom';
