import { describe, expect, it } from 'vitest';
import { renderBlocks } from './render-helpers';

const plain = (text: string) => ({ type: 'plain_text', text });
const option = (text: string, value: string) => ({ text: plain(text), value });

/** Renders one element in the block Slack allows it in, on the surface it needs. */
function element(el: Record<string, unknown>, surface: 'message' | 'modal' = 'message'): string {
  const block =
    surface === 'modal'
      ? { type: 'input', block_id: 'b', label: plain('Field'), element: { action_id: 'a', ...el } }
      : { type: 'actions', block_id: 'b', elements: [{ action_id: 'a', ...el }] };
  return renderBlocks([block], {
    surface,
    viewer: { userId: 'U', userName: 'u', teamId: 'T', timeZone: 'Asia/Tokyo' },
  });
}

describe('elements on the server', () => {
  it('renders default, primary and danger buttons with their accessibility label', () => {
    expect(element({ type: 'button', text: plain('Plain') })).toMatch(
      /<button type="button">Plain<\/button>/,
    );
    expect(element({ type: 'button', text: plain('Go'), style: 'primary' })).toContain(
      'data-style="primary"',
    );
    expect(
      element({ type: 'button', text: plain('Stop'), style: 'danger', accessibility_label: 'Stop it' }),
    ).toContain('data-style="danger" aria-label="Stop it"');
  });

  it('renders a workflow button with its label', () => {
    expect(element({ type: 'workflow_button', text: plain('Run'), workflow: {} })).toContain('Run</button>');
  });

  it('renders an overflow menu closed, as a "More actions" button', () => {
    const html = element({ type: 'overflow', options: [option('A', 'a'), option('B', 'b')] });
    expect(html).toContain('aria-label="More actions"');
    expect(html).not.toContain('role="menu"');
  });

  it('shows the initial option of a static select, or its placeholder', () => {
    expect(
      element({ type: 'static_select', placeholder: plain('Pick'), options: [option('A', 'a')] }),
    ).toContain('<span>Pick</span>');
    expect(
      element({
        type: 'static_select',
        options: [option('A', 'a'), option('B', 'b')],
        initial_option: option('B', 'b'),
      }),
    ).toMatch(/role="combobox"[^>]*><span>B<\/span>/);
  });

  it('shows initial options of multi selects as removable tokens', () => {
    const html = element({
      type: 'multi_static_select',
      options: [option('A', 'a'), option('B', 'b')],
      initial_options: [option('A', 'a'), option('B', 'b')],
    });
    expect(html).toContain('aria-label="Remove A"');
    expect(html).toContain('aria-label="Remove B"');
  });

  it('shows the initial option of an external select', () => {
    expect(element({ type: 'external_select', initial_option: option('Remote', 'r') })).toContain(
      '<span>Remote</span>',
    );
    expect(element({ type: 'multi_external_select', initial_options: [option('R1', 'r1')] })).toContain(
      'Remove R1',
    );
  });

  it('shows initial users, conversations and channels by id when no resolver knows them', () => {
    expect(element({ type: 'users_select', initial_user: 'U42' })).toContain('<span>@U42</span>');
    expect(element({ type: 'conversations_select', initial_conversation: 'C42' })).toContain(
      '<span>#C42</span>',
    );
    expect(element({ type: 'multi_channels_select', initial_channels: ['C1', 'C2'] })).toContain(
      'Remove #C2',
    );
  });

  it('ticks the initial checkboxes and radio button', () => {
    const checks = element({
      type: 'checkboxes',
      options: [option('A', 'a'), option('B', 'b')],
      initial_options: [option('B', 'b')],
    });
    expect(checks).toContain('<input type="checkbox"/><span><span>A</span>');
    expect(checks).toContain('<input type="checkbox" checked=""/><span><span>B</span>');
    const radios = element({
      type: 'radio_buttons',
      options: [option('A', 'a')],
      initial_option: option('A', 'a'),
    });
    expect(radios).toMatch(/<input type="radio" name="[^"]+" checked=""\/>/);
  });

  it('renders mrkdwn option text and descriptions in checkboxes', () => {
    const html = element({
      type: 'checkboxes',
      options: [
        {
          text: { type: 'mrkdwn', text: '*Bold*' },
          value: 'x',
          description: { type: 'mrkdwn', text: '_why_' },
        },
      ],
    });
    expect(html).toContain('<strong>Bold</strong>');
    expect(html).toContain('<em>why</em>');
  });

  it('fills pickers with their initial date, time and date-time in the viewer zone', () => {
    expect(element({ type: 'datepicker', initial_date: '2024-05-06' })).toContain(
      'type="date" aria-label="Select a date" value="2024-05-06"',
    );
    expect(element({ type: 'timepicker', initial_time: '08:15', timezone: 'Asia/Tokyo' })).toContain(
      'value="08:15"',
    );
    // 1700000000 is 2023-11-15 07:13 in Tokyo.
    const both = element({ type: 'datetimepicker', initial_date_time: 1700000000 });
    expect(both).toContain('value="2023-11-15"');
    expect(both).toContain('value="07:13"');
  });

  it('renders text inputs with initial value, placeholder and the right keyboard', () => {
    expect(
      element({ type: 'plain_text_input', initial_value: 'hi', placeholder: plain('Say') }, 'modal'),
    ).toContain('<input aria-label="Field" placeholder="Say" type="text" value="hi"/>');
    expect(element({ type: 'plain_text_input', multiline: true }, 'modal')).toContain(
      '<textarea aria-label="Field" rows="4">',
    );
    expect(element({ type: 'email_text_input' }, 'modal')).toContain('type="email"');
    expect(element({ type: 'url_text_input' }, 'modal')).toContain('type="url"');
    expect(element({ type: 'number_input', is_decimal_allowed: true }, 'modal')).toContain(
      'inputMode="decimal"',
    );
    expect(
      element({ type: 'number_input', is_decimal_allowed: false, initial_value: '3' }, 'modal'),
    ).toContain('type="text" inputMode="numeric" value="3"');
  });

  it('limits the file picker to the allowed file types and count', () => {
    const html = element({ type: 'file_input', filetypes: ['png', 'jpg'], max_files: 1 }, 'modal');
    expect(html).toContain('accept=".png,.jpg"');
    expect(html).not.toContain('multiple');
  });

  it('shows the text of a rich text input initial value', () => {
    const initial = {
      type: 'rich_text',
      elements: [
        {
          type: 'rich_text_section',
          elements: [
            { type: 'text', text: 'Hello ' },
            { type: 'emoji', name: 'wave' },
          ],
        },
      ],
    };
    expect(element({ type: 'rich_text_input', initial_value: initial }, 'modal')).toContain(
      '>Hello :wave:</textarea>',
    );
  });

  it('renders an image element as a section accessory', () => {
    const html = renderBlocks([
      {
        type: 'section',
        text: plain('t'),
        accessory: { type: 'image', image_url: 'https://a.io/p.png', alt_text: 'pic' },
      },
    ]);
    expect(html).toContain('<img src="https://a.io/p.png" alt="pic"/>');
  });
});
