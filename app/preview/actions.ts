'use server';

import { type RenderedStory, renderStory } from '@/slack/previews/render-story';

/** Called by the controls panel with the edited props; arguments arrive from the browser, unchecked. */
export async function renderStoryAction(id: unknown, props: unknown): Promise<RenderedStory> {
  if (typeof id !== 'string') return { json: null, errors: [], error: 'The story id must be a string.' };
  return renderStory(id, props);
}
