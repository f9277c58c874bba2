import styles from './landing.module.css';

export interface LandingProps {
  mode: 'sandbox' | 'slack' | 'misconfigured';
  problems: string[];
  requestPath: string;
}

/** The front page: where to go, and whether this server talks to Slack or to its own sandbox. */
export function Landing({ mode, problems, requestPath }: LandingProps) {
  return (
    <main className={styles.page}>
      <h1 className={styles.title}>Homeroom</h1>
      <p className={styles.lead}>
        Check in and out, requests and approvals, image hosting: a Slack app for a team's day.
      </p>
      <div className={styles.cards}>
        {mode === 'sandbox' && (
          <a className={styles.card} href="/sandbox">
            <strong>Sandbox</strong>A Slack-like workspace in the browser: check in, run /homeroom, message
            the app.
          </a>
        )}
        <a className={styles.card} href="/preview">
          <strong>Preview</strong>
          Every Slack view, rendered in the browser with its fixtures, JSON and limit checks.
        </a>
        <a className={styles.card} href="/preview/playground">
          <strong>Playground</strong>
          Paste any Block Kit JSON and see it rendered and validated.
        </a>
      </div>
      {mode === 'misconfigured' ? (
        <div className={`${styles.status} ${styles.problem}`}>
          <strong>Configuration problems</strong>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : (
        <div className={styles.status}>
          {mode === 'sandbox' ? (
            <>
              Running in <strong>sandbox mode</strong>: no Slack credentials are set, so no workspace is
              needed.
            </>
          ) : (
            <>
              Connected to Slack. The Request URL for events, interactivity and the slash command is{' '}
              <code>{requestPath}</code> on this host.
            </>
          )}
        </div>
      )}
    </main>
  );
}
