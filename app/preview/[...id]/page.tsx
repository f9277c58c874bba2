import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { StoryWorkbench } from '@/components/preview/story-workbench';
import { readViewQuery } from '@/components/preview/view-query';
import { getStory, stories } from '@/slack/previews';
import { userNames } from '@/slack/previews/fixtures/members';
import { renderStory } from '@/slack/previews/render-story';
import { renderStoryAction } from '../actions';

interface Params {
  params: Promise<{ id: string[] }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export function generateStaticParams() {
  return stories.map((s) => ({ id: s.id.split('/') }));
}

export async function generateMetadata({ params }: Pick<Params, 'params'>): Promise<Metadata> {
  const story = getStory((await params).id.join('/'));
  return { title: story ? `${story.group}: ${story.title}` : 'Unknown story' };
}

export default async function StoryPage({ params, searchParams }: Params) {
  const story = getStory((await params).id.join('/'));
  if (!story) notFound();
  const { theme, width } = readViewQuery(await searchParams);
  const { id, title, group, surface, description, choices, expectErrors, ephemeral, props } = story;
  return (
    <StoryWorkbench
      key={id}
      story={{ id, title, group, surface, description, choices, expectErrors, ephemeral, props }}
      initial={renderStory(id)}
      render={renderStoryAction}
      theme={theme}
      width={width}
      names={userNames}
    />
  );
}
