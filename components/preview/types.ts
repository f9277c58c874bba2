/** Plain data the preview UI receives from the page; no functions, nothing from slack/. */

export type PreviewSurface = 'home' | 'modal' | 'message';

export interface StoryLink {
  id: string;
  title: string;
  group: string;
  surface: PreviewSurface;
}

export interface PreviewStory extends StoryLink {
  description?: string;
  props: Record<string, unknown>;
  /** Suggested values for string props, keyed by dotted path. */
  choices?: Record<string, readonly string[]>;
  expectErrors?: boolean;
  ephemeral?: boolean;
}

export interface PreviewError {
  pointer: string;
  message: string;
  code: string;
}

/** What the server answers for a story and a set of props. */
export interface RenderResult {
  json: unknown;
  errors: PreviewError[];
  /** Set when nothing could be rendered: unknown story, props not an object, the view threw. */
  error?: string;
}

export type RenderStory = (id: string, props: unknown) => Promise<RenderResult>;
