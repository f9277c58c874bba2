/**
 * The preview's story registry. A new view under slack/views/{home,modals,messages} needs at least one
 * story (test/previews/coverage.test.ts fails otherwise): add it to the matching file in stories/ with
 * homeStory, modalStory or messageStory, with fixture props from fixtures/.
 */
import { adminStories } from './stories/admin';
import { conversationStories } from './stories/conversations';
import { homeStories } from './stories/home';
import { messageStories } from './stories/messages';
import { modalStories } from './stories/modals';
import { requestStories } from './stories/requests';
import { uploadMessageStories, uploadModalStories } from './stories/uploads';
import type { AnyStory, StorySurface } from './story';

export type { AnyStory, Story, StorySurface } from './story';

export const stories: readonly AnyStory[] = [
  ...homeStories,
  ...modalStories,
  ...messageStories,
  ...adminStories,
  ...requestStories,
  ...uploadModalStories,
  ...uploadMessageStories,
  ...conversationStories,
];

const byId = new Map(stories.map((s) => [s.id, s]));

export function getStory(id: string): AnyStory | undefined {
  return byId.get(id);
}

/** What the sidebar needs: plain data, safe to hand to a client component. */
export interface StorySummary {
  id: string;
  title: string;
  group: string;
  surface: StorySurface;
}

export function storySummaries(): StorySummary[] {
  return stories.map(({ id, title, group, surface }) => ({ id, title, group, surface }));
}
