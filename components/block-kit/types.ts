/** Public types of the Block Kit renderer, plus the loose JSON shapes it reads. */

export type Surface = 'message' | 'modal' | 'home';
export type Theme = 'light' | 'dark';
export type Width = 'desktop' | 'mobile';

/** Looks up display names; returning undefined falls back to the raw id. */
export interface Resolver {
  user?(id: string): string | undefined;
  channel?(id: string): string | undefined;
  usergroup?(id: string): string | undefined;
}

/** Who is looking at the surface: used for payloads and for dates/times. */
export interface ViewerContext {
  userId: string;
  userName: string;
  teamId: string;
  apiAppId?: string;
  /** BCP 47 locale for dates, default en-US. */
  locale?: string;
  /** IANA time zone for dates, default UTC. */
  timeZone?: string;
}

/** Shaped like the `response_metadata.messages` entries of `blocks.validate`. */
export interface ValidationError {
  /** JSON pointer into the checked object, e.g. `/blocks/3/text/text`. */
  pointer: string;
  message: string;
  code: string;
}

export interface MessageFrameOptions {
  appName?: string;
  iconUrl?: string;
  /** Message ts (`1700000000.000100`); the header shows its time in the viewer's zone. */
  ts?: string;
  channelId?: string;
  /** Ephemeral look: "Only visible to you". */
  ephemeral?: boolean;
  edited?: boolean;
}

export type Payload = Record<string, unknown>;

export interface BlockKitViewProps {
  surface: Surface;
  /**
   * message: { text?, blocks } ; modal/home: a view object ({ type, title, blocks, ... }).
   * Slack's limits (checked by validateSurface, not enforced here): 50 blocks in a message, 100 in a
   * modal or Home tab; modal title, submit and close ≤ 24 characters; private_metadata ≤ 3000.
   */
  view: unknown;
  /** modal only: the views under the top one (up to 2), oldest first; Slack stacks at most 3 views */
  stack?: unknown[];
  theme?: Theme;
  width?: Width;
  resolver?: Resolver;
  viewer?: ViewerContext;
  /** message frame details; appName and iconUrl also label the Home tab */
  message?: MessageFrameOptions;
  /** shown pinned on their blocks */
  errors?: ValidationError[];
  /** `response_action: 'errors'` messages by block_id */
  inputErrors?: Record<string, string>;
  onAction?(payload: Payload): void;
  onSubmit?(payload: Payload): void;
  onClose?(payload: Payload): void;
}

/** Any JSON object: blocks arrive untyped, so every field is read defensively. */
export type Json = Record<string, unknown>;

/** Everything a server-rendered block needs besides its JSON. */
export interface RenderContext {
  surface: Surface;
  resolver?: Resolver;
  locale: string;
  timeZone: string;
}
