import { BlockKitView, type Payload, type Resolver, type ViewerContext } from '@/components/block-kit';
import styles from './sandbox.module.css';
import type { SandboxSnapshot } from './types';

/** The app's Home tab as the member sees it; re-rendered whenever the app publishes it again. */
export function HomePane({
  snap,
  viewer,
  resolver,
  onAction,
}: {
  snap: SandboxSnapshot;
  viewer: ViewerContext;
  resolver: Resolver;
  onAction(payload: Payload): void;
}) {
  return (
    <section className={styles.homePane} data-testid="home" aria-label="Home tab">
      {snap.home ? (
        <BlockKitView
          key={snap.home.hash}
          surface="home"
          view={snap.home.view}
          viewer={viewer}
          resolver={resolver}
          message={{ appName: snap.workspace.appName }}
          inputErrors={snap.home.errors ?? undefined}
          onAction={onAction}
        />
      ) : (
        <div className={styles.empty}>Waiting for {snap.workspace.appName} to publish the Home tab…</div>
      )}
    </section>
  );
}
