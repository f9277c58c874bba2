import { and, asc, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { jobs, members, requestEvents, requests, uploads } from '@/db/schema';
import { ids } from '@/slack/ids';
import manifest from '@/slack/manifest.json';
import { type Harness, startHarness } from '@/test/helpers/harness';
import {
  appHomeOpened,
  buttonClick,
  interactionRequest,
  slashCommand,
  TEAM,
  viewSubmission,
} from '@/test/helpers/slack-request';
import { textOf } from '@/test/helpers/view-text';

const r = ids.requests;
const CHANNEL = 'CAPPROVALS';
/** Tuesday 24 November 2026, 10:00 in New York. */
const NOW = '2026-11-24T15:00:00Z';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ HOMEROOM_APPROVERS_CHANNEL: CHANNEL });
  h.slack
    .addUser({ id: 'UANA', name: 'Ana', tz: 'America/New_York' })
    .addUser({ id: 'UMINJI', name: 'Minji', tz: 'Asia/Seoul', locale: 'ko-KR' })
    .addUser({ id: 'UKEN', name: 'Kenji', tz: 'America/New_York' })
    .addUser({ id: 'UPRIYA', name: 'Priya', tz: 'Europe/London' })
    .addUser({ id: 'UADMIN', name: 'Hana', tz: 'Europe/Berlin', is_admin: true });
  at(NOW);
  for (const user of ['UANA', 'UMINJI', 'UKEN', 'UPRIYA', 'UADMIN'])
    await h.sendAndSettle(appHomeOpened(user));
  await h.db.update(members).set({ role: 'approver' }).where(eq(members.userId, 'UKEN'));
  await h.db.update(members).set({ role: 'approver' }).where(eq(members.userId, 'UPRIYA'));
  vi.useRealTimers();
});
afterAll(() => h.close());
beforeEach(async () => {
  at(NOW);
  h.slack.reset();
  await h.db.delete(jobs);
  await h.db.delete(uploads);
  await h.db.delete(requests);
  await h.db.update(members).set({ leaveAllowanceDays: '25' });
});
afterEach(() => {
  vi.useRealTimers();
});

function at(iso: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
}

type View = {
  type: string;
  callback_id?: string;
  private_metadata?: string;
  blocks: { type: string; block_id?: string; element?: Record<string, unknown> }[];
};

function lastView(method: 'views.open' | 'views.update' | 'views.publish', user?: string): View {
  const call = h.slack
    .callsTo(method)
    .filter((c) => !user || c.args.user_id === user)
    .at(-1);
  expect(call, `a ${method} call`).toBeDefined();
  return call!.args.view as View;
}

function blockOf(view: View, blockId: string) {
  return view.blocks.find((b) => b.block_id === blockId);
}

// ── Payload builders ─────────────────────────────────────────────────────────────────────────

type Values = Record<string, Record<string, unknown>>;
const select = (block: string, action: string, value: string): Values => ({
  [block]: { [action]: { type: 'static_select', selected_option: { value } } },
});
const datepicker = (block: string, action: string, date: string | null): Values => ({
  [block]: { [action]: { type: 'datepicker', selected_date: date } },
});
const input = (block: string, action: string, value: string): Values => ({
  [block]: { [action]: { type: 'plain_text_input', value } },
});
const radio = (block: string, action: string, value: string): Values => ({
  [block]: { [action]: { type: 'radio_buttons', selected_option: { value } } },
});

function leaveValues(o: {
  type?: string;
  start: string;
  end: string;
  part?: string;
  reason?: string;
}): Values {
  return {
    ...select(r.kindBlock, r.kindInput, 'leave'),
    ...select(r.leaveTypeBlock, r.leaveTypeInput, o.type ?? 'vacation'),
    ...datepicker(r.startBlock, r.startInput, o.start),
    ...datepicker(r.endBlock, r.endInput, o.end),
    ...radio(r.dayPartBlock, r.dayPartInput, o.part ?? 'full'),
    ...input(r.textBlock, r.textInput, o.reason ?? ''),
  };
}

function expenseValues(o: { amount: string; date?: string; text?: string; file?: boolean }): Values {
  return {
    ...select(r.kindBlock, r.kindInput, 'expense'),
    ...input(r.amountBlock, r.amountInput, o.amount),
    ...select(r.currencyBlock, r.currencyInput, 'USD'),
    ...datepicker(r.expenseDateBlock, r.expenseDateInput, o.date ?? '2026-11-20'),
    ...input(r.textBlock, r.textInput, o.text ?? 'Taxi to the client'),
    [r.receiptBlock]: {
      [r.receiptInput]: {
        type: 'file_input',
        files: o.file
          ? [
              {
                id: 'F0RECEIPT1',
                name: 'taxi.jpg',
                permalink: 'https://acme.slack.com/files/UANA/F0RECEIPT1/taxi.jpg',
                url_private: 'https://files.slack.com/files-pri/T1-F0RECEIPT1/taxi.jpg',
              },
            ]
          : [],
      },
    },
  };
}

