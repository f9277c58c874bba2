import { describe, expect, it } from 'vitest';
import { renderBlocks } from './render-helpers';

const plain = (text: string) => ({ type: 'plain_text', text });
const mrkdwn = (text: string) => ({ type: 'mrkdwn', text });

describe('blocks', () => {
  it('renders a section with text, two-column fields and an accessory', () => {
    const html = renderBlocks([
      {
        type: 'section',
        block_id: 'sec',
        text: mrkdwn('*Status*'),
        fields: [mrkdwn('*Type:*\nLeave'), plain('When: today')],
        accessory: { type: 'button', text: plain('Open'), action_id: 'open' },
      },
    ]);
    expect(html).toContain('data-block-type="section" data-block-id="sec"');
    expect(html).toContain('<strong>Status</strong>');
    expect(html).toContain('<strong>Type:</strong>\nLeave');
    expect(html).toContain('When: today');
    expect(html).toMatch(/<button[^>]*type="button"[^>]*>Open<\/button>/);
  });

  it('renders a header as a heading with plain text and emoji', () => {
    expect(
      renderBlocks([{ type: 'header', text: { type: 'plain_text', text: 'Hi :wave:', emoji: true } }]),
    ).toContain('<h3>Hi 👋</h3>');
  });

  it('keeps shortcodes in plain_text when emoji is false', () => {
    expect(
      renderBlocks([{ type: 'header', text: { type: 'plain_text', text: ':wave:', emoji: false } }]),
    ).toContain('<h3>:wave:</h3>');
  });

  it('renders a divider as a rule', () => {
    expect(renderBlocks([{ type: 'divider' }])).toContain('<hr/>');
  });

  it('renders an image block with its title and alt text', () => {
    const html = renderBlocks([
      { type: 'image', image_url: 'https://x.io/a.png', alt_text: 'A cat', title: plain('Cat') },
    ]);
    expect(html).toContain('<figcaption>Cat</figcaption>');
    expect(html).toContain('<img src="https://x.io/a.png" alt="A cat" loading="lazy"/>');
  });

  it('renders an image from a slack_file url', () => {
    expect(
      renderBlocks([{ type: 'image', slack_file: { url: 'https://files.slack.com/a.png' }, alt_text: 'f' }]),
    ).toContain('src="https://files.slack.com/a.png"');
  });

  it('renders a context block with small images and text', () => {
    const html = renderBlocks([
      {
        type: 'context',
        elements: [
          { type: 'image', image_url: 'https://x.io/i.png', alt_text: 'icon' },
          mrkdwn('Posted by <@U1>'),
        ],
      },
    ]);
    expect(html).toContain('alt="icon"');
    expect(html).toContain('Posted by <span data-mention="user" data-id="U1">@U1</span>');
  });

  it('renders an actions block with every element in order', () => {
    const html = renderBlocks([
      {
        type: 'actions',
        elements: [
          { type: 'button', text: plain('Approve'), style: 'primary', action_id: 'a' },
          { type: 'button', text: plain('Reject'), style: 'danger', action_id: 'r' },
        ],
      },
    ]);
    expect(html.indexOf('Approve')).toBeLessThan(html.indexOf('Reject'));
    expect(html).toContain('data-style="primary"');
    expect(html).toContain('data-style="danger"');
  });

  it('renders an input with label, optional marker and hint', () => {
    const html = renderBlocks(
      [
        {
          type: 'input',
          block_id: 'reason',
          optional: true,
          label: plain('Reason'),
          hint: plain('Keep it short'),
          element: { type: 'plain_text_input', action_id: 'text' },
        },
      ],
      { surface: 'modal' },
    );
    expect(html).toContain('Reason<span> (optional)</span>');
    expect(html).toContain('Keep it short');
    expect(html).toContain('<input aria-label="Reason"');
  });

  it('renders a remote file block as a card naming the file', () => {
    expect(renderBlocks([{ type: 'file', external_id: 'ABCD1', source: 'remote' }])).toContain('ABCD1');
  });

  it('renders a video block as a linked thumbnail with title and provider', () => {
    const html = renderBlocks([
      {
        type: 'video',
        title: plain('Demo'),
        title_url: 'https://v.io/demo',
        video_url: 'https://v.io/embed/demo',
        thumbnail_url: 'https://v.io/t.jpg',
        alt_text: 'demo video',
        provider_name: 'VidCo',
        description: plain('A demo'),
      },
    ]);
    expect(html).toContain('VidCo');
    expect(html).toContain('<a href="https://v.io/demo" target="_blank" rel="noopener noreferrer">Demo</a>');
    expect(html).toContain('href="https://v.io/embed/demo"');
    expect(html).toContain('A demo');
  });

  it('renders rich text sections with every inline style and element', () => {
    const html = renderBlocks(
      [
        {
          type: 'rich_text',
          elements: [
            {
              type: 'rich_text_section',
              elements: [
                { type: 'text', text: 'b', style: { bold: true } },
                { type: 'text', text: 'i', style: { italic: true } },
                { type: 'text', text: 's', style: { strike: true } },
                { type: 'text', text: 'c', style: { code: true } },
                { type: 'link', url: 'https://x.io', text: 'link' },
                { type: 'user', user_id: 'U1' },
                { type: 'channel', channel_id: 'C1' },
                { type: 'usergroup', usergroup_id: 'S1' },
                { type: 'broadcast', range: 'here' },
                { type: 'emoji', name: 'thumbsup', unicode: '1f44d' },
                { type: 'date', timestamp: 1700000000, format: '{date_num}' },
                { type: 'color', value: '#ff0000' },
              ],
            },
          ],
        },
      ],
      { resolver: { user: () => 'ada', channel: () => 'general', usergroup: () => 'admins' } },
    );
    expect(html).toContain('<strong>b</strong>');
    expect(html).toContain('<em>i</em>');
    expect(html).toContain('<del>s</del>');
    expect(html).toContain('<code>c</code>');
    expect(html).toContain('<a href="https://x.io" target="_blank" rel="noopener noreferrer">link</a>');
    expect(html).toContain('@ada');
    expect(html).toContain('#general');
    expect(html).toContain('@admins');
    expect(html).toContain('@here');
    expect(html).toContain('👍');
    expect(html).toContain('2023-11-14');
    expect(html).toContain('background:#ff0000');
  });

  it('renders rich text lists with style, indent and offset', () => {
    const item = (text: string) => ({ type: 'rich_text_section', elements: [{ type: 'text', text }] });
    const html = renderBlocks([
      {
        type: 'rich_text',
        elements: [
          { type: 'rich_text_list', style: 'bullet', elements: [item('one')] },
          { type: 'rich_text_list', style: 'bullet', indent: 1, elements: [item('nested')] },
          { type: 'rich_text_list', style: 'ordered', offset: 2, elements: [item('third')] },
        ],
      },
    ]);
    expect(html).toContain(
      '<ul style="margin-left:0px;list-style-type:disc" data-indent="0"><li>one</li></ul>',
    );
    expect(html).toContain(
      '<ul style="margin-left:28px;list-style-type:circle" data-indent="1"><li>nested</li></ul>',
    );
    expect(html).toContain(
      '<ol style="margin-left:0px;list-style-type:decimal" start="3" data-indent="0"><li>third</li></ol>',
    );
  });

  it('renders rich text quotes and preformatted text', () => {
    const html = renderBlocks([
      {
        type: 'rich_text',
        elements: [
          { type: 'rich_text_quote', elements: [{ type: 'text', text: 'quoted' }] },
          { type: 'rich_text_preformatted', elements: [{ type: 'text', text: 'let x = 1;' }] },
        ],
      },
    ]);
    expect(html).toContain('<blockquote>quoted</blockquote>');
    expect(html).toContain('<pre>let x = 1;</pre>');
  });

  it('renders a markdown block as standard Markdown', () => {
    const html = renderBlocks([
      {
        type: 'markdown',
        text: '# Title\n**bold** and *it* and [docs](https://d.io)\n\n- a\n- b\n\n```\ncode\n```',
      },
    ]);
    expect(html).toContain('<h1>Title</h1>');
    expect(html).toContain('<strong>bold</strong> and <em>it</em>');
    expect(html).toContain('<a href="https://d.io" target="_blank" rel="noopener noreferrer">docs</a>');
    expect(html).toContain('<ul><li>a</li><li>b</li></ul>');
    expect(html).toContain('<pre>code</pre>');
  });

  it('renders a table with a header row, rich text cells and column settings', () => {
    const html = renderBlocks([
      {
        type: 'table',
        column_settings: [{ align: 'right', is_wrapped: true }],
        rows: [
          [
            { type: 'raw_text', text: 'Name' },
            { type: 'raw_text', text: 'Link' },
          ],
          [
            { type: 'raw_text', text: 'Ada' },
            {
              type: 'rich_text',
              elements: [
                { type: 'rich_text_section', elements: [{ type: 'link', url: 'https://a.io', text: 'a' }] },
              ],
            },
          ],
        ],
      },
    ]);
    expect(html).toContain('<th style="text-align:right;white-space:normal">Name</th>');
    expect(html).toContain('<th style="text-align:left;white-space:nowrap">Link</th>');
    expect(html).toContain('<td style="text-align:right;white-space:normal">Ada</td>');
    expect(html).toContain('href="https://a.io"');
  });

  it('renders context_actions feedback and icon buttons', () => {
    const html = renderBlocks([
      {
        type: 'context_actions',
        elements: [
          {
            type: 'feedback_buttons',
            action_id: 'fb',
            positive_button: { text: plain('Good'), value: 'up' },
            negative_button: { text: plain('Bad'), value: 'down' },
          },
          { type: 'icon_button', icon: 'trash', text: plain('Delete'), action_id: 'del' },
        ],
      },
    ]);
    expect(html).toContain('aria-label="Good"');
    expect(html).toContain('aria-label="Bad"');
    expect(html).toContain('aria-label="Delete"');
  });

  it('renders alert, card, carousel, container, data_table, task_card and plan blocks', () => {
    const section = { type: 'rich_text_section', elements: [{ type: 'text', text: 'details' }] };
    const html = renderBlocks([
      { type: 'alert', level: 'warning', text: plain('Careful') },
      {
        type: 'card',
        title: mrkdwn('*Card title*'),
        body: mrkdwn('Body'),
        actions: [{ type: 'button', text: plain('Go') }],
      },
      {
        type: 'carousel',
        elements: [
          { type: 'card', title: mrkdwn('One') },
          { type: 'card', title: mrkdwn('Two') },
        ],
      },
      { type: 'container', title: plain('Group'), child_blocks: [{ type: 'section', text: plain('child') }] },
      {
        type: 'data_table',
        caption: 'People',
        rows: [[{ type: 'raw_text', text: 'Name' }], [{ type: 'raw_text', text: 'Ada' }]],
      },
      {
        type: 'task_card',
        task_id: 't1',
        title: 'Fetch',
        status: 'complete',
        details: { type: 'rich_text', elements: [section] },
      },
      {
        type: 'plan',
        title: 'Plan A',
        tasks: [{ type: 'task_card', task_id: 't2', title: 'Step 1', status: 'pending' }],
      },
    ]);
    for (const text of [
      'Careful',
      'Card title',
      'Go',
      'One',
      'Two',
      'Group',
      'child',
      'People',
      'Ada',
      'Fetch',
      'details',
      'Plan A',
      'Step 1',
    ]) {
      expect(html).toContain(text);
    }
    expect(html).not.toContain('data-unsupported');
  });

  it('shows a placeholder naming an unknown block type instead of crashing', () => {
    const html = renderBlocks([{ type: 'hologram' }, { type: 'section', text: plain('after') }]);
    expect(html).toContain('data-unsupported="hologram"');
    expect(html).toContain('hologram');
    expect(html).toContain('after');
  });

  it('shows a placeholder naming an unknown element type', () => {
    expect(renderBlocks([{ type: 'actions', elements: [{ type: 'teleporter' }] }])).toContain(
      'data-unsupported="teleporter"',
    );
  });

  it('survives blocks with fields of the wrong shape', () => {
    const html = renderBlocks([
      { type: 'section', text: 42, fields: 'nope', accessory: [] },
      { type: 'context', elements: null },
      { type: 'actions', elements: [null, 3, 'x'] },
      { type: 'input', label: null, element: 'x' },
      { type: 'rich_text', elements: [{ type: 'rich_text_list', elements: 'x' }] },
      { type: 'table', rows: [null, ['x']] },
      null,
      'string block',
    ]);
    expect(html).toContain('data-block-type="section"');
  });

  it('generates Slack-like block ids that stay the same from render to render', () => {
    const blocks = [{ type: 'section', text: plain('a') }, { type: 'divider' }];
    const first = renderBlocks(blocks);
    const ids = [...first.matchAll(/data-block-id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    expect(ids[0]).toMatch(/^[0-9A-Za-z]{4}$/);
    expect(renderBlocks(blocks)).toBe(first);
  });

  it('pins validation errors under the block their pointer names', () => {
    const html = renderBlocks([{ type: 'divider' }, { type: 'section', text: plain('x') }], {
      errors: [
        {
          pointer: '/blocks/1/text/text',
          message: 'must be less than 3001 characters',
          code: 'invalid_blocks',
        },
      ],
    });
    const second = html.slice(html.indexOf('data-block-index="1"'));
    expect(second).toContain('/blocks/1/text/text: must be less than 3001 characters');
    expect(html.slice(0, html.indexOf('data-block-index="1"'))).not.toContain('must be less');
  });
});
