import '@fontsource/lato/400.css';
import '@fontsource/lato/400-italic.css';
import '@fontsource/lato/700.css';
import '@fontsource/lato/900.css';
import type { ReactElement } from 'react';
import styles from '../block-kit.module.css';
import type { BlockKitViewProps, RenderContext } from '../types';
import { HomeSurface } from './home';
import { MessageSurface } from './message';
import { ModalSurface } from './modal';
import { groupErrors, type SurfaceProps, type Viewer } from './surface-props';

/**
 * Renders a message, modal or Home tab from plain Block Kit JSON, in Slack's look.
 * Server-renderable (renderToStaticMarkup works); the interactive leaves hydrate on the client and
 * hand Slack-shaped payloads to onAction / onSubmit / onClose.
 */
export function BlockKitView(props: BlockKitViewProps): ReactElement {
  const viewer: Viewer = {
    userId: props.viewer?.userId ?? 'U0PREVIEW',
    userName: props.viewer?.userName ?? 'preview.user',
    teamId: props.viewer?.teamId ?? 'T0PREVIEW',
    apiAppId: props.viewer?.apiAppId ?? 'A0PREVIEW',
    locale: props.viewer?.locale ?? 'en-US',
    timeZone: props.viewer?.timeZone ?? 'UTC',
  };
  const ctx: RenderContext = {
    surface: props.surface,
    resolver: props.resolver,
    locale: viewer.locale,
    timeZone: viewer.timeZone,
  };
  const surfaceProps: SurfaceProps = { props, ctx, viewer, ...groupErrors(props.errors) };
  return (
    <div
      className={styles.root}
      data-block-kit=""
      data-surface={props.surface}
      data-theme={props.theme ?? 'light'}
      data-width={props.width ?? 'desktop'}
    >
      {props.surface === 'modal' ? (
        <ModalSurface {...surfaceProps} />
      ) : props.surface === 'home' ? (
        <HomeSurface {...surfaceProps} />
      ) : (
        <MessageSurface {...surfaceProps} />
      )}
    </div>
  );
}
