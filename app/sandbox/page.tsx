import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SandboxApp } from '@/components/sandbox/sandbox-app';
import { sandboxEnv } from '@/slack/sandbox/context';
import { DEFAULT_MEMBER } from '@/slack/sandbox/seed';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sandbox' };

type Search = Promise<Record<string, string | string[] | undefined>>;

const one = (v: string | string[] | undefined) => (typeof v === 'string' && v ? v : undefined);

/** The Slack-like client; a 404 whenever the sandbox is off (real credentials, or HOMEROOM_SANDBOX=0). */
export default async function SandboxPage({ searchParams }: { searchParams: Search }) {
  if (!sandboxEnv()) notFound();
  const q = await searchParams;
  return (
    <SandboxApp
      initialUser={one(q.as) ?? DEFAULT_MEMBER}
      initialPlace={one(q.c) ?? 'home'}
      initialThread={one(q.t) ?? null}
    />
  );
}
