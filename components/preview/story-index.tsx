import Link from 'next/link';
import styles from './preview.module.css';
import type { StoryLink } from './types';

/** The landing page of /preview: every story as a card, by group. */
export function StoryIndex({ stories }: { stories: StoryLink[] }) {
  const groups = new Map<string, StoryLink[]>();
  for (const story of stories) groups.set(story.group, [...(groups.get(story.group) ?? []), story]);
  return (
    <div className={styles.page}>
      <h1>Homeroom's Slack views</h1>
      <p className={styles.lead}>
        {stories.length} stories: each view rendered with named fixture props, checked against Slack's limits.
        Pick one, edit its props, click its buttons, or paste your own JSON in the{' '}
        <Link href="/preview/playground">playground</Link>.
      </p>
      {[...groups].map(([group, list]) => (
        <section key={group}>
          <h2 className={styles.cardGroup}>{group}</h2>
          <div className={styles.cards}>
            {list.map((s) => (
              <Link key={s.id} href={`/preview/${s.id}`} className={styles.card}>
                <strong>{s.title}</strong>
                <small>
                  <span className={`${styles.surfaceDot} ${styles[`surface_${s.surface}`]}`} /> {s.surface} ·{' '}
                  {s.id}
                </small>
              </Link>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
