import { describe, expect, it } from 'vitest';
import { renderMrkdwn } from '@/components/block-kit';
import { markup } from './render-helpers';

const md = (text: string, opts?: Parameters<typeof renderMrkdwn>[1]) => markup(renderMrkdwn(text, opts));

describe('renderMrkdwn', () => {
  it('formats bold, italic and strike', () => {
    expect(md('*bold* _italic_ ~strike~')).toBe('<strong>bold</strong> <em>italic</em> <del>strike</del>');
  });

  it('nests formatting inside formatting', () => {
    expect(md('*bold _and italic_*')).toBe('<strong>bold <em>and italic</em></strong>');
  });

  it('leaves markers inside words alone, like snake_case_names and 2*3*4', () => {
    expect(md('snake_case_name and 2*3*4')).toBe('snake_case_name and 2*3*4');
  });

  it('does not format when the marker is followed by a space', () => {
    expect(md('a * b * c')).toBe('a * b * c');
  });

  it('renders inline code without formatting inside it', () => {
    expect(md('run `npm *test*` now')).toBe('run <code>npm *test*</code> now');
  });

  it('renders a preformatted block across lines', () => {
    expect(md('before\n```\nline 1\n*line* 2\n```\nafter')).toBe('before<pre>line 1\n*line* 2</pre>after');
  });

  it('keeps an unclosed fence as text', () => {
    expect(md('a ``` b')).toBe('a ``` b');
  });

  it('renders quote lines written as > or &gt;', () => {
    expect(md('&gt; quoted *text*\n> second\nafter')).toBe(
      '<blockquote>quoted <strong>text</strong>\nsecond</blockquote>after',
    );
  });

  it('renders bullet lines with • or - as a list', () => {
    expect(md('• one\n- two')).toBe('<ul><li>one</li><li>two</li></ul>');
  });

  it('renders numbered lines as an ordered list keeping the first number', () => {
    expect(md('3. three\n4. four')).toBe('<ol start="3"><li>three</li><li>four</li></ol>');
  });

  it('turns <url|text> and <url> into safe anchors', () => {
    expect(md('<https://example.com|Example> and <https://a.io/x>')).toBe(
      '<a href="https://example.com" target="_blank" rel="noopener noreferrer">Example</a> and ' +
        '<a href="https://a.io/x" target="_blank" rel="noopener noreferrer">https://a.io/x</a>',
    );
  });

  it('turns mailto links into anchors', () => {
    expect(md('<mailto:a@b.co|mail us>')).toContain('href="mailto:a@b.co"');
  });

  it('auto-links bare URLs unless verbatim', () => {
    expect(md('see https://example.com/a')).toContain('<a href="https://example.com/a"');
    expect(md('see https://example.com/a', { verbatim: true })).toBe('see https://example.com/a');
  });

  it('still renders explicit links when verbatim', () => {
    expect(md('<https://example.com|x>', { verbatim: true })).toContain('href="https://example.com"');
  });

  it('resolves user, channel and usergroup names through the resolver', () => {
    const resolver = {
      user: (id: string) => (id === 'U1' ? 'ada' : undefined),
      channel: (id: string) => (id === 'C1' ? 'general' : undefined),
      usergroup: (id: string) => (id === 'S1' ? 'admins' : undefined),
    };
    expect(md('<@U1> <#C1> <!subteam^S1>', { resolver })).toBe(
      '<span data-mention="user" data-id="U1">@ada</span> ' +
        '<span data-mention="channel" data-id="C1">#general</span> ' +
        '<span data-mention="usergroup" data-id="S1">@admins</span>',
    );
  });

  it('falls back to the label and then the id when the resolver does not know a name', () => {
    expect(md('<@U9> <#C9|random> <!subteam^S9|@team>')).toBe(
      '<span data-mention="user" data-id="U9">@U9</span> ' +
        '<span data-mention="channel" data-id="C9">#random</span> ' +
        '<span data-mention="usergroup" data-id="S9">@team</span>',
    );
  });

  it('renders @here, @channel and @everyone broadcasts', () => {
    expect(md('<!here> <!channel> <!everyone>')).toBe(
      '<span data-mention="broadcast" data-id="here">@here</span> ' +
        '<span data-mention="broadcast" data-id="channel">@channel</span> ' +
        '<span data-mention="broadcast" data-id="everyone">@everyone</span>',
    );
  });

  it('formats <!date> tokens in the viewer time zone', () => {
    // 1700000000 = 2023-11-14T22:13:20Z
    expect(md('<!date^1700000000^{date_short} at {time}|fallback>')).toBe(
      '<time dateTime="2023-11-14T22:13:20.000Z">Nov 14, 2023 at 10:13 PM</time>',
    );
    expect(md('<!date^1700000000^{date_num} {time_secs}|x>', { timeZone: 'Asia/Tokyo' })).toContain(
      '2023-11-15 7:13:20 AM',
    );
  });

  it('formats every documented date token', () => {
    const tokens = [
      'date_num',
      'date',
      'date_short',
      'date_long',
      'date_pretty',
      'date_short_pretty',
      'date_long_pretty',
    ];
    const out = md(tokens.map((token) => `<!date^1700000000^{${token}}|x>`).join(' / '));
    expect(out.replace(/<[^>]+>/g, '')).toBe(
      [
        '2023-11-14',
        'November 14th, 2023',
        'Nov 14, 2023',
        'Tuesday, November 14th, 2023',
        'November 14th, 2023',
        'Nov 14, 2023',
        'Tuesday, November 14th, 2023',
      ].join(' / '),
    );
  });

  it('says today for a pretty date on the current day', () => {
    const now = Math.floor(Date.now() / 1000);
    expect(md(`<!date^${now}^{date_pretty}|x>`)).toContain('>today<');
  });

  it('uses the viewer locale for dates', () => {
    expect(md('<!date^1700000000^{date_short}|x>', { locale: 'de-DE' })).toContain('14. Nov. 2023');
  });

  it('links a date when the token carries a link', () => {
    expect(md('<!date^1700000000^{date_num}^https://example.com|x>')).toContain(
      '<a href="https://example.com"',
    );
  });

  it('converts known emoji shortcodes and keeps unknown ones as typed', () => {
    expect(md(':tada: :not_an_emoji_name:')).toBe(
      '<span role="img" aria-label=":tada:">🎉</span> :not_an_emoji_name:',
    );
  });

  it('decodes &amp; &lt; &gt; once', () => {
    expect(md('a &amp; b &lt;tag&gt; &amp;lt;')).toBe('a &amp; b &lt;tag&gt; &amp;lt;');
  });

  it('shows unrecognised <…> tokens as text', () => {
    expect(md('<foo bar>')).toBe('&lt;foo bar&gt;');
  });
});

describe('renderMrkdwn edge cases', () => {
  it('leaves trailing punctuation and escaped brackets out of auto-linked URLs', () => {
    expect(md('Go to https://example.com/a. Or (https://b.io/x)!')).toBe(
      'Go to <a href="https://example.com/a" target="_blank" rel="noopener noreferrer">https://example.com/a</a>. ' +
        'Or (<a href="https://b.io/x" target="_blank" rel="noopener noreferrer">https://b.io/x</a>)!',
    );
    expect(md('&lt;https://c.io&gt;')).toBe(
      '&lt;<a href="https://c.io" target="_blank" rel="noopener noreferrer">https://c.io</a>&gt;',
    );
  });

  it('combines a skin tone with the emoji before it', () => {
    expect(md(':wave::skin-tone-3:')).toBe('<span role="img" aria-label=":wave::skin-tone-3:">👋🏼</span>');
  });
});
