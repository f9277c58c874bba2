import styles from '../block-kit.module.css';
import { safeHref } from '../mrkdwn/safe-url';

/** The app's square avatar: its icon, or its initial on a coloured tile. */
export function AppAvatar({
  appName,
  iconUrl,
  size = 36,
}: {
  appName: string;
  iconUrl?: string;
  size?: number;
}) {
  const src = safeHref(iconUrl);
  return src ? (
    // biome-ignore lint/performance/noImgElement: app icons are arbitrary remote URLs.
    <img className={styles.avatar} src={src} alt="" width={size} height={size} />
  ) : (
    <span className={styles.avatar} style={{ width: size, height: size }} aria-hidden="true">
      {appName.trim().charAt(0).toUpperCase() || 'A'}
    </span>
  );
}
