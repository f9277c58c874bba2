import fc from 'fast-check';
import { Window } from 'happy-dom';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BlockKitView, renderMrkdwn, validateSurface } from '@/components/block-kit';
import { markup, renderBlocks } from './render-helpers';

const payloads = [
  '<script>alert(1)</script>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '<img src=x onerror=alert(1)>',
  '<javascript:alert(1)|click me>',
  '<data:text/html;base64,PHNjcmlwdD4=|data link>',
  '"><svg onload=alert(1)>',
];
const evil = payloads.join(' ');
const plain = (text = evil) => ({ type: 'plain_text', text });
const mrkdwn = (text = evil) => ({ type: 'mrkdwn', text });
const option = (value: string) => ({
  text: plain(),
  value,
  description: plain(),
  url: 'javascript:alert(1)',
});
const confirm = { title: plain(), text: mrkdwn(), confirm: plain(), deny: plain() };

/** Every block and element, with the attack strings in every text field and URL Slack accepts. */
const everything = [
  {
    type: 'section',
    text: mrkdwn(),
    fields: [mrkdwn(), plain()],
    accessory: { type: 'button', text: plain(), url: 'javascript:alert(1)', value: evil, confirm },
  },
  { type: 'header', text: plain() },
  { type: 'image', image_url: 'javascript:alert(1)', alt_text: evil, title: plain() },
  { type: 'image', image_url: 'data:image/svg+xml,<svg onload=alert(1)>', alt_text: evil },
  {
    type: 'context',
    elements: [mrkdwn(), plain(), { type: 'image', image_url: 'javascript:x', alt_text: evil }],
  },
  {
    type: 'actions',
    elements: [
      { type: 'static_select', placeholder: plain(), options: [option('a')] },
      { type: 'overflow', options: [option('a'), option('b')] },
      { type: 'checkboxes', options: [{ text: mrkdwn(), value: 'c', description: mrkdwn() }] },
      { type: 'radio_buttons', options: [{ text: mrkdwn(), value: 'r' }] },
      { type: 'workflow_button', text: plain(), workflow: {} },
      { type: 'users_select', initial_user: evil, placeholder: plain() },
    ],
  },
  {
    type: 'input',
    label: plain(),
    hint: plain(),
    element: { type: 'plain_text_input', placeholder: plain(), initial_value: evil },
  },
  { type: 'file', external_id: evil, source: 'remote' },
  {
    type: 'video',
    title: plain(),
    title_url: 'javascript:alert(1)',
    video_url: 'javascript:alert(1)',
    thumbnail_url: 'javascript:alert(1)',
    alt_text: evil,
    description: plain(),
    provider_name: evil,
    provider_icon_url: 'javascript:alert(1)',
    author_name: evil,
  },
  {
    type: 'rich_text',
    elements: [
      {
        type: 'rich_text_section',
        elements: [
          { type: 'text', text: evil, style: { bold: true } },
          { type: 'link', url: 'javascript:alert(1)', text: evil },
          { type: 'date', timestamp: 1700000000, format: evil, url: 'javascript:alert(1)' },
          { type: 'color', value: 'red;background:url(javascript:alert(1))' },
          { type: 'emoji', name: evil },
          { type: 'user', user_id: evil },
        ],
      },
      { type: 'rich_text_preformatted', elements: [{ type: 'text', text: evil }] },
    ],
  },
  {
    type: 'markdown',
    text: `${evil}\n[x](javascript:alert(1)) ![y](data:image/png;base64,AA) <b onclick=alert(1)>b</b>`,
  },
  { type: 'table', rows: [[{ type: 'raw_text', text: evil }]] },
  { type: 'alert', text: mrkdwn() },
  {
    type: 'card',
    title: mrkdwn(),
    body: mrkdwn(),
    hero_image: { type: 'image', image_url: 'javascript:x', alt_text: evil },
  },
  { type: evil },
];

const window = new Window();