const submit = (user: string, values: Values, privateMetadata = '') =>
  h.sendAndSettle(viewSubmission(user, r.modal, values, { privateMetadata }));

/** A block_actions payload from inside the open New request modal. */
function modalAction(
  user: string,
  action: Record<string, unknown>,
  values: Values,
  privateMetadata = '{"kind":"leave"}',
) {
  return interactionRequest({
    type: 'block_actions',
    team: { id: TEAM, domain: 'acme' },
    user: { id: user, username: user.toLowerCase(), team_id: TEAM },
    api_app_id: 'A1',
    trigger_id: 'trig.modal',
    container: { type: 'view', view_id: 'VREQ' },
    view: {
      id: 'VREQ',
      type: 'modal',
      callback_id: r.modal,
      hash: 'hash-before',
      private_metadata: privateMetadata,
      state: { values },
    },
    actions: [{ ...action, block_id: 'b', action_ts: '1.0' }],
  });
}

async function rowsOf(userId: string) {
  return h.db
    .select({ request: requests })
    .from(requests)
    .innerJoin(members, eq(members.id, requests.memberId))
    .where(eq(members.userId, userId))
    .orderBy(asc(requests.id));
}

async function eventsOf(requestId: number) {
  return h.db
    .select({ action: requestEvents.action, note: requestEvents.note, actor: members.userId })
    .from(requestEvents)
    .leftJoin(members, eq(members.id, requestEvents.actorId))
    .where(and(eq(requestEvents.requestId, requestId)))
    .orderBy(asc(requestEvents.id));
}

async function submitLeave(user: string, o: Parameters<typeof leaveValues>[0]) {
  const res = await submit(user, leaveValues(o));
  expect(res.status).toBe(200);
  const rows = await rowsOf(user);
  return rows.at(-1)!.request;
}

// ── Entry points ─────────────────────────────────────────────────────────────────────────────

describe('opening the New request modal', () => {
  it('opens the modal first from the Home button, then fills in the leave balance', async () => {
    await h.sendAndSettle(buttonClick('UANA', r.newRequest, 'leave'));
    const methods = h.slack.calls.map((c) => c.method).filter((m) => m.startsWith('views.'));
    expect(methods).toEqual(['views.open', 'views.update']);
    expect(h.slack.callsTo('views.open')[0]?.args.trigger_id).toMatch(/^trig\./);
    const opened = lastView('views.open');
    expect(opened.callback_id).toBe(r.modal);
    expect(textOf(blockOf(opened, r.summaryBlock))).toContain('Looking up your leave balance');
    const update = h.slack.callsTo('views.update')[0]!;
    // The update names the view views.open returned, with its hash (the fake numbers both alike).
    expect(update.args.hash).toBe(String(update.args.view_id).replace(/^V/, 'hash'));
    expect(blockOf(lastView('views.update'), r.summaryBlock)).toEqual({
      type: 'context',
      block_id: r.summaryBlock,
      elements: [
        { type: 'mrkdwn', text: ':palm_tree: Balance: *25 days* left of 25 in 2026', verbatim: true },
      ],
    });
  });

  it('opens the modal from the global shortcut named in the manifest', async () => {
    expect(manifest.features.shortcuts).toContainEqual(
      expect.objectContaining({ type: 'global', callback_id: r.newRequestShortcut }),
    );
    await h.sendAndSettle(
      interactionRequest({
        type: 'shortcut',
        callback_id: r.newRequestShortcut,
        trigger_id: 'trig.shortcut',
        team: { id: TEAM, domain: 'acme' },
        user: { id: 'UANA', username: 'uana', team_id: TEAM },
        action_ts: '1.0',
      }),
    );
    expect(h.slack.callsTo('views.open')[0]?.args.trigger_id).toBe('trig.shortcut');
    expect(lastView('views.open').callback_id).toBe(r.modal);
  });

  it('opens the modal on the chosen kind with /homeroom request expense', async () => {
    const res = await h.sendAndSettle(slashCommand('UANA', 'request expense', h.slack.responseUrl()));
    expect(res.status).toBe(200);
    const opened = lastView('views.open');
    expect(blockOf(opened, r.kindBlock)?.element?.initial_option).toMatchObject({ value: 'expense' });
    expect(blockOf(opened, r.amountBlock)).toBeDefined();
    expect(blockOf(opened, r.receiptBlock)?.element).toEqual({
      type: 'file_input',
      action_id: r.receiptInput,
      filetypes: ['jpg', 'jpeg', 'png', 'gif', 'webp', 'heic', 'pdf'],
      max_files: 1,
    });
    // No balance to look up for an expense.
    expect(h.slack.callsTo('views.update')).toHaveLength(0);
  });

  it('opens the modal from the same button in a DM message', async () => {
    await h.sendAndSettle(
      buttonClick('UMINJI', r.newRequest, 'leave', {
        container: { type: 'message', message_ts: '1.1', channel_id: 'DUMINJI', is_ephemeral: false },
      }),
    );
    const opened = lastView('views.open');
    expect(opened.callback_id).toBe(r.modal);
    expect(textOf(opened)).toContain('새 요청');
  });
});

