'use client';

import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useMemo, useState } from 'react';
import styles from './preview.module.css';
import type { StoryLink } from './types';

/** Keeps only the view settings (theme, width) when moving between stories. */
function viewQuery(params: URLSearchParams | null): string {
  if (!params) return '';
  const kept = new URLSearchParams();
  for (const key of ['theme', 'width']) {
    const value = params.get(key);
    if (value) kept.set(key, value);
  }
  const text = kept.toString();
  return text ? `?${text}` : '';
}

function matches(story: StoryLink, words: string[]): boolean {
  const haystack = `${story.title} ${story.group} ${story.id} ${story.surface}`.toLowerCase();
  return words.every((w) => haystack.includes(w));
}

/** The sidebar, with links that carry the current theme and width. */
export function StoryNavWithQuery({ stories }: { stories: StoryLink[] }) {
  const params = useSearchParams();
  return <StoryNav stories={stories} query={viewQuery(params)} />;
}

export function StoryNav({ stories, query = '' }: { stories: StoryLink[]; query?: string }) {
  const pathname = usePathname();
  const router = useRouter();
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState(false);

  const groups = useMemo(() => {
    const words = search.toLowerCase().split(/\s+/).filter(Boolean);
    const byGroup = new Map<string, StoryLink[]>();
    for (const story of stories) {
      if (!matches(story, words)) continue;
      const list = byGroup.get(story.group) ?? [];
      list.push(story);
      byGroup.set(story.group, list);
    }
    return [...byGroup];
  }, [stories, search]);

  return (
    <nav className={`${styles.nav} ${open ? '' : styles.navCollapsed}`} aria-label="Stories">
      <div className={styles.navHeader}>
        <Link href={`/preview${query}`} className={styles.brand}>
          <span className={styles.brandMark} aria-hidden>
            H
          </span>
          Homeroom preview
        </Link>
        <button
          type="button"
          className={`${styles.button} ${styles.menuButton}`}
          aria-expanded={open}
          onClick={() => setOpen((v) => !v)}
        >
          {open ? 'Close' : 'Stories'}
        </button>
      </div>
      <input
        type="search"
        className={styles.search}
        placeholder={`Search ${stories.length} stories`}
        aria-label="Search stories"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        onKeyDown={(e) => {
          // Enter opens the first match, so a few letters and Enter is enough to jump.
          const first = groups[0]?.[1][0];
          if (e.key === 'Enter' && first) {
            setOpen(false);
            router.push(`/preview/${first.id}${query}`);
          }
        }}
      />
      <div className={styles.navList}>
        {groups.length === 0 ? <p className={styles.navEmpty}>No story matches “{search}”.</p> : null}
        {groups.map(([group, list]) => (
          <section key={group} aria-label={group}>
            <h2 className={styles.navGroup}>{group}</h2>
            {list.map((story) => {
              const href = `/preview/${story.id}`;
              return (
                <Link
                  key={story.id}
                  href={`${href}${query}`}
                  className={styles.navLink}
                  aria-current={pathname === href ? 'page' : undefined}
                  data-story-id={story.id}
                  onClick={() => setOpen(false)}
                >
                  <span
                    className={`${styles.surfaceDot} ${styles[`surface_${story.surface}`]}`}
                    title={story.surface}
                  />
                  {story.title}
                </Link>
              );
            })}
          </section>
        ))}
      </div>
      <div className={styles.navFooter}>
        <Link
          href={`/preview/playground${query}`}
          className={styles.navLink}
          aria-current={pathname === '/preview/playground' ? 'page' : undefined}
          onClick={() => setOpen(false)}
        >
          <span aria-hidden>{'{ }'}</span>
          Playground: paste any JSON
        </Link>
      </div>
    </nav>
  );
}
