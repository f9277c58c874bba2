import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import '@fontsource/lato/400.css';
import '@fontsource/lato/400-italic.css';
import '@fontsource/lato/700.css';
import '@fontsource/lato/900.css';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Homeroom', template: '%s · Homeroom' },
  description: 'Check-in/out, requests and approvals in Slack.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
