import { StoryIndex } from '@/components/preview/story-index';
import { storySummaries } from '@/slack/previews';

export default function PreviewIndexPage() {
  return <StoryIndex stories={storySummaries()} />;
}
