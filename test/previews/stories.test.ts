import { describe, expect, it } from 'vitest';
import { getStory, stories } from '@/slack/previews';
import { renderStory } from '@/slack/previews/render-story';

function isPlainJson(value: unknown): boolean {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (Array.isArray(value)) return value.every(isPlainJson);
  if (typeof value !== 'object') return false;
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  if (Object.getOwnPropertySymbols(value).length > 0) return false;
  return Object.values(value).every(isPlainJson);
}

describe('story registry', () => {
  it('has unique, URL-safe ids of the form <folder>/<name>', () => {
    const ids = stories.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(home|modals|messages)\/[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('keeps fixture props as plain JSON, so they can cross into the browser', () => {
    for (const story of stories)
      expect(story.props, story.id).toEqual(JSON.parse(JSON.stringify(story.props)));
  });

  it('finds a story by id and nothing for an unknown id', () => {
    expect(getStory('home/member-checked-in')?.surface).toBe('home');
    expect(getStory('home/nope')).toBeUndefined();
  });
});

describe.each(stories.map((s) => [s.id, s] as const))('story %s', (_id, story) => {
  it('renders to plain JSON of its surface', () => {
    const json = story.render(story.props);
    expect(isPlainJson(json)).toBe(true);
    if (story.surface === 'message') {
      expect(json).toEqual({ text: expect.any(String), blocks: expect.any(Array) });
      expect((json as { text: string }).text.length).toBeGreaterThan(0);
    } else {
      expect(json).toMatchObject({ type: story.surface, blocks: expect.any(Array) });
    }
  });

  it(story.expectErrors ? 'breaks a limit on purpose' : "stays within Slack's limits", () => {
    const result = renderStory(story.id);
    expect(result.error).toBeUndefined();
    if (story.expectErrors) expect(result.errors.length).toBeGreaterThan(0);
    else expect(result.errors).toEqual([]);
  });
});

describe('renderStory', () => {
  it('renders the fixture props when no override is given', () => {
    const story = stories[0]!;
    expect(renderStory(story.id).json).toEqual(story.render(story.props));
  });

  it('renders edited props in place of the fixture', () => {
    const story = getStory('modals/check-in-new')!;
    const { json, errors } = renderStory(story.id, { ...story.props, mode: 'edit' });
    expect(errors).toEqual([]);
    expect(json).toMatchObject({ type: 'modal', title: { text: 'Edit check-in' } });
  });

  it.each([
    ['null', null, /got null/],
    ['an array', [1, 2], /got an array/],
    ['a string', '{"mode":"new"}', /got a string/],
    ['a number', 42, /got a number/],
  ])('reports props that are %s instead of throwing', (_label, props, message) => {
    const result = renderStory('modals/check-in-new', props);
    expect(result.json).toBeNull();
    expect(result.error).toMatch(/Props must be a JSON object/);
    expect(result.error).toMatch(message);
  });

  it('reports an unknown story', () => {
    expect(renderStory('home/does-not-exist').error).toMatch(/no story "home\/does-not-exist"/);
  });

  it('reports a view that throws on props of the wrong shape', () => {
    const result = renderStory('home/member-checked-in', { member: 'not an object' });
    expect(result.json).toBeNull();
    expect(result.error).toMatch(/The view threw/);
  });

  it('reports limit errors for props that break a Slack limit', () => {
    const story = getStory('home/member-checked-in')!;
    const result = renderStory(story.id, { ...story.props, notice: 'x'.repeat(3100) });
    expect(result.error).toBeUndefined();
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors[0]?.pointer).toMatch(/^\/blocks\/\d+/);
  });
});
