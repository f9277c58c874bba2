// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BlockKitView, type BlockKitViewProps } from '@/components/block-kit';

afterEach(cleanup);

const plain = (text: string) => ({ type: 'plain_text', text, emoji: true });
const option = (text: string, value: string) => ({ text: plain(text), value });
const viewer = { userId: 'U1', userName: 'ada', teamId: 'T1', apiAppId: 'A1' };
const user = { id: 'U1', username: 'ada', name: 'ada', team_id: 'T1' };
const anyTriggerId = expect.stringMatching(/^\d+\.\d{10}\.[0-9a-f]{32}$/);
const anyActionTs = expect.stringMatching(/^\d+\.\d{6}$/);

function renderMessage(blocks: unknown[], extra: Partial<BlockKitViewProps> = {}) {
  const onAction = vi.fn();
  render(
    <BlockKitView
      surface="message"
      view={{ text: 'fallback', blocks }}
      viewer={viewer}
      message={{ ts: '1700000000.000100', channelId: 'C1' }}
      resolver={{ channel: (id) => (id === 'C1' ? 'general' : undefined) }}
      onAction={onAction}
      {...extra}
    />,
  );
  return onAction;
}

function lastPayload(mock: ReturnType<typeof vi.fn>): Record<string, unknown> {
  return mock.mock.calls.at(-1)?.[0] as Record<string, unknown>;
}

function lastAction(mock: ReturnType<typeof vi.fn>): Record<string, unknown> {
  return (lastPayload(mock).actions as Record<string, unknown>[])[0] as Record<string, unknown>;
}

function values(mock: ReturnType<typeof vi.fn>): unknown {
  const payload = lastPayload(mock);
  const holder = (payload.view ?? payload) as { state: { values: unknown } };
  return holder.state.values;
}

