import type { Metadata } from 'next';
import { Playground } from '@/components/preview/playground';
import { readViewQuery } from '@/components/preview/view-query';

export const metadata: Metadata = { title: 'Playground' };

export default async function PlaygroundPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { theme, width } = readViewQuery(await searchParams);
  return <Playground theme={theme} width={width} />;
}