describe('inside the modal', () => {
  it('switches the kind with views.update and keeps what was typed, both ways', async () => {
    const typed = leaveValues({ start: '2026-12-01', end: '2026-12-03', reason: 'Family trip' });
    await h.sendAndSettle(
      modalAction(
        'UANA',
        { type: 'static_select', action_id: r.kindInput, selected_option: { value: 'expense' } },
        { ...typed, ...select(r.kindBlock, r.kindInput, 'expense') },
      ),
    );
    const update = h.slack.callsTo('views.update')[0]!;
    expect(update.args).toMatchObject({ view_id: 'VREQ', hash: 'hash-before' });
    const expense = lastView('views.update');
    expect(blockOf(expense, r.amountBlock)).toBeDefined();
    expect(blockOf(expense, r.startBlock)).toBeUndefined();
    expect(blockOf(expense, r.textBlock)?.element?.initial_value).toBe('Family trip');
    expect(JSON.parse(expense.private_metadata!)).toEqual({
      kind: 'expense',
      leaveType: 'vacation',
      startDate: '2026-12-01',
      endDate: '2026-12-03',
      dayPart: 'full',
    });

    // Back to leave: the dates come back from private_metadata.
    h.slack.reset();
    await h.sendAndSettle(
      modalAction(
        'UANA',
        { type: 'static_select', action_id: r.kindInput, selected_option: { value: 'leave' } },
        {
          ...select(r.kindBlock, r.kindInput, 'leave'),
          ...input(r.amountBlock, r.amountInput, '12.50'),
          ...input(r.textBlock, r.textInput, 'Family trip'),
        },
        expense.private_metadata,
      ),
    );
    const leave = lastView('views.update');
    expect(blockOf(leave, r.startBlock)?.element?.initial_date).toBe('2026-12-01');
    expect(blockOf(leave, r.endBlock)?.element?.initial_date).toBe('2026-12-03');
    expect(blockOf(leave, r.textBlock)?.element?.initial_value).toBe('Family trip');
    expect(JSON.parse(leave.private_metadata!)).toMatchObject({ amount: '12.50' });
    expect(textOf(blockOf(leave, r.summaryBlock))).toContain('This request takes *3 working days*');
  });

  it('shows the working days once both dates are set, weekends excluded', async () => {
    // Friday 4 to Tuesday 8 December: Fri, Mon, Tue.
    await h.sendAndSettle(
      modalAction(
        'UANA',
        { type: 'datepicker', action_id: r.endInput, selected_date: '2026-12-08' },
        leaveValues({ start: '2026-12-04', end: '2026-12-08' }),
      ),
    );
    expect(blockOf(lastView('views.update'), r.summaryBlock)).toEqual({
      type: 'context',
      block_id: r.summaryBlock,
      elements: [
        {
          type: 'mrkdwn',
          text: ':palm_tree: Balance: *25 days* left of 25 in 2026\nThis request takes *3 working days*',
          verbatim: true,
        },
      ],
    });
  });

  it('says sick leave does not count against the allowance', async () => {
    await h.sendAndSettle(
      modalAction(
        'UANA',
        { type: 'static_select', action_id: r.leaveTypeInput, selected_option: { value: 'sick' } },
        leaveValues({ type: 'sick', start: '2026-12-01', end: '2026-12-01', part: 'morning' }),
      ),
    );
    expect(textOf(blockOf(lastView('views.update'), r.summaryBlock))).toContain(
      'This request takes *0.5 working days*\nSick leave does not count against your allowance.',
    );
  });
});

// ── Submitting each kind ─────────────────────────────────────────────────────────────────────

