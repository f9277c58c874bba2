import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderMrkdwn } from '@/components/block-kit';

describe("jsx-slack's <Escape> output", () => {
  it('shows the fallback of a date with a format Slack does not know, as Slack does', () => {
    const html = renderToStaticMarkup(
      <p>
        {renderMrkdwn('<!date^00000000^{_}|_>Not<!date^00000000^{_}|_> reachable <!date^00000000^{_}|*>')}
      </p>,
    );
    expect(html).not.toContain('{_}');
    expect(html).toContain('_</time>Not<time');
    expect(html).toContain('*</time>');
  });

  it('still fills a known format', () => {
    const html = renderToStaticMarkup(<p>{renderMrkdwn('<!date^1700000000^{date_num}|fallback>')}</p>);
    expect(html).toContain('2023-11-14');
    expect(html).not.toContain('fallback');
  });
});
