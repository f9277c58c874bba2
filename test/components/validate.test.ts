import { describe, expect, it } from 'vitest';
import { validateSurface } from '@/components/block-kit';

const plain = (text: string) => ({ type: 'plain_text', text });
const mrkdwn = (text: string) => ({ type: 'mrkdwn', text });
const x = (n: number) => 'x'.repeat(n);
const message = (blocks: unknown[]) => ({ text: 'fallback', blocks });
const modal = (blocks: unknown[], extra: Record<string, unknown> = {}) => ({
  type: 'modal',
  title: plain('Title'),
  submit: plain('Save'),
  blocks,
  ...extra,
});
const button = (extra: Record<string, unknown> = {}) => ({
  type: 'button',
  text: plain('Go'),
  action_id: 'go',
  ...extra,
});
const option = (text: string, value: string) => ({ text: plain(text), value });
const options = (n: number) => Array.from({ length: n }, (_, i) => option(`o${i}`, `v${i}`));

/** Pointer → message pairs, so each case states exactly what it expects. */
function errors(surface: 'message' | 'modal' | 'home', view: unknown): string[] {
  return validateSurface(surface, view).map((error) => `${error.pointer} ${error.message}`);
}

describe('validateSurface', () => {
  it('accepts a valid message, modal and Home tab', () => {
    expect(validateSurface('message', message([{ type: 'section', text: mrkdwn('hi') }]))).toEqual([]);
    expect(
      validateSurface(
        'modal',
        modal([{ type: 'input', label: plain('L'), element: { type: 'plain_text_input' } }]),
      ),
    ).toEqual([]);
    expect(validateSurface('home', { type: 'home', blocks: [{ type: 'divider' }] })).toEqual([]);
  });

  it('returns errors shaped like blocks.validate', () => {
    expect(validateSurface('message', message([{ type: 'section', text: mrkdwn(x(3001)) }]))).toEqual([
      {
        pointer: '/blocks/0/text/text',
        message: 'must be less than 3001 characters',
        code: 'invalid_blocks',
      },
    ]);
  });

  it('limits messages to 50 blocks and views to 100', () => {
    const blocks = (n: number) => Array.from({ length: n }, () => ({ type: 'divider' }));
    expect(errors('message', message(blocks(50)))).toEqual([]);
    expect(errors('message', message(blocks(51)))).toEqual([
      '/blocks must provide an array with no more than 50 items',
    ]);
    expect(errors('modal', modal(blocks(100)))).toEqual([]);
    expect(errors('modal', modal(blocks(101)))).toEqual([
      '/blocks must provide an array with no more than 100 items',
    ]);
    expect(errors('home', { type: 'home', blocks: blocks(101) })).toEqual([
      '/blocks must provide an array with no more than 100 items',
    ]);
  });

  it('rejects block types a surface does not offer', () => {
    expect(errors('modal', modal([{ type: 'file', external_id: 'F', source: 'remote' }]))).toEqual([
      '/blocks/0/type file blocks are not available in modal surfaces',
    ]);
    expect(errors('home', { type: 'home', blocks: [{ type: 'markdown', text: 'hi' }] })).toEqual([
      '/blocks/0/type markdown blocks are not available in home surfaces',
    ]);
    expect(errors('modal', modal([{ type: 'table', rows: [[{ type: 'raw_text', text: 'a' }]] }]))).toEqual([
      '/blocks/0/type table blocks are not available in modal surfaces',
    ]);
  });

  it('allows input blocks in messages but not the modal-only input elements', () => {
    const input = (element: Record<string, unknown>) => ({ type: 'input', label: plain('L'), element });
    expect(errors('message', message([input({ type: 'plain_text_input' })]))).toEqual([]);
    expect(errors('message', message([input({ type: 'email_text_input' })]))).toEqual([
      '/blocks/0/element/type email_text_input is not available in message surfaces',
    ]);
    expect(errors('message', message([input({ type: 'file_input' })]))).toEqual([
      '/blocks/0/element/type file_input is not available in message surfaces',
    ]);
    expect(errors('message', message([input({ type: 'rich_text_input' })]))).toEqual([
      '/blocks/0/element/type rich_text_input is not available in message surfaces',
    ]);
  });

  it('names unknown block types', () => {
    expect(errors('message', message([{ type: 'hologram' }]))).toEqual([
      '/blocks/0/type unknown block type hologram',
    ]);
  });

  it('requires plain_text of at most 150 characters in a header', () => {
    expect(errors('message', message([{ type: 'header', text: plain(x(150)) }]))).toEqual([]);
    expect(errors('message', message([{ type: 'header', text: plain(x(151)) }]))).toEqual([
      '/blocks/0/text/text must be less than 151 characters',
    ]);
    expect(errors('message', message([{ type: 'header', text: mrkdwn('*x*') }]))).toEqual([
      '/blocks/0/text/type must be plain_text',
    ]);
  });

  it('limits section text to 3000 and fields to 10 of 2000 characters each', () => {
    expect(errors('message', message([{ type: 'section', text: mrkdwn(x(3000)) }]))).toEqual([]);
    expect(
      errors(
        'message',
        message([{ type: 'section', fields: Array.from({ length: 11 }, () => mrkdwn('f')) }]),
      ),
    ).toEqual(['/blocks/0/fields must provide an array with no more than 10 items']);
    expect(
      errors('message', message([{ type: 'section', fields: [mrkdwn('ok'), mrkdwn(x(2001))] }])),
    ).toEqual(['/blocks/0/fields/1/text must be less than 2001 characters']);
    expect(errors('message', message([{ type: 'section' }]))).toEqual([
      '/blocks/0 must provide text or fields',
    ]);
  });

  it('limits block_id to 255 characters and requires it to be unique', () => {
    expect(errors('message', message([{ type: 'divider', block_id: x(256) }]))).toEqual([
      '/blocks/0/block_id must be less than 256 characters',
    ]);
    expect(
      errors(
        'message',
        message([
          { type: 'divider', block_id: 'a' },
          { type: 'divider', block_id: 'b' },
          { type: 'divider', block_id: 'a' },
        ]),
      ),
    ).toEqual(['/blocks/2/block_id must be unique (also used by /blocks/0)']);
  });

  it('limits action_id to 255 characters and requires it to be unique within a block', () => {
    expect(
      errors('message', message([{ type: 'actions', elements: [button({ action_id: x(256) })] }])),
    ).toEqual(['/blocks/0/elements/0/action_id must be less than 256 characters']);
    expect(errors('message', message([{ type: 'actions', elements: [button(), button()] }]))).toEqual([
      '/blocks/0/elements/1/action_id must be unique within the block',
    ]);
  });

  it('limits actions to 25 elements and context to 10', () => {
    const buttons = (n: number) => Array.from({ length: n }, (_, i) => button({ action_id: `b${i}` }));
    expect(errors('message', message([{ type: 'actions', elements: buttons(25) }]))).toEqual([]);
    expect(errors('message', message([{ type: 'actions', elements: buttons(26) }]))).toEqual([
      '/blocks/0/elements must provide an array with no more than 25 items',
    ]);
    expect(
      errors(
        'message',
        message([{ type: 'context', elements: Array.from({ length: 11 }, () => mrkdwn('c')) }]),
      ),
    ).toEqual(['/blocks/0/elements must provide an array with no more than 10 items']);
  });

  it('limits button text to 75, value to 2000 and url to 3000 characters', () => {
    const actions = (b: Record<string, unknown>) => message([{ type: 'actions', elements: [button(b)] }]);
    expect(errors('message', actions({ text: plain(x(76)) }))).toEqual([
      '/blocks/0/elements/0/text/text must be less than 76 characters',
    ]);
    expect(errors('message', actions({ value: x(2001) }))).toEqual([
      '/blocks/0/elements/0/value must be less than 2001 characters',
    ]);
    expect(errors('message', actions({ url: `https://${x(3000)}` }))).toEqual([
      '/blocks/0/elements/0/url must be less than 3001 characters',
    ]);
    expect(errors('message', actions({ text: mrkdwn('*b*') }))).toEqual([
      '/blocks/0/elements/0/text/type must be plain_text',
    ]);
  });

  it('limits option text to 75 and value to 150 characters, plain_text only in selects', () => {
    const select = (opts: unknown[]) =>
      message([{ type: 'actions', elements: [{ type: 'static_select', action_id: 's', options: opts }] }]);
    expect(errors('message', select([option(x(76), 'v')]))).toEqual([
      '/blocks/0/elements/0/options/0/text/text must be less than 76 characters',
    ]);
    expect(errors('message', select([option('t', x(151))]))).toEqual([
      '/blocks/0/elements/0/options/0/value must be less than 151 characters',
    ]);
    expect(errors('message', select([{ text: mrkdwn('*t*'), value: 'v' }]))).toEqual([
      '/blocks/0/elements/0/options/0/text/type must be plain_text',
    ]);
  });

  it('limits static selects to 100 options and 100 option groups', () => {
    const select = (extra: Record<string, unknown>) =>
      message([{ type: 'actions', elements: [{ type: 'static_select', action_id: 's', ...extra }] }]);
    expect(errors('message', select({ options: options(100) }))).toEqual([]);
    expect(errors('message', select({ options: options(101) }))).toEqual([
      '/blocks/0/elements/0/options must provide an array with no more than 100 items',
    ]);
    const groups = Array.from({ length: 101 }, () => ({ label: plain('g'), options: options(1) }));
    expect(errors('message', select({ option_groups: groups }))).toEqual([
      '/blocks/0/elements/0/option_groups must provide an array with no more than 100 items',
    ]);
    expect(errors('message', select({}))).toEqual([
      '/blocks/0/elements/0/options is required when option_groups is not provided',
    ]);
  });

  it('requires 2 to 5 overflow options and at most 10 checkboxes or radio buttons', () => {
    const el = (element: Record<string, unknown>) => message([{ type: 'actions', elements: [element] }]);
    expect(errors('message', el({ type: 'overflow', action_id: 'o', options: options(1) }))).toEqual([
      '/blocks/0/elements/0/options must provide an array with at least 2 items',
    ]);
    expect(errors('message', el({ type: 'overflow', action_id: 'o', options: options(6) }))).toEqual([
      '/blocks/0/elements/0/options must provide an array with no more than 5 items',
    ]);
    expect(errors('message', el({ type: 'checkboxes', action_id: 'c', options: options(11) }))).toEqual([
      '/blocks/0/elements/0/options must provide an array with no more than 10 items',
    ]);
    expect(errors('message', el({ type: 'radio_buttons', action_id: 'r', options: options(11) }))).toEqual([
      '/blocks/0/elements/0/options must provide an array with no more than 10 items',
    ]);
  });

  it('limits image alt_text to 2000 and image_url to 3000 characters', () => {
    expect(
      errors('message', message([{ type: 'image', image_url: `https://${x(2993)}`, alt_text: x(2001) }])),
    ).toEqual([
      '/blocks/0/image_url must be less than 3001 characters',
      '/blocks/0/alt_text must be less than 2001 characters',
    ]);
    expect(errors('message', message([{ type: 'image', image_url: 'https://a.io/a.png' }]))).toEqual([
      '/blocks/0/alt_text is required',
    ]);
  });

  it('limits input labels and hints to 2000 characters and placeholders to 150', () => {
    expect(
      errors(
        'modal',
        modal([
          {
            type: 'input',
            label: plain(x(2001)),
            hint: plain(x(2001)),
            element: { type: 'plain_text_input', placeholder: plain(x(151)) },
          },
        ]),
      ),
    ).toEqual([
      '/blocks/0/label/text must be less than 2001 characters',
      '/blocks/0/hint/text must be less than 2001 characters',
      '/blocks/0/element/placeholder/text must be less than 151 characters',
    ]);
  });

  it('requires a plain_text modal title of at most 24 characters and limits submit and close', () => {
    expect(
      errors('modal', modal([], { title: plain(x(25)), submit: plain(x(25)), close: plain(x(25)) })),
    ).toEqual([
      '/title/text must be less than 25 characters',
      '/submit/text must be less than 25 characters',
      '/close/text must be less than 25 characters',
    ]);
    expect(errors('modal', modal([], { title: undefined }))).toEqual(['/title is required']);
    expect(validateSurface('modal', modal([], { title: mrkdwn('x') }))[0]).toEqual({
      pointer: '/title/type',
      message: 'must be plain_text',
      code: 'invalid_arguments',
    });
  });

  it('limits private_metadata to 3000 and callback_id to 255 characters', () => {
    expect(errors('modal', modal([], { private_metadata: x(3001), callback_id: x(256) }))).toEqual([
      '/private_metadata must be less than 3001 characters',
      '/callback_id must be less than 256 characters',
    ]);
  });

  it('requires submit when a modal has input blocks', () => {
    const view = modal([{ type: 'input', label: plain('L'), element: { type: 'plain_text_input' } }], {
      submit: undefined,
    });
    expect(validateSurface('modal', view)).toEqual([
      {
        pointer: '/submit',
        message: 'is required when the view contains input blocks',
        code: 'invalid_arguments',
      },
    ]);
  });

  it('asks messages with blocks for a text fallback and requires text without blocks', () => {
    expect(errors('message', { blocks: [{ type: 'divider' }] })).toEqual([
      '/text should be provided as the notification fallback for blocks',
    ]);
    expect(errors('message', {})).toEqual(['/text is required when no blocks are provided']);
    expect(errors('message', { text: 'just text' })).toEqual([]);
  });

  it('requires the view type that matches the surface', () => {
    expect(errors('home', { type: 'modal', blocks: [] })).toEqual(['/type must be home']);
  });

  it('checks plain_text_input lengths, number bounds and picker formats', () => {
    const input = (element: Record<string, unknown>) =>
      modal([{ type: 'input', label: plain('L'), element }]);
    expect(errors('modal', input({ type: 'plain_text_input', min_length: 3001 }))).toEqual([
      '/blocks/0/element/min_length must be between 0 and 3000',
    ]);
    expect(
      errors(
        'modal',
        input({ type: 'number_input', is_decimal_allowed: false, min_value: '5', max_value: '1' }),
      ),
    ).toEqual(['/blocks/0/element/min_value must not exceed max_value']);
    expect(errors('modal', input({ type: 'number_input' }))).toEqual([
      '/blocks/0/element/is_decimal_allowed is required',
    ]);
    expect(errors('modal', input({ type: 'datepicker', initial_date: '05/03/2024' }))).toEqual([
      '/blocks/0/element/initial_date must be in the format YYYY-MM-DD',
    ]);
    expect(errors('modal', input({ type: 'timepicker', initial_time: '25:00' }))).toEqual([
      '/blocks/0/element/initial_time must be in the format HH:mm',
    ]);
    expect(errors('modal', input({ type: 'file_input', max_files: 11 }))).toEqual([
      '/blocks/0/element/max_files must be between 1 and 10',
    ]);
  });

  it('rejects elements a block does not accept', () => {
    expect(
      errors('modal', modal([{ type: 'actions', elements: [{ type: 'plain_text_input', action_id: 'p' }] }])),
    ).toEqual(['/blocks/0/elements/0/type plain_text_input is not allowed in a actions block']);
  });

  it('checks confirmation dialog limits', () => {
    const confirm = { title: plain(x(101)), text: mrkdwn(x(301)), confirm: plain(x(31)), deny: plain('No') };
    expect(errors('message', message([{ type: 'actions', elements: [button({ confirm })] }]))).toEqual([
      '/blocks/0/elements/0/confirm/title/text must be less than 101 characters',
      '/blocks/0/elements/0/confirm/text/text must be less than 301 characters',
      '/blocks/0/elements/0/confirm/confirm/text must be less than 31 characters',
    ]);
  });

  it('never throws on input that is not Block Kit at all', () => {
    for (const view of [null, 3, 'x', [], { blocks: 'x' }, { blocks: [null, 1, [], { type: 5 }] }]) {
      expect(() => validateSurface('message', view)).not.toThrow();
      expect(() => validateSurface('modal', view)).not.toThrow();
    }
    expect(errors('message', { text: 't', blocks: [null] })).toEqual(['/blocks/0 must be a block object']);
  });
});