describe('submitting a valid request', () => {
  it('saves leave with its working days, posts it for approval, confirms by DM and lists it on Home', async () => {
    const res = await submit('UANA', leaveValues({ start: '2026-12-04', end: '2026-12-08', reason: 'Trip' }));
    expect(await res.text()).toBe('');
    const [row] = await rowsOf('UANA');
    expect(row?.request).toMatchObject({
      kind: 'leave',
      status: 'pending',
      leaveType: 'vacation',
      startDate: '2026-12-04',
      endDate: '2026-12-08',
      dayPart: 'full',
      days: '3.0',
      reason: 'Trip',
      approvalChannel: CHANNEL,
    });
    expect(await eventsOf(row!.request.id)).toEqual([
      { action: 'created', note: null, actor: 'UANA' },
      { action: 'approval_posted', note: null, actor: null },
    ]);

    const post = h.slack.callsTo('chat.postMessage').find((c) => c.args.channel === CHANNEL)!;
    expect(post.args.text).toBe('New leave request from Ana');
    expect(post.args.blocks).toEqual([
      {
        type: 'section',
        text: { type: 'mrkdwn', text: ':inbox_tray: *New leave request* from <@UANA>', verbatim: true },
      },
      {
        type: 'section',
        fields: [
          { type: 'mrkdwn', text: '*What*\nVacation', verbatim: true },
          { type: 'mrkdwn', text: '*When*\nFri, Dec 4 – Tue, Dec 8', verbatim: true },
          { type: 'mrkdwn', text: '*Working days*\n3', verbatim: true },
          { type: 'mrkdwn', text: '*Balance after*\n22 days', verbatim: true },
        ],
      },
      { type: 'section', text: { type: 'mrkdwn', text: '*Reason*\nTrip', verbatim: true } },
      {
        type: 'actions',
        block_id: r.decisionBlock,
        elements: [
          {
            type: 'button',
            text: { type: 'plain_text', text: 'Approve', emoji: true },
            action_id: r.approve,
            value: String(row!.request.id),
            style: 'primary',
          },
          {
            type: 'button',
            text: { type: 'plain_text', text: 'Reject', emoji: true },
            action_id: r.reject,
            value: String(row!.request.id),
            style: 'danger',
          },
        ],
      },
      {
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
            text: `Request #${row!.request.id} · sent <!date^1795532400^{date_short_pretty}|2026-11-24>`,
            verbatim: true,
          },
        ],
      },
    ]);

    const dm = h.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'DUANA')!;
    expect(dm.args.text).toBe('Your leave request was sent for approval.');
    const home = textOf(lastView('views.publish', 'UANA'));
    expect(home).toContain('*My requests*');
    expect(home).toContain(
      ':hourglass_flowing_sand: *Leave* · Vacation · Fri, Dec 4 – Tue, Dec 8 · 3 days\nPending',
    );
  });

  it('saves a half day as 0.5 days', async () => {
    const row = await submitLeave('UANA', { start: '2026-12-01', end: '2026-12-01', part: 'afternoon' });
    expect(row).toMatchObject({ dayPart: 'afternoon', days: '0.5' });
  });

  it('reads a decimal comma as typed in much of Europe: 12,50 is twelve and a half, not 1250', async () => {
    await submit('UANA', expenseValues({ amount: '12,50' }));
    const [row] = await rowsOf('UANA');
    expect(row?.request.amount).toBe('12.50');
  });

  it('saves an expense with its receipt, and queues the receipt to be stored', async () => {
    const res = await submit('UANA', expenseValues({ amount: '1,234.5', file: true }));
    expect(await res.text()).toBe('');
    const [row] = await rowsOf('UANA');
    expect(row?.request).toMatchObject({
      kind: 'expense',
      amount: '1234.50',
      currency: 'USD',
      expenseDate: '2026-11-20',
      details: 'Taxi to the client',
    });
    const [upload] = await h.db.select().from(uploads);
    expect(upload).toMatchObject({
      status: 'pending',
      slackFileId: 'F0RECEIPT1',
      name: 'taxi.jpg',
      requestId: row!.request.id,
      teamId: TEAM,
      memberId: row!.request.memberId,
    });
    const queued = await h.db.select().from(jobs).where(eq(jobs.kind, 'upload.store'));
    expect(queued.map((j) => ({ payload: j.payload, dedupeKey: j.dedupeKey }))).toEqual([
      { payload: { uploadId: upload!.id }, dedupeKey: `upload.store:${upload!.id}` },
    ]);
    const post = h.slack.callsTo('chat.postMessage').find((c) => c.args.channel === CHANNEL)!;
    expect((post.args.blocks as unknown[])[1]).toEqual({
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: '*Amount*\n$1,234.50', verbatim: true },
        { type: 'mrkdwn', text: '*Date*\nFri, Nov 20', verbatim: true },
        {
          type: 'mrkdwn',
          text: '*Receipt*\n<https://acme.slack.com/files/UANA/F0RECEIPT1/taxi.jpg|taxi.jpg> (storing…)',
          verbatim: true,
        },
      ],
    });
  });

  it('links the hosted copy once the receipt is stored (refreshApprovalMessage)', async () => {
    await submit('UANA', expenseValues({ amount: '20', file: true }));
    const [row] = await rowsOf('UANA');
    await h.db
      .update(uploads)
      .set({ status: 'stored', publicUrl: 'https://files.example.com/r/abc.jpg' })
      .where(eq(uploads.requestId, row!.request.id));
    const { refreshApprovalMessage } = await import('@/slack/requests');
    const { botClient } = await import('@/slack/app');
    await refreshApprovalMessage(botClient(h.runtime.env), h.db, row!.request.id);
    const update = h.slack.callsTo('chat.update').at(-1)!;
    expect(update.args).toMatchObject({ channel: CHANNEL, ts: row!.request.approvalTs });
    expect(textOf(update.args.blocks)).toContain('*Receipt*\n<https://files.example.com/r/abc.jpg|taxi.jpg>');
  });

  it('saves an expense without a receipt', async () => {
    await submit('UANA', expenseValues({ amount: '9.99' }));
    expect(await h.db.select().from(uploads)).toEqual([]);
    const post = h.slack.callsTo('chat.postMessage').find((c) => c.args.channel === CHANNEL)!;
    expect(textOf(post.args.blocks)).toContain('*Receipt*\nnone attached');
  });

  it('saves equipment', async () => {
    await submit('UANA', {
      ...select(r.kindBlock, r.kindInput, 'equipment'),
      ...input(r.itemBlock, r.itemInput, '27" monitor <4K>'),
      ...input(r.quantityBlock, r.quantityInput, '2'),
      ...datepicker(r.neededByBlock, r.neededByInput, '2026-12-15'),
      ...input(r.textBlock, r.textInput, ''),
    });
    const [row] = await rowsOf('UANA');
    expect(row?.request).toMatchObject({
      kind: 'equipment',
      item: '27" monitor <4K>',
      quantity: 2,
      neededBy: '2026-12-15',
    });
    const post = h.slack.callsTo('chat.postMessage').find((c) => c.args.channel === CHANNEL)!;
    expect(textOf(post.args.blocks)).toContain('*Item*\n2 × 27" monitor &lt;4K&gt;');
  });

  it('saves a general request', async () => {
    await submit('UANA', {
      ...select(r.kindBlock, r.kindInput, 'general'),
      ...input(r.subjectBlock, r.subjectInput, 'Parking spot'),
      ...input(r.textBlock, r.textInput, 'Could I get one from January?'),
    });
    const [row] = await rowsOf('UANA');
    expect(row?.request).toMatchObject({
      kind: 'general',
      subject: 'Parking spot',
      details: 'Could I get one from January?',
    });
  });
});

