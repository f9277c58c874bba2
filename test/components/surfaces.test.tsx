import { describe, expect, it } from 'vitest';
import { BlockKitView } from '@/components/block-kit';
import { markup, renderBlocks } from './render-helpers';

const plain = (text: string) => ({ type: 'plain_text', text });

describe('message frame', () => {
  it('shows the avatar, app name, APP badge and the time in the viewer zone', () => {
    const html = markup(
      <BlockKitView
        surface="message"
        view={{ text: 'Hello *there*' }}
        message={{ appName: 'Homeroom', ts: '1700000000.000100', iconUrl: 'https://a.io/icon.png' }}
        viewer={{ userId: 'U1', userName: 'ada', teamId: 'T1', timeZone: 'Europe/Paris' }}
      />,
    );
    expect(html).toContain('<img src="https://a.io/icon.png" alt="" width="36" height="36"/>');
    expect(html).toContain('<span>Homeroom</span><span>APP</span>');
    expect(html).toContain('>11:13 PM</time>');
  });

  it('renders the text as mrkdwn when there are no blocks', () => {
    expect(markup(<BlockKitView surface="message" view={{ text: 'Hello *there*' }} />)).toContain(
      'Hello <strong>there</strong>',
    );
  });

  it('uses blocks instead of the text fallback when both are present', () => {
    const html = renderBlocks([{ type: 'section', text: plain('from blocks') }]);
    expect(html).toContain('from blocks');
    expect(html).not.toContain('fallback');
  });

  it('marks ephemeral messages as only visible to you and edited ones as edited', () => {
    const html = markup(
      <BlockKitView surface="message" view={{ text: 'x' }} message={{ ephemeral: true, edited: true }} />,
    );
    expect(html).toContain('Only visible to you');
    expect(html).toContain('data-ephemeral="true"');
    expect(html).toContain('(edited)');
  });

  it('puts theme, width and surface on the root for styling', () => {
    const html = markup(<BlockKitView surface="message" view={{ text: 'x' }} theme="dark" width="mobile" />);
    expect(html).toMatch(
      /^<div data-block-kit="" data-surface="message" data-theme="dark" data-width="mobile">/,
    );
  });

  it('defaults to the light theme and desktop width', () => {
    expect(markup(<BlockKitView surface="home" view={{ type: 'home', blocks: [] }} />)).toMatch(
      /data-theme="light" data-width="desktop"/,
    );
  });
});

describe('modal frame', () => {
  const view = {
    type: 'modal',
    title: plain('Request :palm_tree:'),
    submit: plain('Send'),
    close: plain('Not now'),
    blocks: [{ type: 'section', text: plain('Body') }],
  };

  it('shows the title, a close ✕, the close button and the submit button', () => {
    const html = markup(<BlockKitView surface="modal" view={view} />);
    expect(html).toContain('<section role="dialog" aria-label="Request 🌴"');
    expect(html).toContain('<h2>Request 🌴</h2>');
    expect(html).toContain('aria-label="Close"');
    expect(html).toContain('>Not now</button>');
    expect(html).toMatch(/data-style="primary">Send<\/button>/);
  });

  it('labels the close button Cancel when the view has no close text, and hides submit without submit', () => {
    const html = markup(
      <BlockKitView surface="modal" view={{ type: 'modal', title: plain('T'), blocks: [] }} />,
    );
    expect(html).toContain('>Cancel</button>');
    expect(html).not.toContain('data-style="primary"');
  });

  it('renders a stack of up to three views with only the top one active and a back arrow on pushed views', () => {
    const html = markup(
      <BlockKitView
        surface="modal"
        view={{ ...view, title: plain('Top') }}
        stack={[
          { ...view, title: plain('Zero') },
          { ...view, title: plain('Root') },
          { ...view, title: plain('Middle') },
        ]}
      />,
    );
    expect(html).not.toContain('Zero');
    const levels = [...html.matchAll(/<div ([^>]*data-stack-level[^>]*)>/g)].map((match) => match[1]);
    expect(levels).toEqual([
      'hidden="" data-stack-level="0"',
      'hidden="" data-stack-level="1"',
      'data-stack-level="2" data-active="true"',
    ]);
    expect(html.match(/aria-label="Back"/g)).toHaveLength(2);
  });

  it('lists view-level validation errors above the blocks', () => {
    const html = markup(
      <BlockKitView
        surface="modal"
        view={view}
        errors={[
          { pointer: '/title/text', message: 'must be less than 25 characters', code: 'invalid_arguments' },
        ]}
      />,
    );
    expect(html).toContain(
      '<li data-pointer="/title/text"><code>/title/text</code> must be less than 25 characters</li>',
    );
  });
});

describe('Home tab frame', () => {
  it('shows the app header and the Home, Messages and About tabs with Home selected', () => {
    const html = markup(
      <BlockKitView
        surface="home"
        view={{ type: 'home', blocks: [{ type: 'section', text: plain('Welcome') }] }}
        message={{ appName: 'Homeroom' }}
      />,
    );
    expect(html).toContain('<span role="tab" aria-selected="true" tabindex="0">Home</span>');
    expect(html).toContain('<span role="tab" aria-selected="false" tabindex="-1">Messages</span>');
    expect(html).toContain('<span role="tab" aria-selected="false" tabindex="-1">About</span>');
    expect(html).toContain('Welcome');
  });
});
