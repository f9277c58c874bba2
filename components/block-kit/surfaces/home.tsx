import styles from '../block-kit.module.css';
import { isObj } from '../composition/json';
import { fingerprint, withGeneratedIds } from '../interaction/ids';
import type { PayloadContext } from '../interaction/payloads';
import { InteractionProvider } from '../interaction/provider';
import { renderBlock } from '../render-block';
import { AppAvatar } from './app-avatar';
import type { SurfaceProps } from './surface-props';
import { ViewErrors } from './view-errors';
import { echoView, viewId } from './view-object';

const tabs = ['Home', 'Messages', 'About'];

/** The App Home: app header, Home / Messages / About tabs, and the Home tab's blocks at full width. */
export function HomeSurface({ props, ctx, viewer, blockErrors, viewErrors }: SurfaceProps) {
  const view = isObj(props.view) ? props.view : {};
  const blocks = withGeneratedIds(view.blocks);
  const id = viewId({ type: 'home', ...view }, 0);
  const appName = props.message?.appName ?? 'Homeroom';
  const payload: PayloadContext = {
    surface: 'home',
    user: { id: viewer.userId, username: viewer.userName, name: viewer.userName, team_id: viewer.teamId },
    apiAppId: viewer.apiAppId,
    view: echoView({ type: 'home', ...view }, blocks, { id, rootViewId: id, previousViewId: null }, viewer),
  };
  return (
    <div className={styles.home}>
      <div className={styles.homeHeader}>
        <AppAvatar appName={appName} iconUrl={props.message?.iconUrl} size={28} />
        <span className={styles.appName}>{appName}</span>
      </div>
      <div className={styles.tabs} role="tablist">
        {tabs.map((tab) => (
          <span
            key={tab}
            role="tab"
            aria-selected={tab === 'Home'}
            tabIndex={tab === 'Home' ? 0 : -1}
            className={styles.tab}
          >
            {tab}
          </span>
        ))}
      </div>
      <div className={styles.homeBody} role="tabpanel" aria-label="Home">
        <ViewErrors errors={viewErrors} />
        <InteractionProvider
          key={fingerprint(view)}
          blocks={blocks}
          payload={payload}
          inputErrors={props.inputErrors}
          onAction={props.onAction}
          onSubmit={props.onSubmit}
          onClose={props.onClose}
        >
          {blocks.map((block, index) => renderBlock(block, ctx, index, blockErrors.get(index)))}
        </InteractionProvider>
      </div>
    </div>
  );
}