// ── Validation ───────────────────────────────────────────────────────────────────────────────

describe('validation errors under the right field, and nothing saved', () => {
  async function expectErrors(user: string, values: Values, errors: Record<string, string>) {
    const res = await submit(user, values);
    expect(await res.json()).toEqual({ response_action: 'errors', errors });
    expect(await rowsOf(user)).toEqual([]);
    expect(h.slack.callsTo('chat.postMessage')).toEqual([]);
  }

  it('rejects an end before the start', () =>
    expectErrors('UANA', leaveValues({ start: '2026-12-08', end: '2026-12-04' }), {
      [r.endBlock]: 'The last day is before the first day.',
    }));

  it('rejects a start in the past, in the member’s own zone', async () => {
    // 15:00 UTC on the 24th is already the 25th in Seoul.
    await expectErrors('UMINJI', leaveValues({ start: '2026-11-24', end: '2026-11-24' }), {
      [r.startBlock]: '지난 날짜예요.',
    });
    await expectErrors('UANA', leaveValues({ start: '2026-11-23', end: '2026-11-24' }), {
      [r.startBlock]: 'This date is in the past.',
    });
  });

  it('rejects more days than the balance', async () => {
    await h.db.update(members).set({ leaveAllowanceDays: '2' }).where(eq(members.userId, 'UANA'));
    await expectErrors('UANA', leaveValues({ start: '2026-12-04', end: '2026-12-08' }), {
      [r.endBlock]: 'This takes 3 days, but you have 2 days left in 2026.',
    });
  });

  it('counts pending leave against the balance, but not sick leave', async () => {
    await h.db.update(members).set({ leaveAllowanceDays: '3' }).where(eq(members.userId, 'UANA'));
    await submitLeave('UANA', { start: '2026-12-01', end: '2026-12-02' });
    await submitLeave('UANA', { type: 'sick', start: '2026-12-14', end: '2026-12-18' });
    h.slack.reset();
    const res = await submit('UANA', leaveValues({ start: '2026-12-09', end: '2026-12-10' }));
    expect(await res.json()).toEqual({
      response_action: 'errors',
      errors: { [r.endBlock]: 'This takes 2 days, but you have 1 day left in 2026.' },
    });
  });

  it('rejects leave overlapping other leave, but not the other half of the same day', async () => {
    await submitLeave('UANA', { start: '2026-12-02', end: '2026-12-04' });
    await submitLeave('UANA', { start: '2026-12-07', end: '2026-12-07', part: 'morning' });
    h.slack.reset();
    const res = await submit('UANA', leaveValues({ start: '2026-12-04', end: '2026-12-07' }));
    expect(await res.json()).toEqual({
      response_action: 'errors',
      errors: { [r.startBlock]: 'You already have leave from Wed, Dec 2 to Fri, Dec 4 (Pending).' },
    });
    const afternoon = await submitLeave('UANA', {
      start: '2026-12-07',
      end: '2026-12-07',
      part: 'afternoon',
    });
    expect(afternoon.dayPart).toBe('afternoon');
  });

  it('rejects a half day over several days and leave only on a weekend', async () => {
    await expectErrors('UANA', leaveValues({ start: '2026-12-01', end: '2026-12-02', part: 'morning' }), {
      [r.dayPartBlock]: 'A half day is one day: make the first and last day the same.',
    });
    await expectErrors('UANA', leaveValues({ start: '2026-12-05', end: '2026-12-06' }), {
      [r.startBlock]: 'These dates fall on a weekend; there is nothing to take off.',
    });
  });

  it.each(['abc', '-5', '0', '12.345', '', '1,2,3'])('rejects the amount %j', (amount) =>
    expectErrors('UANA', expenseValues({ amount }), {
      [r.amountBlock]: 'Enter a positive amount, like 42.50.',
    }),
  );

  it('rejects an expense dated in the future', () =>
    expectErrors('UANA', expenseValues({ amount: '5', date: '2026-11-30' }), {
      [r.expenseDateBlock]: 'This date is in the future.',
    }));

  it('rejects text over the limits', async () => {
    await expectErrors(
      'UANA',
      leaveValues({ start: '2026-12-01', end: '2026-12-01', reason: 'x'.repeat(2001) }),
      {
        [r.textBlock]: 'Keep this under 2000 characters.',
      },
    );
    await expectErrors(
      'UANA',
      {
        ...select(r.kindBlock, r.kindInput, 'general'),
        ...input(r.subjectBlock, r.subjectInput, 's'.repeat(151)),
        ...input(r.textBlock, r.textInput, 'ok'),
      },
      { [r.subjectBlock]: 'Keep this under 150 characters.' },
    );
  });

  it('rejects a quantity that is not a whole number and a needed-by date in the past', () =>
    expectErrors(
      'UANA',
      {
        ...select(r.kindBlock, r.kindInput, 'equipment'),
        ...input(r.itemBlock, r.itemInput, 'Chair'),
        ...input(r.quantityBlock, r.quantityInput, '1.5'),
        ...datepicker(r.neededByBlock, r.neededByInput, '2026-11-01'),
      },
      {
        [r.quantityBlock]: 'Enter a whole number from 1 to 1000.',
        [r.neededByBlock]: 'This date is in the past.',
      },
    ));
});

