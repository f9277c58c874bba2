import { describe, expect, it } from 'vitest';
import { blockKitBuilderUrl } from '@/components/preview/builder-url';
import { toSurfaceView } from '@/components/preview/detect-surface';
import { parseJson } from '@/components/preview/json-text';
import { leaves, setIn } from '@/components/preview/props-paths';

describe('parseJson', () => {
  it('says where malformed JSON breaks', () => {
    const result = parseJson('{\n  "blocks": [\n    { "type": "divider", }\n  ]\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^Malformed JSON \(line 3, column \d+\)/);
  });

  it('rejects an empty editor with a message', () => {
    expect(parseJson('  ')).toEqual({ ok: false, message: expect.stringMatching(/empty/) });
  });
});

describe('toSurfaceView', () => {
  const blocks = [{ type: 'divider' }];

  it('detects a bare blocks array as a message', () => {
    expect(toSurfaceView(blocks, 'auto')).toEqual({ ok: true, surface: 'message', view: { blocks } });
  });

  it('detects modal and home views by type', () => {
    expect(toSurfaceView({ type: 'modal', blocks }, 'auto')).toMatchObject({ ok: true, surface: 'modal' });
    expect(toSurfaceView({ type: 'home', blocks }, 'auto')).toMatchObject({ ok: true, surface: 'home' });
    expect(toSurfaceView({ text: 'hi', blocks }, 'auto')).toMatchObject({ ok: true, surface: 'message' });
  });

  it('wraps blocks in the chosen view', () => {
    expect(toSurfaceView(blocks, 'home')).toMatchObject({ ok: true, view: { type: 'home', blocks } });
  });

  it('explains what it cannot place', () => {
    expect(toSurfaceView({ hello: 1 }, 'auto')).toMatchObject({ ok: false });
    expect(toSurfaceView(42, 'message')).toMatchObject({ ok: false });
  });
});

describe('blockKitBuilderUrl', () => {
  it('sends only the blocks of a message', () => {
    const url = blockKitBuilderUrl('message', { text: 'fallback', blocks: [{ type: 'divider' }] });
    const fragment = decodeURIComponent(url.split('#')[1] ?? '');
    expect(url.startsWith('https://app.slack.com/block-kit-builder/#')).toBe(true);
    expect(JSON.parse(fragment)).toEqual({ blocks: [{ type: 'divider' }] });
  });

  it('sends a modal view whole', () => {
    const view = { type: 'modal', title: { type: 'plain_text', text: 'Hi' }, blocks: [] };
    expect(JSON.parse(decodeURIComponent(blockKitBuilderUrl('modal', view).split('#')[1] ?? ''))).toEqual(
      view,
    );
  });
});

describe('props paths', () => {
  it('lists primitive leaves with their paths', () => {
    expect(leaves({ a: 'x', b: { c: 1, d: [true, null] } }).map((l) => [l.path.join('.'), l.kind])).toEqual([
      ['a', 'string'],
      ['b.c', 'number'],
      ['b.d.0', 'boolean'],
      ['b.d.1', 'null'],
    ]);
  });

  it('sets a nested value without touching the original', () => {
    const before = { member: { name: 'Ana' }, week: [{ minutes: 1 }] };
    const after = setIn(before, ['week', 0, 'minutes'], 5);
    expect(after).toEqual({ member: { name: 'Ana' }, week: [{ minutes: 5 }] });
    expect(before.week[0]?.minutes).toBe(1);
  });
});