describe('block_actions from a message', () => {
  it('sends the exact payload Slack sends when a button is clicked', () => {
    const blocks = [
      {
        type: 'actions',
        block_id: 'decide',
        elements: [
          {
            type: 'static_select',
            action_id: 'pick',
            options: [option('One', '1')],
            initial_option: option('One', '1'),
          },
          { type: 'button', action_id: 'approve', text: plain('Approve'), value: 'req-1', style: 'primary' },
        ],
      },
    ];
    const onAction = renderMessage(blocks);
    fireEvent.click(screen.getByRole('button', { name: 'Approve' }));
    expect(onAction).toHaveBeenCalledTimes(1);
    expect(lastPayload(onAction)).toEqual({
      type: 'block_actions',
      user,
      api_app_id: 'A1',
      token: 'preview-verification-token',
      container: { type: 'message', message_ts: '1700000000.000100', channel_id: 'C1', is_ephemeral: false },
      trigger_id: anyTriggerId,
      team: { id: 'T1', domain: 'homeroom' },
      enterprise: null,
      is_enterprise_install: false,
      channel: { id: 'C1', name: 'general' },
      message: {
        type: 'message',
        subtype: 'bot_message',
        text: 'fallback',
        ts: '1700000000.000100',
        app_id: 'A1',
        blocks,
      },
      state: {
        values: { decide: { pick: { type: 'static_select', selected_option: option('One', '1') } } },
      },
      response_url: expect.stringMatching(/^https:\/\/hooks\.slack\.com\/actions\/T1\//),
      actions: [
        {
          type: 'button',
          block_id: 'decide',
          action_id: 'approve',
          text: plain('Approve'),
          value: 'req-1',
          style: 'primary',
          action_ts: anyActionTs,
        },
      ],
    });
  });

  it('marks the container ephemeral and leaves out the message for ephemeral messages', () => {
    const onAction = renderMessage(
      [{ type: 'actions', block_id: 'b', elements: [{ type: 'button', action_id: 'x', text: plain('Go') }] }],
      {
        message: { ts: '1.2', channelId: 'C1', ephemeral: true },
      },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Go' }));
    const payload = lastPayload(onAction);
    expect(payload.container).toEqual({
      type: 'message',
      message_ts: '1.2',
      channel_id: 'C1',
      is_ephemeral: true,
    });
    expect(payload).not.toHaveProperty('message');
    expect(screen.getByText('Only visible to you')).toBeTruthy();
  });

  it('asks for confirmation first and sends nothing when the user cancels', () => {
    const onAction = renderMessage([
      {
        type: 'actions',
        block_id: 'b',
        elements: [
          {
            type: 'button',
            action_id: 'delete',
            text: plain('Delete'),
            style: 'danger',
            confirm: {
              title: plain('Really delete?'),
              text: { type: 'mrkdwn', text: 'This *cannot* be undone.' },
              confirm: plain('Delete it'),
              deny: plain('Keep it'),
              style: 'danger',
            },
          },
        ],
      },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Really delete?' });
    expect(within(dialog).getByText('cannot').tagName).toBe('STRONG');
    expect(onAction).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onAction).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete it' }));
    expect(onAction).toHaveBeenCalledTimes(1);
    expect(lastAction(onAction)).toMatchObject({ type: 'button', action_id: 'delete', style: 'danger' });
  });

  it('renders url buttons as safe links that still report the click', () => {
    const onAction = renderMessage([
      {
        type: 'actions',
        block_id: 'b',
        elements: [
          { type: 'button', action_id: 'docs', text: plain('Docs'), url: 'https://docs.example.com' },
        ],
      },
    ]);
    const link = screen.getByRole('link', { name: 'Docs' });
    expect(link.getAttribute('href')).toBe('https://docs.example.com');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    // The test DOM would otherwise try to fetch the page.
    link.addEventListener('click', (event) => event.preventDefault());
    fireEvent.click(link);
    expect(lastAction(onAction)).toMatchObject({ type: 'button', action_id: 'docs' });
  });

  it('sends selected_option from a static select with option groups', () => {
    const onAction = renderMessage([
      {
        type: 'section',
        block_id: 'sec',
        text: plain('Pick a fruit'),
        accessory: {
          type: 'static_select',
          action_id: 'fruit',
          placeholder: plain('Choose'),
          option_groups: [
            { label: plain('Red'), options: [option('Apple', 'apple'), option('Cherry', 'cherry')] },
            { label: plain('Yellow'), options: [option('Banana', 'banana')] },
          ],
        },
      },
    ]);
    fireEvent.click(screen.getByRole('combobox', { name: 'Choose' }));
    expect(screen.getByText('Red')).toBeTruthy();
    expect(screen.getByText('Yellow')).toBeTruthy();
    fireEvent.click(screen.getByRole('option', { name: 'Banana' }));
    expect(lastAction(onAction)).toEqual({
      type: 'static_select',
      block_id: 'sec',
      action_id: 'fruit',
      selected_option: option('Banana', 'banana'),
      placeholder: plain('Choose'),
      action_ts: anyActionTs,
    });
    expect(values(onAction)).toEqual({
      sec: { fruit: { type: 'static_select', selected_option: option('Banana', 'banana') } },
    });
    expect(screen.getByRole('combobox').textContent).toContain('Banana');
  });

  it('keeps the previous choice and sends nothing when a select change is not confirmed', () => {
    const onAction = renderMessage([
      {
        type: 'actions',
        block_id: 'b',
        elements: [
          {
            type: 'static_select',
            action_id: 's',
            placeholder: plain('Status'),
            initial_option: option('Open', 'open'),
            options: [option('Open', 'open'), option('Closed', 'closed')],
            confirm: {
              title: plain('Close it?'),
              text: plain('Sure?'),
              confirm: plain('Yes'),
              deny: plain('No'),
            },
          },
        ],
      },
    ]);
    fireEvent.click(screen.getByRole('combobox', { name: 'Status' }));
    fireEvent.click(screen.getByRole('option', { name: 'Closed' }));
    fireEvent.click(screen.getByRole('button', { name: 'No' }));
    expect(onAction).not.toHaveBeenCalled();
    expect(screen.getByRole('combobox').textContent).toContain('Open');
  });

  it('closes an open menu when the user presses outside it', () => {
    renderMessage([
      {
        type: 'actions',
        block_id: 'b',
        elements: [
          { type: 'static_select', action_id: 's', placeholder: plain('Pick'), options: [option('A', 'a')] },
          { type: 'overflow', action_id: 'o', options: [option('X', 'x'), option('Y', 'y')] },
        ],
      },
    ]);
    fireEvent.click(screen.getByRole('combobox', { name: 'Pick' }));
    fireEvent.click(screen.getByRole('button', { name: 'More actions' }));
    expect(screen.getByRole('listbox')).toBeTruthy();
    expect(screen.getByRole('menu')).toBeTruthy();
    fireEvent.mouseDown(document.body);
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('chooses the highlighted option with the arrow keys and Enter', () => {
    const onAction = renderMessage([
      {
        type: 'actions',
        block_id: 'b',
        elements: [
          {
            type: 'static_select',
            action_id: 's',
            placeholder: plain('Pick'),
            options: [option('A', 'a'), option('B', 'b')],
          },
        ],
      },
    ]);
    fireEvent.click(screen.getByRole('combobox', { name: 'Pick' }));
    const filter = screen.getByRole('textbox', { name: 'Filter options' });
    fireEvent.keyDown(filter, { key: 'ArrowDown' });
    fireEvent.keyDown(filter, { key: 'Enter' });
    expect(lastAction(onAction).selected_option).toEqual(option('B', 'b'));
  });

  it('sends every chosen option from a multi static select, in order, and lets a token be removed', () => {
    const onAction = renderMessage([
      {
        type: 'actions',
        block_id: 'b',
        elements: [
          {
            type: 'multi_static_select',
            action_id: 'tags',
            placeholder: plain('Tags'),
            options: [option('A', 'a'), option('B', 'b'), option('C', 'c')],
          },
        ],
      },
    ]);
    fireEvent.click(screen.getByRole('combobox', { name: 'Tags' }));
    fireEvent.click(screen.getByRole('option', { name: 'C' }));
    fireEvent.click(screen.getByRole('option', { name: 'A' }));
    expect(lastAction(onAction).selected_options).toEqual([option('C', 'c'), option('A', 'a')]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove C' }));
    expect(values(onAction)).toEqual({
      b: { tags: { type: 'multi_static_select', selected_options: [option('A', 'a')] } },
    });
  });

  it('lets a user id be typed into a users select and shows resolved names for initial users', () => {
    const onAction = renderMessage(
      [
        {
          type: 'actions',
          block_id: 'b',
          elements: [
            { type: 'users_select', action_id: 'who', placeholder: plain('Pick someone') },
            {
              type: 'multi_users_select',
              action_id: 'many',
              initial_users: ['U7'],
              placeholder: plain('People'),
            },
          ],
        },
      ],
      { resolver: { user: (id) => (id === 'U7' ? 'grace' : undefined) } },
    );
    expect(screen.getByText('@grace')).toBeTruthy();
    fireEvent.click(screen.getByRole('combobox', { name: 'Pick someone' }));
    const input = screen.getByRole('textbox', { name: /user ID/ });
    fireEvent.change(input, { target: { value: 'U123' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(lastAction(onAction)).toEqual({
      type: 'users_select',
      block_id: 'b',
      action_id: 'who',
      selected_user: 'U123',
      action_ts: anyActionTs,
    });
    expect(values(onAction)).toEqual({
      b: {
        who: { type: 'users_select', selected_user: 'U123' },
        many: { type: 'multi_users_select', selected_users: ['U7'] },
      },
    });
  });

  it('starts a conversations select on the current channel when asked to', () => {
    const onAction = renderMessage([
      {
        type: 'actions',
        block_id: 'b',
        elements: [
          { type: 'conversations_select', action_id: 'conv', default_to_current_conversation: true },
          { type: 'channels_select', action_id: 'chan', initial_channel: 'C9' },
          { type: 'multi_channels_select', action_id: 'chans' },
          { type: 'multi_conversations_select', action_id: 'convs', initial_conversations: ['G1'] },
          { type: 'button', action_id: 'go', text: plain('Go') },
        ],
      },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Go' }));
    expect(values(onAction)).toEqual({
      b: {
        conv: { type: 'conversations_select', selected_conversation: 'C1' },
        chan: { type: 'channels_select', selected_channel: 'C9' },
        chans: { type: 'multi_channels_select', selected_channels: [] },
        convs: { type: 'multi_conversations_select', selected_conversations: ['G1'] },
      },
    });
  });

  it('sends selected_option from an overflow menu', () => {
    const onAction = renderMessage([
      {
        type: 'section',
        block_id: 's',
        text: plain('Row'),
        accessory: {
          type: 'overflow',
          action_id: 'more',
          options: [option('Edit', 'edit'), option('Remove', 'rm')],
        },
      },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'More actions' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Remove' }));
    expect(lastAction(onAction)).toEqual({
      type: 'overflow',
      block_id: 's',
      action_id: 'more',
      selected_option: option('Remove', 'rm'),
      action_ts: anyActionTs,
    });
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('sends the ticked checkboxes in option order, and the chosen radio button', () => {
    const onAction = renderMessage([
      {
        type: 'actions',
        block_id: 'b',
        elements: [
          {
            type: 'checkboxes',
            action_id: 'days',
            options: [option('Mon', 'mon'), option('Tue', 'tue'), option('Wed', 'wed')],
          },
          { type: 'radio_buttons', action_id: 'size', options: [option('Small', 's'), option('Large', 'l')] },
        ],
      },
    ]);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Wed' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Mon' }));
    expect(lastAction(onAction)).toEqual({
      type: 'checkboxes',
      block_id: 'b',
      action_id: 'days',
      selected_options: [option('Mon', 'mon'), option('Wed', 'wed')],
      action_ts: anyActionTs,
    });
    fireEvent.click(screen.getByRole('radio', { name: 'Large' }));
    expect(lastAction(onAction)).toMatchObject({
      type: 'radio_buttons',
      selected_option: option('Large', 'l'),
    });
    expect(values(onAction)).toEqual({
      b: {
        days: { type: 'checkboxes', selected_options: [option('Mon', 'mon'), option('Wed', 'wed')] },
        size: { type: 'radio_buttons', selected_option: option('Large', 'l') },
      },
    });
  });

  it('sends selected_date, selected_time and selected_date_time from the pickers', () => {
    const onAction = render(
      <BlockKitView
        surface="message"
        view={{
          text: 't',
          blocks: [
            {
              type: 'actions',
              block_id: 'when',
              elements: [
                { type: 'datepicker', action_id: 'day', placeholder: plain('Day') },
                { type: 'timepicker', action_id: 'at', placeholder: plain('Time') },
                { type: 'datetimepicker', action_id: 'both' },
              ],
            },
          ],
        }}
        viewer={{ ...viewer, timeZone: 'America/New_York' }}
        onAction={vi.fn()}
      />,
    );
    const mock = vi.fn();
    onAction.rerender(
      <BlockKitView
        surface="message"
        view={{
          text: 't',
          blocks: [
            {
              type: 'actions',
              block_id: 'when',
              elements: [
                { type: 'datepicker', action_id: 'day', placeholder: plain('Day') },
                { type: 'timepicker', action_id: 'at', placeholder: plain('Time') },
                { type: 'datetimepicker', action_id: 'both' },
              ],
            },
          ],
        }}
        viewer={{ ...viewer, timeZone: 'America/New_York' }}
        onAction={mock}
      />,
    );
    fireEvent.change(screen.getByLabelText('Day'), { target: { value: '2024-03-05' } });
    expect(lastAction(mock)).toMatchObject({
      type: 'datepicker',
      action_id: 'day',
      selected_date: '2024-03-05',
    });
    fireEvent.change(screen.getByLabelText('Time'), { target: { value: '09:30' } });
    expect(lastAction(mock)).toMatchObject({ type: 'timepicker', action_id: 'at', selected_time: '09:30' });
    fireEvent.change(screen.getByLabelText('Date and time: date'), { target: { value: '2024-07-01' } });
    fireEvent.change(screen.getByLabelText('Date and time: time'), { target: { value: '12:00' } });
    // 2024-07-01 12:00 in New York (EDT, UTC-4) is 16:00 UTC.
    expect(lastAction(mock)).toMatchObject({
      type: 'datetimepicker',
      selected_date_time: Date.UTC(2024, 6, 1, 16, 0) / 1000,
    });
    expect(values(mock)).toEqual({
      when: {
        day: { type: 'datepicker', selected_date: '2024-03-05' },
        at: { type: 'timepicker', selected_time: '09:30' },
        both: { type: 'datetimepicker', selected_date_time: Date.UTC(2024, 6, 1, 16, 0) / 1000 },
      },
    });
  });
});

describe('inputs', () => {
  const inputBlock = (dispatch: boolean, element: Record<string, unknown> = {}) => ({
    type: 'input',
    block_id: 'note',
    dispatch_action: dispatch,
    label: plain('Note'),
    element: { type: 'plain_text_input', action_id: 'text', ...element },
  });

  it('sends block_actions on Enter only when the input block sets dispatch_action', () => {
    const onAction = renderMessage([inputBlock(true)]);
    const box = screen.getByRole('textbox', { name: 'Note' });
    fireEvent.change(box, { target: { value: 'hello' } });
    expect(onAction).not.toHaveBeenCalled();
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(lastAction(onAction)).toEqual({
      type: 'plain_text_input',
      block_id: 'note',
      action_id: 'text',
      value: 'hello',
      action_ts: anyActionTs,
    });
  });

  it('sends nothing on Enter when the input block does not dispatch', () => {
    const onAction = renderMessage([inputBlock(false)]);
    const box = screen.getByRole('textbox', { name: 'Note' });
    fireEvent.change(box, { target: { value: 'hello' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onAction).not.toHaveBeenCalled();
  });

  it('sends every character when dispatch_action_config asks for on_character_entered', () => {
    const onAction = renderMessage([
      inputBlock(true, { dispatch_action_config: { trigger_actions_on: ['on_character_entered'] } }),
    ]);
    fireEvent.change(screen.getByRole('textbox', { name: 'Note' }), { target: { value: 'h' } });
    expect(lastAction(onAction)).toMatchObject({ value: 'h' });
  });

  it('renders a multiline plain_text_input as a textarea', () => {
    renderMessage([inputBlock(false, { multiline: true })]);
    expect(screen.getByRole('textbox', { name: 'Note' }).tagName).toBe('TEXTAREA');
  });
});

const modalView = {
  type: 'modal',
  callback_id: 'leave_request',
  private_metadata: '{"channel":"C1"}',
  hash: '1700000000.abc',
  title: plain('Request leave'),
  submit: plain('Send'),
  close: plain('Cancel'),
  notify_on_close: true,
  blocks: [
    {
      type: 'input',
      block_id: 'reason',
      label: plain('Reason'),
      element: { type: 'plain_text_input', action_id: 'text', min_length: 3, max_length: 10 },
    },
    {
      type: 'input',
      block_id: 'days',
      label: plain('Days'),
      element: {
        type: 'number_input',
        action_id: 'n',
        is_decimal_allowed: false,
        min_value: '1',
        max_value: '5',
      },
    },
    {
      type: 'input',
      block_id: 'email',
      optional: true,
      label: plain('Email'),
      element: { type: 'email_text_input', action_id: 'e' },
    },
    {
      type: 'input',
      block_id: 'link',
      optional: true,
      label: plain('Link'),
      element: { type: 'url_text_input', action_id: 'u' },
    },
    {
      type: 'input',
      block_id: 'kind',
      label: plain('Kind'),
      element: {
        type: 'static_select',
        action_id: 'k',
        placeholder: plain('Pick a kind'),
        options: [option('Vacation', 'vacation'), option('Sick', 'sick')],
      },
    },
  ],
};

function renderModal(extra: Partial<BlockKitViewProps> = {}) {
  const onSubmit = vi.fn();
  const onClose = vi.fn();
  const onAction = vi.fn();
  render(
    <BlockKitView
      surface="modal"
      view={modalView}
      viewer={viewer}
      onSubmit={onSubmit}
      onClose={onClose}
      onAction={onAction}
      {...extra}
    />,
  );
  return { onSubmit, onClose, onAction };
}

function type(label: string, value: string) {
  fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value } });
}

describe('modal submission', () => {
  it('sends the exact view_submission payload with every input in state.values', () => {
    const { onSubmit } = renderModal();
    type('Reason', 'Family');
    type('Days', '2');
    fireEvent.click(screen.getByRole('combobox', { name: 'Kind' }));
    fireEvent.click(screen.getByRole('option', { name: 'Vacation' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const payload = lastPayload(onSubmit);
    const view = payload.view as Record<string, unknown>;
    expect(payload).toEqual({
      type: 'view_submission',
      team: { id: 'T1', domain: 'homeroom' },
      user,
      api_app_id: 'A1',
      token: 'preview-verification-token',
      trigger_id: anyTriggerId,
      view: {
        id: expect.stringMatching(/^V[0-9A-Z]{10}$/),
        team_id: 'T1',
        type: 'modal',
        blocks: modalView.blocks,
        private_metadata: '{"channel":"C1"}',
        callback_id: 'leave_request',
        hash: '1700000000.abc',
        title: plain('Request leave'),
        close: plain('Cancel'),
        submit: plain('Send'),
        clear_on_close: false,
        notify_on_close: true,
        previous_view_id: null,
        root_view_id: view.id,
        app_id: 'A1',
        external_id: '',
        app_installed_team_id: 'T1',
        bot_id: 'B0PREVIEW',
        state: {
          values: {
            reason: { text: { type: 'plain_text_input', value: 'Family' } },
            days: { n: { type: 'number_input', value: '2' } },
            email: { e: { type: 'email_text_input', value: null } },
            link: { u: { type: 'url_text_input', value: null } },
            kind: { k: { type: 'static_select', selected_option: option('Vacation', 'vacation') } },
          },
        },
      },
      response_urls: [],
      enterprise: null,
      is_enterprise_install: false,
    });
  });

  it('blocks submit and shows a message under each required field left empty', () => {
    const { onSubmit } = renderModal();
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const alerts = screen
      .getAllByRole('alert')
      .map((alert) => [alert.getAttribute('data-error-for'), alert.textContent]);
    expect(alerts).toEqual([
      ['reason', 'Please complete this required field.'],
      ['days', 'Please complete this required field.'],
      ['kind', 'Please complete this required field.'],
    ]);
  });

  it('clears a field error as soon as the field is edited', () => {
    renderModal();
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    type('Reason', 'Family');
    expect(screen.getAllByRole('alert').map((alert) => alert.getAttribute('data-error-for'))).toEqual([
      'days',
      'kind',
    ]);
  });

  it.each([
    ['Reason', 'ab', 'reason', 'Please enter at least 3 characters.'],
    ['Reason', 'abcdefghijk', 'reason', 'Please enter no more than 10 characters.'],
    ['Days', '9', 'days', 'Please enter a number between 1 and 5.'],
    ['Days', '1.5', 'days', 'Please enter a whole number.'],
    ['Days', 'two', 'days', 'Please enter a number.'],
    ['Email', 'not-an-email', 'email', 'Please enter a valid email address.'],
    ['Link', 'javascript:alert(1)', 'link', 'Please enter a valid URL.'],
  ])('rejects %s = %j before submitting', (label, value, blockId, message) => {
    const { onSubmit } = renderModal();
    type('Reason', 'Family');
    type('Days', '2');
    fireEvent.click(screen.getByRole('combobox', { name: 'Kind' }));
    fireEvent.click(screen.getByRole('option', { name: 'Sick' }));
    type(label, value);
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const alert = screen.getByRole('alert');
    expect(alert.getAttribute('data-error-for')).toBe(blockId);
    expect(alert.textContent).toBe(message);
  });

  it('shows response_action errors from the app under the matching input', () => {
    renderModal({ inputErrors: { days: 'You only have 1 day left' } });
    const alert = screen.getByRole('alert');
    expect(alert.getAttribute('data-error-for')).toBe('days');
    expect(alert.textContent).toBe('You only have 1 day left');
  });

  it('sends view_closed on Close when the view asks for notify_on_close, then shows the modal closed', () => {
    const { onClose } = renderModal();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(lastPayload(onClose)).toMatchObject({
      type: 'view_closed',
      user,
      api_app_id: 'A1',
      is_cleared: false,
      view: { callback_id: 'leave_request', private_metadata: '{"channel":"C1"}' },
    });
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Reopen' }));
    expect(screen.getByRole('dialog', { name: 'Request leave' })).toBeTruthy();
  });

  it('sends nothing on Close when the view does not ask for notify_on_close', () => {
    const onClose = vi.fn();
    render(
      <BlockKitView
        surface="modal"
        view={{ ...modalView, notify_on_close: false }}
        viewer={viewer}
        onClose={onClose}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).not.toHaveBeenCalled();
  });

  it('sends block_actions with a view container from elements inside a modal', () => {
    const onAction = vi.fn();
    render(
      <BlockKitView
        surface="modal"
        view={{
          type: 'modal',
          id: 'V123',
          title: plain('Pick'),
          blocks: [
            {
              type: 'actions',
              block_id: 'a',
              elements: [{ type: 'button', action_id: 'b', text: plain('Hit') }],
            },
          ],
        }}
        viewer={viewer}
        onAction={onAction}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Hit' }));
    const payload = lastPayload(onAction);
    expect(payload.container).toEqual({ type: 'view', view_id: 'V123' });
    expect(payload).toMatchObject({ view: { id: 'V123', type: 'modal', state: { values: {} } } });
    expect(payload).not.toHaveProperty('channel');
  });
});

describe('modal stack', () => {
  const view = (title: string, id: string) => ({
    type: 'modal',
    id,
    title: plain(title),
    submit: plain('Next'),
    blocks: [
      {
        type: 'input',
        block_id: 'i',
        label: plain(`${title} field`),
        element: { type: 'plain_text_input', action_id: 't' },
      },
    ],
  });

  it('shows only the top view and goes back to the one underneath with the back arrow', () => {
    const onSubmit = vi.fn();
    render(
      <BlockKitView
        surface="modal"
        view={view('Third', 'V3')}
        stack={[view('First', 'V1'), view('Second', 'V2')]}
        viewer={viewer}
        onSubmit={onSubmit}
      />,
    );
    expect(screen.getAllByRole('dialog').map((dialog) => dialog.getAttribute('aria-label'))).toEqual([
      'Third',
    ]);
    type('Third field', 'x');
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(lastPayload(onSubmit).view).toMatchObject({
      id: 'V3',
      root_view_id: 'V1',
      previous_view_id: 'V2',
    });
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('dialog').getAttribute('aria-label')).toBe('Second');
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('dialog').getAttribute('aria-label')).toBe('First');
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
  });
});

describe('other state-holding elements', () => {
  it('puts picked files and rich text into view_submission state', () => {
    const onSubmit = vi.fn();
    render(
      <BlockKitView
        surface="modal"
        view={{
          type: 'modal',
          title: plain('Upload'),
          submit: plain('Save'),
          blocks: [
            {
              type: 'input',
              block_id: 'f',
              label: plain('Files'),
              element: { type: 'file_input', action_id: 'up', max_files: 2 },
            },
            {
              type: 'input',
              block_id: 'r',
              label: plain('Notes'),
              element: { type: 'rich_text_input', action_id: 'rt' },
            },
          ],
        }}
        viewer={viewer}
        onSubmit={onSubmit}
      />,
    );
    const file = new File(['hello'], 'notes.txt', { type: 'text/plain' });
    fireEvent.change(screen.getByLabelText('Files'), { target: { files: [file] } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Notes' }), { target: { value: 'Hi team' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((lastPayload(onSubmit).view as { state: unknown }).state).toEqual({
      values: {
        f: {
          up: {
            type: 'file_input',
            files: [
              {
                id: expect.stringMatching(/^F[0-9A-Z]{10}$/),
                name: 'notes.txt',
                title: 'notes.txt',
                mimetype: 'text/plain',
                filetype: 'txt',
                size: 5,
              },
            ],
          },
        },
        r: {
          rt: {
            type: 'rich_text_input',
            rich_text_value: {
              type: 'rich_text',
              elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text: 'Hi team' }] }],
            },
          },
        },
      },
    });
  });

  it('sends block_actions from the Home tab with a home view container', () => {
    const onAction = vi.fn();
    render(
      <BlockKitView
        surface="home"
        view={{
          type: 'home',
          blocks: [
            {
              type: 'actions',
              block_id: 'h',
              elements: [{ type: 'button', action_id: 'in', text: plain('Check in') }],
            },
          ],
        }}
        viewer={viewer}
        onAction={onAction}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Check in' }));
    const payload = lastPayload(onAction);
    expect(payload.container).toEqual({ type: 'view', view_id: expect.stringMatching(/^V/) });
    expect(payload.view).toMatchObject({ type: 'home', previous_view_id: null });
    expect(payload.view).not.toHaveProperty('title');
  });
});

describe('a modal updated in place', () => {
  const reason = (actionId: string) => ({
    type: 'input',
    block_id: 'reason',
    label: plain('Reason'),
    element: { type: 'plain_text_input', action_id: actionId },
  });
  const view = (blocks: unknown[]) => ({
    type: 'modal',
    id: 'V1',
    callback_id: 'cb',
    title: plain('Request'),
    submit: plain('Send'),
    blocks,
  });

  it('keeps what was typed in inputs whose block and action ids stay, as Slack does, and drops the rest', () => {
    const onSubmit = vi.fn();
    const { rerender } = render(
      <BlockKitView surface="modal" view={view([reason('text')])} viewer={viewer} onSubmit={onSubmit} />,
    );
    type('Reason', 'Family trip');
    const extra = { type: 'section', block_id: 'balance', text: { type: 'mrkdwn', text: '23 days left' } };
    rerender(
      <BlockKitView
        surface="modal"
        view={view([extra, reason('text')])}
        viewer={viewer}
        onSubmit={onSubmit}
      />,
    );
    expect(screen.getByRole('textbox', { name: 'Reason' })).toHaveProperty('value', 'Family trip');

    rerender(
      <BlockKitView surface="modal" view={view([reason('other')])} viewer={viewer} onSubmit={onSubmit} />,
    );
    expect(screen.getByRole('textbox', { name: 'Reason' })).toHaveProperty('value', '');
  });
});
