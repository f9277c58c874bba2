import styles from './sandbox.module.css';
import type { SandboxSnapshot } from './types';

/** Home, channels and DMs of the member acting now. */
export function Sidebar({
  snap,
  place,
  open,
  onGo,
}: {
  snap: SandboxSnapshot;
  place: string;
  open: boolean;
  onGo(place: string): void;
}) {
  const channels = snap.channels.filter((c) => c.kind === 'channel' || c.kind === 'private');
  const dms = snap.channels.filter((c) => c.kind === 'im' || c.kind === 'mpim');
  const item = (id: string, label: string, icon: string, testId: string) => (
    <li key={id}>
      <button
        type="button"
        className={styles.navItem}
        aria-current={place === id ? 'page' : undefined}
        data-testid={testId}
        onClick={() => onGo(id)}
      >
        <span className={styles.navIcon} aria-hidden="true">
          {icon}
        </span>
        {label}
      </button>
    </li>
  );
  return (
    <nav className={styles.sidebar} data-open={open || undefined} aria-label="Workspace">
      <div className={styles.sidebarTitle}>{snap.workspace.name}</div>
      <div className={styles.navSection}>Apps</div>
      <ul className={styles.navList}>{item('home', `${snap.workspace.appName} · Home`, '⌂', 'nav-home')}</ul>
      <div className={styles.navSection}>Channels</div>
      <ul className={styles.navList}>
        {channels.map((c) =>
          item(c.id, c.label, c.kind === 'private' ? '🔒' : '#', `nav-channel-${c.label}`),
        )}
      </ul>
      <div className={styles.navSection}>Direct messages</div>
      <ul className={styles.navList}>
        {dms.map((c) => item(c.id, c.label, c.isApp ? 'H' : '●', c.isApp ? 'nav-dm-app' : `nav-dm-${c.id}`))}
      </ul>
    </nav>
  );
}
