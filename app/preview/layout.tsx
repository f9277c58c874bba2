import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { PreviewShell } from '@/components/preview/preview-shell';
import { storySummaries } from '@/slack/previews';

export const metadata: Metadata = { title: { default: 'Preview', template: '%s · Preview · Homeroom' } };

export default function PreviewLayout({ children }: { children: ReactNode }) {
  return <PreviewShell stories={storySummaries()}>{children}</PreviewShell>;
}
