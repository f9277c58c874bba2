/** A story: one view rendered with one named set of fixture props, shown at /preview/<id>. */

export type StorySurface = 'home' | 'modal' | 'message';

/** Suggested values for a string prop, keyed by its path in the props (`member.role`). */
export type StoryChoices = Record<string, readonly string[]>;

export interface Story<P extends object = Record<string, unknown>> {
  /** `<folder>/<name>`, URL-safe and unique; the page lives at `/preview/<id>`. */
  id: string;
  title: string;
  /** Sidebar heading; stories of one view share it. */
  group: string;
  surface: StorySurface;
  /** The view function itself, so a test can prove every view has a story. */
  view: (props: P) => unknown;
  /** Fixture props: plain JSON, editable in the controls panel. */
  props: P;
  /** Plain JSON Slack would receive: the view for home and modal, `{ text, blocks }` for a message. */
  render(props: P): unknown;
  description?: string;
  choices?: StoryChoices;
  /** The story deliberately breaks a Slack limit; validation errors are expected. */
  expectErrors?: boolean;
  /** Messages: shown as "Only visible to you", like replies to slash commands. */
  ephemeral?: boolean;
}

/** A story with its props type erased, as the registry holds them. */
export type AnyStory = Story<Record<string, unknown>>;

/** jsx-slack objects have a null prototype and hidden keys: only a JSON copy is plain data. */
export function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

interface StoryInput<P extends object> {
  id: string;
  title: string;
  group: string;
  view: (props: P) => unknown;
  props: P;
  description?: string;
  choices?: StoryChoices;
  expectErrors?: boolean;
  ephemeral?: boolean;
}

function erase<P extends object>(story: Story<P>): AnyStory {
  return story as unknown as AnyStory;
}

export function homeStory<P extends object>(input: StoryInput<P>): AnyStory {
  return erase({ ...input, surface: 'home', render: (props: P) => plain(input.view(props)) });
}

export function modalStory<P extends object>(input: StoryInput<P>): AnyStory {
  return erase({ ...input, surface: 'modal', render: (props: P) => plain(input.view(props)) });
}

/** Messages render as `chat.postMessage` arguments: the notification `text` and the blocks. */
export function messageStory<P extends object>(
  input: StoryInput<P> & { text: (props: P) => string },
): AnyStory {
  const { text, ...rest } = input;
  return erase({
    ...rest,
    surface: 'message',
    render: (props: P) => ({ text: text(props), blocks: plain(input.view(props)) }),
  });
}