/** Parses the markup like a browser would and checks every element and attribute it produced. */
function assertInert(html: string) {
  const host = window.document.createElement('div');
  host.innerHTML = html;
  for (const element of host.querySelectorAll('*')) {
    expect(['SCRIPT', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'STYLE'], html).not.toContain(
      element.tagName.toUpperCase(),
    );
    for (const { name, value } of Array.from(element.attributes)) {
      expect(name.toLowerCase().startsWith('on'), `${name}=${value}`).toBe(false);
      if (name === 'href') expect(value).toMatch(/^(https?:|mailto:|slack:)/);
      if (name === 'src') expect(value).toMatch(/^https?:/);
      if (name === 'style') expect(value).not.toMatch(/url\(|javascript/i);
    }
  }
}

describe('untrusted text stays text', () => {
  it('has a checker that catches scripts, handlers and unsafe links', () => {
    expect(() => assertInert('<script>x</script>')).toThrow();
    expect(() => assertInert('<img src="https://a.io" onerror="x">')).toThrow();
    expect(() => assertInert('<a href="javascript:x">x</a>')).toThrow();
    expect(() => assertInert('<img src="data:image/png;base64,AA">')).toThrow();
    expect(() => assertInert('<span title="&lt;img onerror=x&gt;">ok</span>')).not.toThrow();
  });

  it.each(['message', 'modal', 'home'] as const)(
    'renders every field of every block inert on a %s',
    (surface) => {
      const html = renderBlocks(everything, { surface });
      assertInert(html);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    },
  );

  it('shows a javascript: link as its label, without an anchor', () => {
    const html = markup(renderMrkdwn('<javascript:alert(1)|click me>'));
    expect(html).toBe('click me');
  });

  it('shows a data: link as its label, without an anchor', () => {
    expect(markup(renderMrkdwn('<data:text/html,hi|x>'))).toBe('x');
  });

  it('keeps markup inert in the message text fallback, modal title and buttons', () => {
    const html = renderToStaticMarkup(
      <>
        <BlockKitView
          surface="message"
          view={{ text: evil }}
          message={{ appName: evil, iconUrl: 'javascript:x' }}
        />
        <BlockKitView
          surface="modal"
          view={{ type: 'modal', title: plain(), submit: plain(), close: plain(), blocks: [] }}
        />
      </>,
    );
    assertInert(html);
  });

  it('never produces a tag, handler or unsafe link from any mrkdwn string', () => {
    const alphabet = fc.constantFrom(
      ...'<>|@#!^*_~`:&;/\\" \n=abcjsvrtpx12'.split(''),
      'javascript:',
      'https://',
      'script',
      'onerror=',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (parts) => {
        assertInert(markup(renderMrkdwn(parts.join(''))));
      }),
      { numRuns: 300 },
    );
  });
});

describe('malformed input never crashes', () => {
  const types = [
    'section',
    'header',
    'divider',
    'image',
    'context',
    'actions',
    'input',
    'file',
    'video',
    'rich_text',
    'markdown',
    'table',
    'context_actions',
    'alert',
    'card',
    'carousel',
    'container',
    'data_table',
    'task_card',
    'plan',
    'unknown',
  ];
  const elementTypes = [
    'button',
    'static_select',
    'multi_static_select',
    'users_select',
    'overflow',
    'checkboxes',
    'radio_buttons',
    'datepicker',
    'timepicker',
    'datetimepicker',
    'plain_text_input',
    'number_input',
    'file_input',
    'rich_text_input',
    'external_select',
    'conversations_select',
    'channels_select',
    'image',
    'workflow_button',
    'feedback_buttons',
  ];
  const anyValue = fc.jsonValue({ maxDepth: 3 });
  const element = fc.record(
    { type: fc.constantFrom(...elementTypes), text: anyValue, options: anyValue, action_id: anyValue },
    { requiredKeys: ['type'] },
  );
  const block = fc.record(
    {
      type: fc.constantFrom(...types),
      block_id: anyValue,
      text: fc.oneof(
        anyValue,
        fc.record({ type: fc.constantFrom('mrkdwn', 'plain_text'), text: fc.string() }),
      ),
      fields: anyValue,
      elements: fc.oneof(anyValue, fc.array(fc.oneof(element, anyValue), { maxLength: 4 })),
      element: fc.oneof(element, anyValue),
      accessory: fc.oneof(element, anyValue),
      rows: anyValue,
      label: anyValue,
    },
    { requiredKeys: ['type'] },
  );

  it('renders and validates any mix of block-shaped JSON on every surface', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(block, anyValue), { maxLength: 6 }), (blocks) => {
        for (const surface of ['message', 'modal', 'home'] as const) {
          const view =
            surface === 'message'
              ? { text: 'x', blocks }
              : { type: surface, title: { type: 'plain_text', text: 'T' }, blocks };
          renderToStaticMarkup(<BlockKitView surface={surface} view={view} />);
          validateSurface(surface, view);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('renders any JSON value passed as the view', () => {
    fc.assert(
      fc.property(anyValue, (view) => {
        renderToStaticMarkup(<BlockKitView surface="message" view={view} />);
        renderToStaticMarkup(<BlockKitView surface="modal" view={view} stack={[view]} />);
        renderToStaticMarkup(<BlockKitView surface="home" view={view} />);
      }),
      { numRuns: 200 },
    );
  });
});