// ── Deciding ─────────────────────────────────────────────────────────────────────────────────

const fromChannel = (ts: string) => ({
  container: { type: 'message', message_ts: ts, channel_id: CHANNEL, is_ephemeral: false },
});

describe('approving and rejecting', () => {
  it('approves: message updated in place, requester told by DM, both Home tabs re-published', async () => {
    const request = await submitLeave('UANA', { start: '2026-12-04', end: '2026-12-08' });
    h.slack.reset();
    at('2026-11-24T16:30:00Z');
    await h.sendAndSettle(
      buttonClick('UKEN', r.approve, String(request.id), fromChannel(request.approvalTs!)),
    );
    const [row] = await rowsOf('UANA');
    expect(row?.request).toMatchObject({ status: 'approved', decisionNote: null });
    expect((await eventsOf(request.id)).map((e) => [e.action, e.actor])).toEqual([
      ['created', 'UANA'],
      ['approval_posted', null],
      ['approved', 'UKEN'],
    ]);
    const update = h.slack.callsTo('chat.update')[0]!;
    expect(update.args).toMatchObject({ channel: CHANNEL, ts: request.approvalTs });
    const blocks = update.args.blocks as { type: string; block_id?: string }[];
    expect(blocks.find((b) => b.type === 'actions')).toBeUndefined();
    expect(blocks.find((b) => b.block_id === r.decisionBlock)).toEqual({
      type: 'section',
      block_id: r.decisionBlock,
      text: {
        type: 'mrkdwn',
        text: ':white_check_mark: Approved by <@UKEN> at <!date^1795537800^{date_short_pretty} {time}|2026-11-24 16:30 UTC>',
        verbatim: true,
      },
    });
    const dm = h.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'DUANA')!;
    expect(dm.args.text).toBe('Your leave request was approved.');
    expect(textOf(dm.args.blocks)).toContain(
      ':white_check_mark: *Your leave request was approved* by <@UKEN>.',
    );
    expect(
      h.slack
        .callsTo('views.publish')
        .map((c) => c.args.user_id)
        .sort(),
    ).toEqual(['UANA', 'UKEN']);
    expect(textOf(lastView('views.publish', 'UANA'))).toContain(':white_check_mark: *Leave*');
  });

  it('rejects with a reason from the reject modal, and tells the requester why', async () => {
    const request = await submitLeave('UANA', { start: '2026-12-04', end: '2026-12-04' });
    h.slack.reset();
    await h.sendAndSettle(
      buttonClick('UKEN', r.reject, String(request.id), fromChannel(request.approvalTs!)),
    );
    const opened = lastView('views.open');
    expect(opened).toMatchObject({ callback_id: r.rejectModal, private_metadata: String(request.id) });
    expect(textOf(lastView('views.update'))).toContain(
      'Rejecting the leave request from <@UANA>: Vacation · Fri, Dec 4 · 1 day',
    );

    const empty = await h.sendAndSettle(
      viewSubmission('UKEN', r.rejectModal, {}, { privateMetadata: String(request.id) }),
    );
    expect(await empty.json()).toEqual({
      response_action: 'errors',
      errors: { [r.rejectReasonBlock]: 'Please fill this in.' },
    });

    const res = await h.sendAndSettle(
      viewSubmission(
        'UKEN',
        r.rejectModal,
        input(r.rejectReasonBlock, r.rejectReasonInput, 'Release week <sorry>'),
        { privateMetadata: String(request.id) },
      ),
    );
    expect(await res.text()).toBe('');
    const [row] = await rowsOf('UANA');
    expect(row?.request).toMatchObject({ status: 'rejected', decisionNote: 'Release week <sorry>' });
    expect((await eventsOf(request.id)).at(-1)).toEqual({
      action: 'rejected',
      note: 'Release week <sorry>',
      actor: 'UKEN',
    });
    const dm = h.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'DUANA')!;
    expect(dm.args.text).toBe('Your leave request was rejected.');
    expect(textOf(dm.args.blocks)).toContain(
      ':x: *Your leave request was rejected* by <@UKEN>.\nReason: Release week &lt;sorry&gt;',
    );
    expect(textOf(h.slack.callsTo('chat.update')[0]!.args.blocks)).toContain('Rejected by <@UKEN>');
  });

  it('lets exactly one of two approvers decide, and tells the other who did', async () => {
    const request = await submitLeave('UANA', { start: '2026-12-04', end: '2026-12-04' });
    h.slack.reset();
    await Promise.all([
      h.send(buttonClick('UKEN', r.approve, String(request.id), fromChannel(request.approvalTs!))),
      h.send(buttonClick('UPRIYA', r.approve, String(request.id), fromChannel(request.approvalTs!))),
    ]);
    await h.settle();
    const decided = (await eventsOf(request.id)).filter((e) => e.action === 'approved');
    expect(decided).toHaveLength(1);
    const winner = decided[0]!.actor!;
    const loser = winner === 'UKEN' ? 'UPRIYA' : 'UKEN';
    const [row] = await rowsOf('UANA');
    expect(row?.request.status).toBe('approved');
    const ephemeral = h.slack.callsTo('chat.postEphemeral');
    expect(ephemeral).toHaveLength(1);
    expect(ephemeral[0]!.args).toMatchObject({ channel: CHANNEL, user: loser });
    expect(ephemeral[0]!.args.text).toMatch(
      new RegExp(`^Nothing changed: this request was already approved by <@${winner}> at <!date\\^`),
    );
    expect(h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'DUANA')).toHaveLength(1);
  });

  it('refuses a member who is not an approver, and changes nothing', async () => {
    const request = await submitLeave('UANA', { start: '2026-12-04', end: '2026-12-04' });
    h.slack.reset();
    await h.sendAndSettle(
      buttonClick('UMINJI', r.approve, String(request.id), fromChannel(request.approvalTs!)),
    );
    await h.sendAndSettle(
      buttonClick('UMINJI', r.reject, String(request.id), fromChannel(request.approvalTs!)),
    );
    expect(h.slack.callsTo('chat.postEphemeral').map((c) => c.args)).toMatchObject([
      {
        channel: CHANNEL,
        user: 'UMINJI',
        text: '승인할 수 없어요. 요청은 승인자와 관리자만 결정할 수 있어요.',
      },
      {
        channel: CHANNEL,
        user: 'UMINJI',
        text: '승인할 수 없어요. 요청은 승인자와 관리자만 결정할 수 있어요.',
      },
    ]);
    expect(h.slack.callsTo('views.open')).toEqual([]);
    expect(h.slack.callsTo('chat.update')).toEqual([]);
    const [row] = await rowsOf('UANA');
    expect(row?.request.status).toBe('pending');
    expect((await eventsOf(request.id)).map((e) => e.action)).toEqual(['created', 'approval_posted']);
  });

  it('does not let an approver decide their own request', async () => {
    const request = await submitLeave('UKEN', { start: '2026-12-04', end: '2026-12-04' });
    h.slack.reset();
    await h.sendAndSettle(
      buttonClick('UKEN', r.approve, String(request.id), fromChannel(request.approvalTs!)),
    );
    expect(h.slack.callsTo('chat.postEphemeral')[0]?.args.text).toBe(
      "You can't decide your own request; another approver will.",
    );
    expect((await rowsOf('UKEN'))[0]?.request.status).toBe('pending');
  });

  it('shows approvers the pending requests on Home with Approve and Reject, and approves from there', async () => {
    const request = await submitLeave('UANA', { start: '2026-12-04', end: '2026-12-04' });
    await submitLeave('UKEN', { start: '2026-12-09', end: '2026-12-09' });
    h.slack.reset();
    await h.sendAndSettle(appHomeOpened('UPRIYA'));
    await h.sendAndSettle(appHomeOpened('UANA'));
    const home = lastView('views.publish', 'UPRIYA');
    expect(textOf(home)).toContain('*Pending approvals* · 2');
    const kenHome = h.slack.callsTo('views.publish');
    expect(kenHome).toHaveLength(2);
    expect(textOf(lastView('views.publish', 'UANA'))).not.toContain('Pending approvals');
    const buttons = home.blocks
      .filter((b) => b.type === 'actions')
      .flatMap((b) => (b as unknown as { elements: { action_id: string; value: string }[] }).elements)
      .filter((e) => e.action_id === r.approve || e.action_id === r.reject);
    expect(buttons.map((b) => [b.action_id, b.value])).toContainEqual([r.approve, String(request.id)]);

    h.slack.reset();
    await h.sendAndSettle(buttonClick('UPRIYA', r.approve, String(request.id)));
    expect(textOf(lastView('views.publish', 'UPRIYA'))).toContain('*Pending approvals* · 1');
    expect(h.slack.callsTo('chat.update')).toHaveLength(1);
  });
});

