import { type ReactNode, Suspense } from 'react';
import styles from './preview.module.css';
import { StoryNav, StoryNavWithQuery } from './story-nav';
import type { StoryLink } from './types';

/** Sidebar and main area; the page inside decides what the main area shows. */
export function PreviewShell({ stories, children }: { stories: StoryLink[]; children: ReactNode }) {
  return (
    <div className={styles.shell}>
      {/* Static pages have no search params at build time; the fallback is the same list without them. */}
      <Suspense fallback={<StoryNav stories={stories} />}>
        <StoryNavWithQuery stories={stories} />
      </Suspense>
      <main className={styles.main}>{children}</main>
    </div>
  );
}
