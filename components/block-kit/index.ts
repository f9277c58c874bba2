export type { MrkdwnOptions } from './mrkdwn/render-mrkdwn';
export { renderMrkdwn } from './mrkdwn/render-mrkdwn';
export { BlockKitView } from './surfaces/block-kit-view';
export type {
  BlockKitViewProps,
  MessageFrameOptions,
  Payload,
  Resolver,
  Surface,
  Theme,
  ValidationError,
  ViewerContext,
  Width,
} from './types';
export { validateSurface } from './validate/validate-surface';