// ── Cancelling ───────────────────────────────────────────────────────────────────────────────

describe('cancelling', () => {
  it('cancels a pending request from Home and marks the approval message', async () => {
    const request = await submitLeave('UANA', { start: '2026-12-04', end: '2026-12-04' });
    const home = lastView('views.publish', 'UANA');
    const cancel = home.blocks.find(
      (b) => (b as { accessory?: { action_id?: string } }).accessory?.action_id === r.cancel,
    ) as { accessory: { value: string; confirm: unknown } } | undefined;
    expect(cancel?.accessory.value).toBe(String(request.id));
    h.slack.reset();
    await h.sendAndSettle(buttonClick('UANA', r.cancel, String(request.id)));
    const [row] = await rowsOf('UANA');
    expect(row?.request.status).toBe('cancelled');
    expect((await eventsOf(request.id)).at(-1)).toMatchObject({ action: 'cancelled', actor: 'UANA' });
    expect(textOf(h.slack.callsTo('chat.update')[0]!.args.blocks)).toContain(
      ':heavy_multiplication_x: Cancelled by <@UANA>',
    );
    const after = textOf(lastView('views.publish', 'UANA'));
    expect(after).toContain('Your request was cancelled.');
    expect(after).toContain(':heavy_multiplication_x: *Leave*');
  });

  it('cancels approved future leave and gives the days back', async () => {
    await h.db.update(members).set({ leaveAllowanceDays: '3' }).where(eq(members.userId, 'UANA'));
    const request = await submitLeave('UANA', { start: '2026-12-07', end: '2026-12-09' });
    await h.sendAndSettle(
      buttonClick('UKEN', r.approve, String(request.id), fromChannel(request.approvalTs!)),
    );
    h.slack.reset();
    const full = await submit('UANA', leaveValues({ start: '2026-12-14', end: '2026-12-14' }));
    expect(await full.json()).toMatchObject({ response_action: 'errors' });

    await h.sendAndSettle(buttonClick('UANA', r.cancel, String(request.id)));
    expect((await rowsOf('UANA'))[0]?.request.status).toBe('cancelled');
    h.slack.reset();
    await h.sendAndSettle(
      modalAction(
        'UANA',
        { type: 'datepicker', action_id: r.startInput, selected_date: '2026-12-14' },
        leaveValues({ start: '2026-12-14', end: '2026-12-14' }),
      ),
    );
    expect(textOf(blockOf(lastView('views.update'), r.summaryBlock))).toContain('*3 days* left of 3 in 2026');
    const later = await submitLeave('UANA', { start: '2026-12-14', end: '2026-12-14' });
    expect(later.status).toBe('pending');
  });

  it('does not cancel leave that has started, nor someone else’s request', async () => {
    const request = await submitLeave('UANA', { start: '2026-11-25', end: '2026-11-27' });
    await h.sendAndSettle(
      buttonClick('UKEN', r.approve, String(request.id), fromChannel(request.approvalTs!)),
    );
    await h.sendAndSettle(buttonClick('UMINJI', r.cancel, String(request.id)));
    expect((await rowsOf('UANA'))[0]?.request.status).toBe('approved');
    at('2026-11-25T15:00:00Z');
    h.slack.reset();
    await h.sendAndSettle(buttonClick('UANA', r.cancel, String(request.id)));
    expect((await rowsOf('UANA'))[0]?.request.status).toBe('approved');
    expect(textOf(lastView('views.publish', 'UANA'))).toContain("This request can't be cancelled any more.");
  });
});
