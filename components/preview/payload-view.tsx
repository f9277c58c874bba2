import { CopyButton } from './controls';
import { pretty } from './json-text';
import styles from './preview.module.css';

export interface ShownPayload {
  kind: string;
  data: Record<string, unknown>;
  at: number;
}

/** The interaction payload the canvas would have sent to the app. */
export function PayloadView({ payload }: { payload: ShownPayload | null }) {
  if (!payload) {
    return (
      <p className={styles.hint} data-testid="payload-empty">
        Click a button, pick an option or submit the modal on the canvas: the payload Slack would send to
        Homeroom shows here.
      </p>
    );
  }
  const text = pretty(payload.data);
  return (
    <div data-testid="last-payload">
      <div className={styles.panelActions}>
        <span className={styles.payloadKind}>{String(payload.data.type ?? payload.kind)}</span>
        <CopyButton text={text} label="Copy payload" />
        <span className={styles.hint}>{new Date(payload.at).toLocaleTimeString()}</span>
      </div>
      <pre className={styles.code} data-testid="payload-json">
        {text}
      </pre>
    </div>
  );
}
