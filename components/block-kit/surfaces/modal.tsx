import styles from '../block-kit.module.css';
import { isObj } from '../composition/json';
import { plainText } from '../composition/text';
import { fingerprint, withGeneratedIds } from '../interaction/ids';
import type { PayloadContext } from '../interaction/payloads';
import { InteractionProvider } from '../interaction/provider';
import { renderBlock } from '../render-block';
import type { Json } from '../types';
import { BackButton, CloseButton, SubmitButton } from './modal-buttons';
import { ModalStack } from './modal-stack';
import type { SurfaceProps } from './surface-props';
import { ViewErrors } from './view-errors';
import { echoView, viewId } from './view-object';

/** A modal: up to 3 stacked views (only the top one active), each with title, close ✕, Close and Submit. */
export function ModalSurface({ props, ctx, viewer, blockErrors, viewErrors }: SurfaceProps) {
  const views: Json[] = [...(props.stack ?? []).slice(-2), props.view].map((view) =>
    isObj(view) ? view : {},
  );
  const ids = views.map(viewId);
  const rootViewId = ids[0] ?? '';
  const top = views.length - 1;
  const rendered = views.map((view, level) => {
    const blocks = withGeneratedIds(view.blocks);
    const id = ids[level] ?? '';
    const payload: PayloadContext = {
      surface: 'modal',
      user: { id: viewer.userId, username: viewer.userName, name: viewer.userName, team_id: viewer.teamId },
      apiAppId: viewer.apiAppId,
      view: echoView(view, blocks, { id, rootViewId, previousViewId: ids[level - 1] ?? null }, viewer),
    };
    const active = level === top;
    const title = plainText(view.title);
    return (
      <InteractionProvider
        // Keyed by view id: an update of the same view keeps what was typed into its inputs.
        key={id || fingerprint(view)}
        blocks={blocks}
        payload={payload}
        inputErrors={active ? props.inputErrors : undefined}
        onAction={props.onAction}
        onSubmit={props.onSubmit}
        onClose={props.onClose}
      >
        <section className={styles.modal} role="dialog" aria-label={title} data-view-id={id}>
          <header className={styles.modalHeader}>
            <BackButton />
            <h2 className={styles.modalTitle}>{title}</h2>
            <CloseButton text={plainText(view.close) || 'Cancel'} icon />
          </header>
          <div className={styles.modalBody}>
            {active && <ViewErrors errors={viewErrors} />}
            {blocks.map((block, index) =>
              renderBlock(block, ctx, index, active ? blockErrors.get(index) : undefined),
            )}
          </div>
          <footer className={styles.modalFooter}>
            <CloseButton text={plainText(view.close) || 'Cancel'} />
            {isObj(view.submit) && <SubmitButton text={plainText(view.submit)} />}
          </footer>
        </section>
      </InteractionProvider>
    );
  });
  return (
    <div className={styles.modalBackdrop}>
      <ModalStack views={rendered} />
    </div>
  );
}
